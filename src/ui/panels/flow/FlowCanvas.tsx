import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Background, Controls, ReactFlow, useReactFlow, useStore, type NodeMouseHandler } from '@xyflow/react';
import { lifecycleGraph, type Trace } from '@/engine';
import { SLOW_PANEL_MS, useActions, usePlaybackMode, useSession, useSessionApi } from '@/state/hooks';
import { createThrottledCursor } from '@/state/throttledCursor';
import { explainNode, type NodeExplanation } from './explainNode';
import { toFlow, type FlowNode } from './layout';
import { indexTrace, liveAt } from './live';
import { LiveContext, createLiveStore } from './liveStore';
import { Markers, edgeTypes, nodeTypes } from './nodes';
import { flowAriaLabels, flowWords, vocabFor } from './vocab';

interface Hover {
  x: number;
  y: number;
  /** Size of the canvas, to keep the tooltip inside it. */
  w: number;
  h: number;
  exp: NodeExplanation;
}

const FIT = { padding: 0.04, duration: 0 };

/**
 * Below this zoom a 14 px label is under 4 px on screen: the diagram is an overview (a 20-container
 * pod docked is at ~0.08), so it drops the unreadable words and the idle edges (level of detail, as
 * maps do) and keeps the coloured states. Hundreds of text boxes then cost no layout or paint while
 * time moves. Zooming in (wheel, Expand) brings them back.
 */
export const FAR_ZOOM = 0.3;

/**
 * The React Flow canvas. Nodes and edges are built once per pod SHAPE (a re-run of the same pod keeps
 * them, so nothing moves); the cursor only feeds the live store, which recolours nodes and edges.
 */
