/**
 * Abstract lifecycle graph → React Flow nodes and edges with fixed positions. Pure and
 * deterministic: positions depend only on the graph (the pod's shape), never on the cursor, so
 * nothing moves while time runs; the live view only changes classes.
 *
 * Composition (left → right, top → bottom): control plane at creation, deletion flow under it;
 * the pod's phases and condition gates; below them the containers — regular init containers in
 * order, sidecars beside them, app containers in parallel.
 */
import type { Edge, Node } from '@xyflow/react';
import type { ContainerLane, GraphEdge, LifecycleGraph, MachineGraph } from '@/engine';

export const W = 160;
export const H = 46;
const PX = 214;
const PY = 96;
const PAD = 18;
const HDR = 54;
const GAP = 56;
const PROBE_W = 128;
const PROBE_H = 38;
const CP_PX = 220;
/** Deletion steps are narrower: eight of them share the width of the control-plane box. */
const DW = 130;
/** Room under a machine for the arcs of long hops and restart loops. */
const ARC = 58;
const CP_PY = 84;

export type Side = 'top' | 'right' | 'bottom' | 'left';
export interface FlowNodeData extends Record<string, unknown> {
  /** What the node is (drives the component and the click/hover behaviour). */
  role: 'state' | 'group' | 'gate' | 'probe' | 'cp' | 'del' | 'label';
  label: string;
  /** Static second line (e.g. a hook name); live text comes from the live store. */
  hint?: string;
  /** For states: the machine (`pod` or container name) and the state key. */
  machine?: string;
  state?: string;
  final?: boolean;
  kind?: string;
  /** Handle ids the node's edges use (filled in by `toFlow`); only these are rendered. */
  handles?: readonly string[];
}
export interface FlowEdgeData extends Record<string, unknown> {
  label?: string;
  sub?: string;
  /** Short words shown while the edge is not the one just taken (guards, loops). */
  short?: string;
  /** Draw style: main path, loop back, faint "from anywhere", dashed probe/ordering link. */
  tone: 'main' | 'back' | 'escape' | 'link' | 'cp';
  /** Show the label even when the edge is idle. */
  always: boolean;
}
export type FlowNode = Node<FlowNodeData>;
export type FlowEdge = Edge<FlowEdgeData>;

interface Rect { x: number; y: number; w: number; h: number }

/**
 * Which sides an edge leaves and enters by. Neighbours in a row connect side to side; a longer hop
 * along a row arcs below it (forward) or above it (back), so it never runs through the states
 * between; other edges leave by the side facing the target.
 */
export function sidesFor(a: Rect, b: Rect, back: boolean, pitch = PX): [Side, Side] {
  const dx = b.x + b.w / 2 - (a.x + a.w / 2);
  const dy = b.y + b.h / 2 - (a.y + a.h / 2);
  if (Math.abs(dy) < 4) {
    if (back) return ['top', 'top'];
    if (Math.abs(dx) > pitch * 1.5) return ['bottom', 'bottom'];
  }
  if (back && dy < 0 && Math.abs(dx) > a.w) return ['bottom', 'bottom'];
  if (Math.abs(dx) * 0.6 >= Math.abs(dy)) return dx >= 0 ? ['right', 'left'] : ['left', 'right'];
  return dy >= 0 ? ['bottom', 'top'] : ['top', 'bottom'];
}

function edge(id: string, source: Rect & { id: string }, target: Rect & { id: string }, data: FlowEdgeData, back = false, lane: 'a' | 'b' = 'a', pitch = PX): FlowEdge {
  const [s, t] = sidesFor(source, target, back, pitch);
  return {
    id, source: source.id, target: target.id, type: 'live', data,
    sourceHandle: `s-${s}-${lane}`, targetHandle: `t-${t}-${lane}`,
  };
}

/** Adds one machine's states (children of `parent`) and its edges. */
function addMachine(
  nodes: FlowNode[], edges: FlowEdge[], g: MachineGraph, machine: string, prefix: string, parent: string,
  at: { x: number; y: number }, vocab: { state: (key: string) => { label: string; hint?: string }; edge: (e: GraphEdge) => string },
): Map<string, Rect & { id: string }> {
  const rects = new Map<string, Rect & { id: string }>();
  for (const s of g.states) {
    const r = { id: `${prefix}:${s.key}`, x: at.x + s.col * PX, y: at.y + s.row * PY, w: W, h: H };
    rects.set(s.key, r);
    const v = vocab.state(s.key);
    nodes.push({
      id: r.id, type: 'state', parentId: parent, position: { x: r.x, y: r.y }, width: W, height: H,
      data: { role: 'state', label: v.label, ...(v.hint ? { hint: v.hint } : {}), machine, state: s.key, final: s.final },
    });
  }
  for (const e of g.edges) {
    const data = edgeData(e, vocab.edge);
    edges.push(edge(`${prefix}|${e.id}`, rects.get(e.source)!, rects.get(e.target)!, data, e.back, e.back ? 'b' : 'a'));
  }
  return rects;
}

