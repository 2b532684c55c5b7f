/**
 * What the diagram shows at the cursor, as plain data keyed by node/edge id: which machine state is
 * active, which edges were taken (and how often), the transition just taken, probe counters, condition
 * gates, and the control-plane and deletion steps. Pure (no React), so it is unit-tested and cheap
 * to recompute on every playback frame; the diagram only changes classes from it, never positions.
 */
import { statusAt } from '@/engine';
import type { LifecycleGraph, MachineTransition, Trace } from '@/engine';
import { formatClock, probeRecordsOf, upperBound } from '@/state/selectors';
import { cpPulses, deletionTimes, type Pulse } from './timeline';

export type NodeStatus = 'idle' | 'visited' | 'active' | 'ok' | 'bad' | 'skipped';
export type EdgeStatus = 'idle' | 'taken' | 'just';

export interface NodeLive {
  s: NodeStatus;
  /** Live sub-line, e.g. `2/3 ✗` on a probe or `back-off 20s` on a back-off state. */
  text?: string;
}
export interface EdgeLive {
  s: EdgeStatus;
  count: number;
  /** Taken less than FRESH_MS ago: the edge animates. */
  fresh?: true;
}

/** How long (sim ms) the transition just taken keeps animating. */
export const FRESH_MS = 4000;
export interface Live {
  nodes: Map<string, NodeLive>;
  edges: Map<string, EdgeLive>;
  /** Pod phase at the cursor (or '' before creation / after removal). */
  phase: string;
}

/** Per-trace lookup tables, built once per trace (the live view at each cursor reads them). */
export interface TraceIndex {
  trace: Trace;
  byMachine: Map<string, MachineTransition[]>;
  pulses: Map<string, Pulse[]>;
  deletion: ReturnType<typeof deletionTimes>;
}

/** Groups transitions per machine and precomputes the control-plane and deletion timings. */
export function indexTrace(trace: Trace): TraceIndex {
  const byMachine = new Map<string, MachineTransition[]>();
  for (const tr of trace.transitions) {
    let list = byMachine.get(tr.machine);
    if (!list) byMachine.set(tr.machine, (list = []));
    list.push(tr);
  }
  return { trace, byMachine, pulses: cpPulses(trace), deletion: deletionTimes(trace) };
}

/** Top-level state of a dotted path (`waiting.x` → `waiting`). */
export const topState = (path: string): string => path.split('.')[0] ?? path;

/** The machine's state at `cursor` and the transition that led there (undefined: still initial). */
export function stateAt(index: TraceIndex, machine: string, initial: string, cursor: number) {
  const list = index.byMachine.get(machine) ?? [];
  const n = upperBound(list, cursor);
  const last = list[n - 1];
  return { state: last ? topState(last.to) : initial, last, next: list[n], taken: list.slice(0, n) };
}