export function FlowCanvas({ trace, lang, expanded }: { trace: Trace; lang: string; expanded: boolean }) {
  const session = useSessionApi();
  const actions = useActions();
  const theme = useSession((s) => s.settings.theme);
  const speed = useSession((s) => s.speed);
  const rf = useReactFlow();
  const wrap = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState<Hover | null>(null);

  const graph = useMemo(() => lifecycleGraph(trace.pod), [trace.pod]);
  const shapeKey = `${lang}|${trace.pod.name}|${JSON.stringify(graph)}`;
  // Keyed by the shape, not the trace: same shape → same arrays → React Flow keeps its viewport.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const flow = useMemo(() => toFlow(graph, trace.pod.name, vocabFor(lang)), [shapeKey]);
  const index = useMemo(() => indexTrace(trace), [trace]);
  const live = useMemo(createLiveStore, []);
  const ariaLabels = useMemo(() => flowAriaLabels(lang), [lang]);

  // Cursor → live store, outside React's render: only nodes whose colour changes re-render.
  // While playing or scrubbing, ten times a second (two thirds into each slot, after status and
  // narration); a lone seek at once.
  useEffect(() => {
    const cursor = createThrottledCursor(session, { slotMs: SLOW_PANEL_MS, phase: 66, bursts: true });
    const update = () => live.set(liveAt(graph, index, cursor.get()));
    update();
    return cursor.subscribe(update);
  }, [graph, index, live, session]);
  // Fast playback: no stroke fades or marching dashes (a fresh edge lasts a few frames at 60×).
  const fast = usePlaybackMode() === 'playing' && speed > 10;
  const far = useStore((s) => s.transform[2] < FAR_ZOOM);

  // Fit on a new shape, on expand/collapse and when the panel is resized.
  useEffect(() => {
    const el = wrap.current;
    if (!el) return;
    let frame = 0;
    const fit = () => {
      cancelAnimationFrame(frame);
      // Docked, the panel is short: frame the containers (what changes most); expanded, everything.
      const focus = expanded ? undefined : graph.containers.map((l) => ({ id: `c:${l.name}` }));
      frame = requestAnimationFrame(() => void rf.fitView(focus ? { ...FIT, nodes: focus } : FIT));
    };
    fit();
    const ro = new ResizeObserver(fit);
    ro.observe(el);
    return () => {
      ro.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [rf, flow, expanded, graph]);

  // Handlers handed to React Flow keep one identity for the canvas' life: a new function makes React
  // Flow push it into its store and re-render every node wrapper (290 of them on a 20-container pod),
  // which made each hover, play/pause or speed change a 30–50 ms task. They read the latest values
  // from a ref instead.
  const latest = useRef({ index, lang, actions });
  useLayoutEffect(() => {
    latest.current = { index, lang, actions };
  });
  const handlers = useMemo(() => {
    const explain = (node: FlowNode) => {
      const { index: ix, lang: l } = latest.current;
      return explainNode(ix, node.id, node.data, session.store.getState().cursor, l === 'zh' ? 'zh' : 'en');
    };
    const onEnter: NodeMouseHandler<FlowNode> = (e, node) => {
      const exp = explain(node);
      const box = wrap.current?.getBoundingClientRect();
      if (exp && box) setHover({ x: e.clientX - box.left, y: e.clientY - box.top, w: box.width, h: box.height, exp });
    };
    const onClick: NodeMouseHandler<FlowNode> = (_e, node) => {
      const exp = explain(node);
      if (exp?.seekTo !== undefined) latest.current.actions.seek(exp.seekTo);
      setHover(null);
    };
    const clear = () => setHover(null);
    return { onEnter, onClick, clear };
  }, [session]);

  return (
    <LiveContext.Provider value={live}>
      <div className={`flow-canvas${fast ? ' is-fast' : ''}${far ? ' is-far' : ''}`} ref={wrap} data-testid="flow.canvas">
        <Markers />
        <ReactFlow<FlowNode>
          nodes={flow.nodes} edges={flow.edges} nodeTypes={nodeTypes} edgeTypes={edgeTypes}
          colorMode={theme === 'dark' ? 'dark' : 'light'} ariaLabelConfig={ariaLabels}
          // Space/Delete/Shift/Meta would be taken from Monaco while the diagram is mounted (STACK.md).
          panActivationKeyCode={null} deleteKeyCode={null} selectionKeyCode={null}
          multiSelectionKeyCode={null} zoomActivationKeyCode={null}
          nodesDraggable={false} nodesConnectable={false} elementsSelectable={false} nodesFocusable={false} edgesFocusable={false}
          minZoom={0.08} maxZoom={2.5} fitView fitViewOptions={FIT}
          onNodeMouseEnter={handlers.onEnter} onNodeMouseLeave={handlers.clear} onNodeClick={handlers.onClick}
          onMoveStart={handlers.clear}
        >
          <Background gap={24} size={1.2} />
          {/* Docked, the panel is short: wheel/pinch zoom only; the buttons would cover the picture. */}
          {expanded && <Controls showInteractive={false} fitViewOptions={FIT} />}
        </ReactFlow>
        {hover && <Tooltip hover={hover} hint={hover.exp.seekTo !== undefined ? flowWords(lang).clickHint : ''} />}
      </div>
    </LiveContext.Provider>
  );
}

function Tooltip({ hover, hint }: { hover: Hover; hint: string }) {
  // Flip above / to the left of the pointer near the bottom / right edge, so it is never cut off.
  const style = {
    left: hover.x + 14, top: hover.y + 14,
    transform: `translate(${hover.x > hover.w - 440 ? 'calc(-100% - 28px)' : '0'}, ${hover.y > hover.h - 170 ? 'calc(-100% - 28px)' : '0'})`,
  };
  return (
    <div className="flow-tooltip" role="tooltip" data-testid="flow.tooltip" style={style}>
      <div className="flow-tooltip-title">{hover.exp.title}</div>
      {hover.exp.lines.map((l, i) => <div key={i}>{l}</div>)}
      {hint && <div className="flow-tooltip-hint">{hint}</div>}
    </div>
  );
}
