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

const POSITION: Record<Side, Position> = { top: Position.Top, right: Position.Right, bottom: Position.Bottom, left: Position.Left };

/**
 * The node's handles, only those its edges use (`data.handles`, ids like `s-top-a`: source/target,
 * side, lane). Lanes a/b sit at 38% / 62% of the side and keep two-way arrows apart. Invisible.
 * Memoised on the (stable) list: a node that changes colour at the cursor does not re-render them.
 */
const Handles = memo(function Handles({ ids }: { ids: readonly string[] | undefined }) {
  return (
    <>
      {ids?.map((id) => {
        const [kind, side, lane] = id.split('-') as ['s' | 't', Side, 'a' | 'b'];
        const offset = lane === 'a' ? '38%' : '62%';
        const style = side === 'top' || side === 'bottom' ? { left: offset } : { top: offset };
        return <Handle key={id} id={id} type={kind === 's' ? 'source' : 'target'} position={POSITION[side]} style={style} isConnectable={false} className="flow-handle" />;
      })}
    </>
  );
});

const StateNode = memo(function StateNode({ id, data }: NodeProps<FlowNode>) {
  const [status, text] = useNodeLive(id);
  return (
    <div
      className={`flow-node role-${data.role} st-${status}${data.final ? ' is-final' : ''}${data.kind ? ` kind-${data.kind}` : ''}`}
      data-testid="flow.node" data-node={id} data-status={status}
    >
      <Handles ids={data.handles} />
      <div className={`flow-node-label${data.label.length > 14 ? ' is-long' : ''}`}>{data.label}</div>
      {(text || data.hint) && <div className="flow-node-hint">{text || data.hint}</div>}
    </div>
  );
});

const GroupNode = memo(function GroupNode({ id, data }: NodeProps<FlowNode>) {
  const [status, text] = useNodeLive(id);
  return (
    <div className={`flow-group group-${data.kind ?? ''} st-${status}`} data-testid="flow.group" data-node={id}>
      <Handles ids={data.handles} />
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

/**
 * A U-shaped arc for edges that leave and enter by the same side (a long hop along a row, or a loop
 * back): it bulges away from the row so it never crosses the states in between. Returns the path and
 * the apex, where the label goes.
 */
function arc(sx: number, sy: number, tx: number, ty: number, side: Position): [string, number, number] {
  const dir = side === Position.Top ? -1 : side === Position.Bottom ? 1 : 0;
  // Longer hops arc deeper, so parallel loops (and their labels) stay apart.
  const h = Math.min(60, 14 + Math.abs(tx - sx) * 0.07);
  const cy1 = (dir < 0 ? Math.min(sy, ty) : Math.max(sy, ty)) + dir * h;
  const path = `M ${sx},${sy} C ${sx},${cy1} ${tx},${cy1} ${tx},${ty}`;
  // Label a bit towards the source: loops into the same target then label at different places.
  return [path, sx + 0.36 * (tx - sx), 0.125 * (sy + ty) + 0.75 * cy1];
}

const LiveEdge = memo(function LiveEdge(props: EdgeProps<FlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data } = props;
  const [status, count, fresh] = useEdgeLive(id);
  const [path, lx, ly] = sourcePosition === targetPosition && sourcePosition !== Position.Left && sourcePosition !== Position.Right
    ? arc(sourceX, sourceY, targetX, targetY, sourcePosition)
    : getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, curvature: 0.3 });
  const tone = data?.tone ?? 'main';
  // "From any state" edges (ABANDON → done, REMOVED → gone) appear only once taken.
  if (tone === 'escape' && status === 'idle') return null;
  // The transition just taken says everything (event · guard); otherwise only guards, loops and
  // numbered control-plane steps carry short words, so the picture stays readable.
  let text: string | undefined;
  let sub: string | undefined;
  if (tone === 'cp') text = data?.short;
  else if (status === 'just' && data?.label) {
    text = data.label;
    sub = tone === 'link' ? data.sub : data.sub ? data.short ?? data.sub : undefined;
  } else if (tone === 'link') text = data?.short;
  else if (data?.always && data.short && count > 0) text = data.short;
  return (
    <>
      <BaseEdge
        id={id} path={path}
        // No edge takes pointer events (clicks and hovers are on states): skip React Flow's 20 px
        // invisible hit path, one more SVG element per edge to style and paint.
        interactionWidth={0}
        className={`flow-edge tone-${tone} est-${status}${fresh ? ' is-fresh' : ''}`}
        markerEnd={`url(#flow-arrow-${status === 'idle' ? (tone === 'escape' ? 'faint' : 'idle') : status})`}
      />
      {text && (
        <EdgeLabelRenderer>
          <div
            className={`flow-edge-label tone-${tone} est-${status}`}
            style={{ transform: `translate(-50%, -50%) translate(${lx}px, ${ly}px)` }}
            data-testid="flow.edge" data-edge={id}
          >
            <span>{text}</span>
            {sub && <span className="flow-edge-sub">{sub}</span>}
            {count > 0 && tone !== 'cp' && <span className="flow-edge-count">×{count}</span>}
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