function edgeData(e: GraphEdge, short: (e: GraphEdge) => string): FlowEdgeData {
  const sub = e.guard ?? (e.delayMs !== undefined ? `after ${e.delayMs / 1000}s` : undefined);
  const always = !e.escape && (e.back || sub !== undefined);
  return {
    label: e.event, ...(sub ? { sub } : {}), ...(always ? { short: short(e) } : {}),
    tone: e.escape ? 'escape' : e.back ? 'back' : 'main', always,
  };
}

const machineSize = (g: MachineGraph) => ({ w: (g.cols - 1) * PX + W, h: (g.rows - 1) * PY + H });

export interface Vocab {
  state(machine: 'pod' | 'container', key: string, lane?: ContainerLane): { label: string; hint?: string };
  gate(cond: string): string;
  actor(a: string): string;
  deletion(step: string): string;
  section(id: 'cp' | 'del' | 'pod' | 'init' | 'sidecar' | 'app'): string;
  order(when: string): string;
  /** Short words for a guarded or looping edge, e.g. `back-off` for DECIDE [restartInBackOff]. */
  edge(e: GraphEdge): string;
}

/** Builds every node and edge of the diagram at fixed positions. */
export function toFlow(graph: LifecycleGraph, podName: string, vocab: Vocab): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const nodes: FlowNode[] = [];
  const edges: FlowEdge[] = [];
  const group = (id: string, label: string, x: number, y: number, w: number, h: number, kind: string) =>
    nodes.push({ id, type: 'group', position: { x, y }, width: w, height: h, style: { width: w, height: h }, selectable: false, data: { role: 'group', label, kind } });

  // Control plane at creation: a star around the API server.
  const cpPos: Record<string, [number, number]> = {
    scheduler: [1, 0], kubectl: [0, 1], apiserver: [1, 1], etcd: [2, 1], kubelet: [1, 2], runtime: [2, 2],
  };
  const cpW = 2 * CP_PX + W + 2 * PAD;
  const cpH = HDR + 2 * CP_PY + H + PAD;
  group('sec:cp', vocab.section('cp'), 0, 0, cpW, cpH, 'cp');
  const cpRect = new Map<string, Rect & { id: string }>();
  for (const a of graph.controlActors) {
    const [c, r] = cpPos[a] ?? [0, 0];
    const rect = { id: `cp:${a}`, x: PAD + c * CP_PX, y: HDR + r * CP_PY, w: W, h: H };
    cpRect.set(a, rect);
    nodes.push({ id: rect.id, type: 'state', parentId: 'sec:cp', position: { x: rect.x, y: rect.y }, width: W, height: H, data: { role: 'cp', label: vocab.actor(a) } });
  }
  for (const st of graph.creation) {
    const reverse = graph.creation.some((o) => o.from === st.to && o.to === st.from) && st.from !== 'apiserver' && st.from !== 'kubectl';
    const sub = st.steps.map((n) => String.fromCodePoint(0x2460 + n - 1)).join('');
    edges.push(edge(`cp|${st.id}`, cpRect.get(st.from)!, cpRect.get(st.to)!, { label: st.label, sub, short: sub, tone: 'cp', always: true }, false, reverse ? 'b' : 'a', CP_PX));
  }

  // Deletion flow: a snake of 4 columns under the control plane.
  const delX = cpW + GAP;
  const delCols = 4;
  const delPX = (cpW - 2 * PAD - DW) / (delCols - 1);
  group('sec:del', vocab.section('del'), delX, 0, cpW, cpH, 'del');
  const delRect = graph.deletion.map((step, i) => {
    const row = Math.floor(i / delCols);
    const col = row % 2 === 0 ? i % delCols : delCols - 1 - (i % delCols);
    const rect = { id: `del:${step}`, x: PAD + col * delPX, y: HDR + 16 + row * (PY + 16), w: DW, h: H };
    nodes.push({ id: rect.id, type: 'state', parentId: 'sec:del', position: { x: rect.x, y: rect.y }, width: DW, height: H, data: { role: 'del', label: vocab.deletion(step), state: step } });
    return rect;
  });
  delRect.forEach((r, i) => {
    const prev = delRect[i - 1];
    if (prev) edges.push(edge(`del>${graph.deletion[i - 1]}>${graph.deletion[i]}`, prev, r, { tone: 'main', always: false }, false, 'a', delPX));
  });

  // The pod: its machine, then the condition gates in the order they turn True.
  const podX = 0;
  const podY = cpH + GAP;
  const pm = machineSize(graph.pod);
  const gateRowY = HDR + pm.h + ARC;
  const gatePX = Math.max(W + 24, Math.min(PX, (pm.w - W) / Math.max(1, graph.gates.length - 1)));
  const podW = Math.max(pm.w, (graph.gates.length - 1) * gatePX + W) + 2 * PAD;
  const podH = gateRowY + H + PAD;
  group('sec:pod', `${vocab.section('pod')} ${podName}`, podX, podY, podW, podH, 'pod');
  addMachine(nodes, edges, graph.pod, 'pod', 'pod', 'sec:pod', { x: PAD, y: HDR }, { state: (k) => vocab.state('pod', k), edge: vocab.edge });
  graph.gates.forEach((g, i) => {
    nodes.push({ id: `gate:${g}`, type: 'state', parentId: 'sec:pod', position: { x: PAD + i * gatePX, y: gateRowY }, width: W, height: H, data: { role: 'gate', label: vocab.gate(g), state: g } });
    const prev = graph.gates[i - 1];
    if (prev) edges.push({ id: `gate>${prev}>${g}`, source: `gate:${prev}`, target: `gate:${g}`, type: 'live', sourceHandle: 's-right-a', targetHandle: 't-left-a', data: { tone: 'main', always: false } });
  });

  // Containers: one group each, holding the container machine and its probes.
  const cm = machineSize(graph.container);
  const hasProbes = graph.containers.some((l) => l.probes.length > 0);
  const laneW = cm.w + 2 * PAD + (hasProbes ? PROBE_W + GAP / 2 : 0);
  const laneH = HDR + cm.h + ARC;
  const top = podY + podH + GAP + 8;
  const present = (['init', 'sidecar', 'app'] as const).filter((c) => graph.containers.some((l) => l.column === c));
  const appCount = graph.containers.filter((l) => l.column === 'app').length;
  const appPerCol = appCount > 4 ? Math.ceil(appCount / 2) : appCount;
  const colX = new Map<string, number>();
  let x = podX;
  for (const c of present) {
    colX.set(c, x);
    nodes.push({ id: `label:${c}`, type: 'label', position: { x, y: top - 34 }, selectable: false, data: { role: 'label', label: vocab.section(c) } });
    x += (c === 'app' && appCount > 4 ? 2 : 1) * (laneW + GAP);
  }
  const laneRect = new Map<string, Rect & { id: string }>();
  for (const lane of graph.containers) {
    const slot = lane.column === 'app' ? lane.slot % appPerCol : lane.slot;
    const extraCol = lane.column === 'app' && lane.slot >= appPerCol ? laneW + GAP : 0;
    const r = { id: `c:${lane.name}`, x: colX.get(lane.column)! + extraCol, y: top + slot * (laneH + GAP), w: laneW, h: laneH };
    laneRect.set(lane.name, r);
    group(r.id, lane.name, r.x, r.y, laneW, laneH, lane.kind);
    const rects = addMachine(nodes, edges, graph.container, lane.name, r.id, r.id, { x: PAD, y: HDR }, { state: (k) => vocab.state('container', k, lane), edge: vocab.edge });
    lane.probes.forEach((p, i) => {
      const obs = rects.get(p.observes);
      const pr = { id: `${r.id}:probe:${p.probe}`, x: PAD + cm.w + GAP / 2, y: HDR + i * ((cm.h - PROBE_H) / 2), w: PROBE_W, h: PROBE_H };
      nodes.push({ id: pr.id, type: 'state', parentId: r.id, position: { x: pr.x, y: pr.y }, width: PROBE_W, height: PROBE_H, data: { role: 'probe', label: p.probe, hint: `every ${p.periodSeconds}s`, kind: p.probe } });
      if (obs) edges.push({ id: `${pr.id}>obs`, source: obs.id, target: pr.id, type: 'live', sourceHandle: 's-right-a', targetHandle: 't-left-a', data: { tone: 'link', always: false } });
      const act = p.acts ? rects.get(p.acts) : undefined;
      if (act) edges.push({ id: `${pr.id}>act`, source: pr.id, target: act.id, type: 'live', sourceHandle: 's-bottom-a', targetHandle: 't-right-b', data: { label: 'kill', sub: `${p.threshold}× failed`, tone: 'link', always: false } });
    });
  }
  for (const lane of graph.containers) {
    if (!lane.after) continue;
    const a = laneRect.get(lane.after.name)!;
    const b = laneRect.get(lane.name)!;
    edges.push(edge(`order>${lane.after.name}>${lane.name}`, a, b, { label: vocab.order(lane.after.when), short: vocab.order(lane.after.when), tone: 'link', always: true }, false, lane.column === 'app' ? 'b' : 'a'));
  }
  return { nodes: withUsedHandles(nodes, edges), edges };
}

/**
 * Records on each node the handles its edges attach to. A node used to render all 16 (two source and
 * two target lanes per side) — on a 20-container pod that was 4,600 invisible divs, more than half
 * the diagram's DOM, each one styled and laid out on every cursor move.
 */
export function withUsedHandles(nodes: FlowNode[], edges: readonly FlowEdge[]): FlowNode[] {
  const used = new Map<string, Set<string>>();
  const add = (node: string, handle: string | null | undefined) => {
    if (!handle) return;
    let set = used.get(node);
    if (!set) used.set(node, (set = new Set()));
    set.add(handle);
  };
  for (const e of edges) {
    add(e.source, e.sourceHandle);
    add(e.target, e.targetHandle);
  }
  return nodes.map((n) => {
    const set = used.get(n.id);
    return set ? { ...n, data: { ...n.data, handles: [...set].sort() } } : n;
  });
}
