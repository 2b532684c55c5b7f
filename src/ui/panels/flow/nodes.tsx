/**
 * Node and edge components of the flow diagram. Each reads its own live entry (status, counters)
 * from the live store, so a cursor move re-renders only what changed colour.
 * nodeTypes/edgeTypes are module constants: React Flow warns and re-mounts if they change identity.
 */
import { memo } from 'react';
import {
  BaseEdge, EdgeLabelRenderer, Handle, Position, getBezierPath,
  type EdgeProps, type EdgeTypes, type NodeProps, type NodeTypes,
} from '@xyflow/react';
import type { FlowEdge, FlowNode, Side } from './layout';
import { useEdgeLive, useNodeLive, usePhase } from './liveStore';

const SIDES: [Side, Position][] = [
  ['top', Position.Top], ['right', Position.Right], ['bottom', Position.Bottom], ['left', Position.Left],
];

/** Two source and two target handles per side (lanes a/b keep two-way arrows apart). Invisible. */
function Handles() {
  return (
    <>
      {SIDES.flatMap(([side, pos]) =>
        (['a', 'b'] as const).flatMap((lane) => {
          const offset = lane === 'a' ? '38%' : '62%';
          const style = side === 'top' || side === 'bottom' ? { left: offset } : { top: offset };
          return [
            <Handle key={`s-${side}-${lane}`} id={`s-${side}-${lane}`} type="source" position={pos} style={style} isConnectable={false} className="flow-handle" />,
            <Handle key={`t-${side}-${lane}`} id={`t-${side}-${lane}`} type="target" position={pos} style={style} isConnectable={false} className="flow-handle" />,
          ];
        }),
      )}
    </>
  );
}

const StateNode = memo(function StateNode({ id, data }: NodeProps<FlowNode>) {
  const [status, text] = useNodeLive(id);
  return (
    <div
      className={`flow-node role-${data.role} st-${status}${data.final ? ' is-final' : ''}${data.kind ? ` kind-${data.kind}` : ''}`}
      data-testid="flow.node" data-node={id} data-status={status}
    >
      <Handles />
      <div className="flow-node-label">{data.label}</div>
      {(text || data.hint) && <div className="flow-node-hint">{text || data.hint}</div>}
    </div>
  );
});

const GroupNode = memo(function GroupNode({ id, data }: NodeProps<FlowNode>) {
  const [status, text] = useNodeLive(id);
  return (
    <div className={`flow-group group-${data.kind ?? ''} st-${status}`} data-testid="flow.group" data-node={id}>
      <Handles />
      <div className="flow-group-header">
        <span className="flow-group-title">{data.label}</span>
        {data.kind && !['cp', 'del', 'pod'].includes(data.kind) && <span className={`flow-badge badge-${data.kind}`}>{data.kind}</span>}
        {data.kind === 'pod' ? <PhaseBadge /> : text && <span className="flow-group-live">{text}</span>}
      </div>
    </div>
  );
});

function PhaseBadge() {
  const phase = usePhase();
  return phase ? <span className={`flow-phase phase-${phase}`} data-testid="flow.phase">{phase}</span> : null;
}

const LabelNode = memo(function LabelNode({ data }: NodeProps<FlowNode>) {
  return <div className="flow-column-label">{data.label}</div>;
});

const LiveEdge = memo(function LiveEdge(props: EdgeProps<FlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data } = props;
  const [status, count] = useEdgeLive(id);
  const sameSide = sourcePosition === targetPosition;
  const [path, lx, ly] = getBezierPath({
    sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition,
    curvature: sameSide ? 0.6 : 0.3,
  });
  const tone = data?.tone ?? 'main';
  // Same-side loops (retry arcs) put their label on top of the arc, clear of the nodes.
  const labelY = sameSide && sourcePosition === Position.Top ? Math.min(sourceY, targetY) - 34 : ly;
  const showLabel = data?.label && (data.always || status !== 'idle');
  return (
    <>
      <BaseEdge
        id={id} path={path}
        className={`flow-edge tone-${tone} est-${status}`}
        markerEnd={`url(#flow-arrow-${status === 'idle' ? (tone === 'escape' ? 'faint' : 'idle') : status})`}
      />
      {showLabel && (
        <EdgeLabelRenderer>
          <div
            className={`flow-edge-label tone-${tone} est-${status}`}
            style={{ transform: `translate(-50%, -50%) translate(${lx}px, ${labelY}px)` }}
            data-testid="flow.edge" data-edge={id}
          >
            <span>{data.label}</span>
            {data.sub && <span className="flow-edge-sub">{data.sub}</span>}
            {count > 1 && <span className="flow-edge-count">×{count}</span>}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});

export const nodeTypes: NodeTypes = { state: StateNode, group: GroupNode, label: LabelNode };
export const edgeTypes: EdgeTypes = { live: LiveEdge };

/** Arrowhead markers, one per edge status (so a lit edge has a lit head). */
export function Markers() {
  const heads: [string, string][] = [['idle', 'var(--flow-edge)'], ['faint', 'var(--flow-edge-faint)'], ['taken', 'var(--flow-taken)'], ['just', 'var(--flow-just)']];
  return (
    <svg className="flow-markers" aria-hidden="true">
      <defs>
        {heads.map(([id, color]) => (
          <marker key={id} id={`flow-arrow-${id}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" fill={color} />
          </marker>
        ))}
      </defs>
    </svg>
  );
}