/** Entry times of `state` in `machine` (ascending). */
export function entries(index: TraceIndex, machine: string, state: string): MachineTransition[] {
  return (index.byMachine.get(machine) ?? []).filter((tr) => topState(tr.to) === state);
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10}s`;

function machineLive(
  live: Live, index: TraceIndex, graph: LifecycleGraph['pod'], machine: string, prefix: string, cursor: number,
): string {
  const initial = graph.states.find((s) => s.initial)?.key ?? '';
  const { state, last, next, taken } = stateAt(index, machine, initial, cursor);
  const visited = new Set(taken.map((tr) => topState(tr.to)));
  for (const s of graph.states) {
    const active = s.key === state;
    const node: NodeLive = { s: active ? 'active' : visited.has(s.key) ? 'visited' : 'idle' };
    // A back-off state's delay is how long the kubelet keeps it there (entry → next exit).
    if (active && last && /backoff/i.test(s.key)) {
      // The kubelet's own figure (the back-off span's label) when it has one; else the stay's length.
      const span = index.trace.spans.find((sp) => sp.kind === 'backoff' && sp.container === machine && sp.start === last.t);
      node.text = span?.label ? `back-off ${span.label}` : next ? `back-off ${seconds(next.t - last.t)}` : 'back-off';
    }
    live.nodes.set(`${prefix}:${s.key}`, node);
  }
  // Restarts = re-entries of the initial state (the kubelet's restartCount for a container).
  const restarts = taken.filter((tr) => topState(tr.to) === initial).length;
  if (prefix !== 'pod') live.nodes.set(prefix, { s: 'idle', text: restarts > 0 ? `↻ ${restarts}` : '' });
  // Count each (from, event, to) once over the taken transitions, then read it per edge.
  const justAt = last?.t;
  const counts = new Map<string, { n: number; just: boolean }>();
  for (const tr of taken) {
    const key = `${topState(tr.from)}|${tr.event}|${topState(tr.to)}`;
    const c = counts.get(key) ?? { n: 0, just: false };
    c.n++;
    if (tr.t === justAt) c.just = true;
    counts.set(key, c);
  }
  for (const e of graph.edges) {
    const c = counts.get(`${e.source}|${e.event}|${e.target}`);
    const edge: EdgeLive = { s: c?.just ? 'just' : c ? 'taken' : 'idle', count: c?.n ?? 0 };
    if (c?.just && justAt !== undefined && cursor - justAt < FRESH_MS) edge.fresh = true;
    live.edges.set(`${prefix}|${e.id}`, edge);
  }
  return state;
}

function probesLive(live: Live, graph: LifecycleGraph, index: TraceIndex, cursor: number) {
  for (const lane of graph.containers) {
    for (const p of lane.probes) {
      // The per-trace probe index the timeline and status panel share (one pass per trace).
      const list = probeRecordsOf(index.trace, lane.name, p.probe);
      const rec = list[upperBound(list, cursor) - 1];
      const id = `c:${lane.name}:probe:${p.probe}`;
      if (!rec) {
        live.nodes.set(id, { s: 'idle', text: `0/${p.threshold}` });
        continue;
      }
      const ok = rec.result === 'success';
      live.nodes.set(id, { s: ok ? 'ok' : 'bad', text: `${ok ? '✓' : '✗'} ${rec.run}/${rec.threshold}` });
      const s: EdgeStatus = ok ? 'idle' : rec.run >= rec.threshold ? 'just' : 'taken';
      if (p.acts) live.edges.set(`${id}>act`, { s, count: 0 });
      live.edges.set(`${id}>obs`, { s: 'taken', count: 0 });
    }
  }
}

function pulseActive(list: Pulse[] | undefined, cursor: number): boolean {
  if (!list) return false;
  const i = upperBound(list, cursor) - 1;
  return i >= 0 && cursor < list[i]!.t + list[i]!.dur;
}

/** Everything the diagram lights at `cursor`. */
export function liveAt(graph: LifecycleGraph, index: TraceIndex, cursor: number): Live {
  const live: Live = { nodes: new Map(), edges: new Map(), phase: '' };
  const { trace } = index;
  machineLive(live, index, graph.pod, 'pod', 'pod', cursor);
  for (const lane of graph.containers) machineLive(live, index, graph.container, lane.name, `c:${lane.name}`, cursor);
  probesLive(live, graph, index, cursor);

  const pod = statusAt(trace, cursor);
  live.phase = pod?.status.phase ?? '';
  const conds = new Map((pod?.status.conditions ?? []).map((c) => [c.type, c.status]));
  graph.gates.forEach((g, i) => {
    const st = conds.get(g);
    live.nodes.set(`gate:${g}`, { s: st === 'True' ? 'ok' : st === 'False' ? 'bad' : 'idle' });
    const prev = graph.gates[i - 1];
    if (prev) live.edges.set(`gate>${prev}>${g}`, { s: st === 'True' && conds.get(prev) === 'True' ? 'taken' : 'idle', count: 0 });
  });

  for (const step of graph.creation) {
    const on = pulseActive(index.pulses.get(step.id), cursor);
    live.edges.set(`cp|${step.id}`, { s: on ? 'just' : 'idle', count: 0 });
    for (const a of [step.from, step.to]) if (on) live.nodes.set(`cp:${a}`, { s: 'active' });
  }
  for (const a of graph.controlActors) if (!live.nodes.has(`cp:${a}`)) live.nodes.set(`cp:${a}`, { s: 'idle' });

  const del = index.deletion;
  let current: string | undefined;
  for (const step of graph.deletion) {
    const t = del.times[step];
    if (t !== undefined && t <= cursor) current = step;
  }
  graph.deletion.forEach((step, i) => {
    const t = del.times[step];
    const reached = t !== undefined && t <= cursor;
    const skipped = !reached && del.endAt !== undefined && del.endAt <= cursor;
    const node: NodeLive = { s: step === current ? 'active' : reached ? 'visited' : skipped ? 'skipped' : 'idle' };
    if (reached) node.text = formatClock(t);
    live.nodes.set(`del:${step}`, node);
    const prev = graph.deletion[i - 1];
    if (prev) live.edges.set(`del>${prev}>${step}`, { s: step === current ? 'just' : reached ? 'taken' : 'idle', count: 0 });
  });
  return live;
}
