/**
 * Hover and click answers for a node: when and why it was entered (from the trace), and where a
 * click should move the cursor (the NEXT time the node is entered after the cursor, wrapping to
 * the first time). Pure; read only on hover/click, never per frame.
 */
import type { Trace } from '@/engine';
import { formatClock, upperBound } from '@/state/selectors';
import { entries, topState, type TraceIndex } from './live';
import type { FlowNodeData } from './layout';

export interface NodeExplanation {
  title: string;
  lines: string[];
  /** Where a click seeks to; undefined if the node is never reached in this run. */
  seekTo?: number;
}

const nextOf = (times: number[], cursor: number): number | undefined => times.find((t) => t > cursor) ?? times[0];

/** Moments a pod condition turned True. */
function gateTimes(trace: Trace, cond: string): number[] {
  const out: number[] = [];
  let prev = false;
  for (const f of trace.frames) {
    const on = f.pod?.status.conditions?.some((c) => c.type === cond && c.status === 'True') ?? false;
    if (on && !prev) out.push(f.t);
    prev = on;
  }
  return out;
}

function stateExplanation(index: TraceIndex, data: FlowNodeData, cursor: number): NodeExplanation {
  const machine = data.machine!;
  const list = entries(index, machine, data.state!);
  const times = list.map((tr) => tr.t);
  const past = list.slice(0, upperBound(list, cursor));
  const last = past[past.length - 1];
  const title = `${machine === 'pod' ? 'pod' : machine} · ${data.state}`;
  const lines: string[] = [];
  if (!last) lines.push(list.length === 0 ? 'Never entered in this run.' : 'Not entered yet.');
  else {
    lines.push(`Entered ${past.length}× by ${formatClock(cursor)}; last at ${formatClock(last.t)}`);
    lines.push(`from ${topState(last.from)} on ${last.event}`);
    const why = index.trace.events.filter((e) => e.t === last.t && (machine === 'pod' || e.container === machine));
    for (const e of why.slice(-2)) lines.push(`${e.reason}: ${e.message}`);
  }
  if (list.length === 0 && data.state !== undefined) {
    // The initial state is entered at creation without a transition.
    const initialHere = index.byMachine.get(machine)?.[0]?.from;
    if (initialHere && topState(initialHere) === data.state) return { title, lines: ['Initial state (since creation).'], seekTo: 0 };
  }
  const upcoming = times.find((t) => t > cursor);
  if (upcoming !== undefined) lines.push(`Next at ${formatClock(upcoming)} — click to jump`);
  const seekTo = nextOf(times, cursor);
  return seekTo === undefined ? { title, lines } : { title, lines, seekTo };
}

/** What to show on hover, and where a click seeks, for the node `id`. */
export function explainNode(index: TraceIndex, id: string, data: FlowNodeData, cursor: number): NodeExplanation | null {
  const { trace } = index;
  switch (data.role) {
    case 'state':
      return stateExplanation(index, data, cursor);
    case 'gate': {
      const times = gateTimes(trace, data.state!);
      const lines = times.length ? [`True at ${times.map(formatClock).join(', ')}`] : ['Never True in this run.'];
      const seekTo = nextOf(times, cursor);
      return { title: `condition ${data.state}`, lines, ...(seekTo !== undefined ? { seekTo } : {}) };
    }
    case 'del': {
      const t = index.deletion.times[data.state as keyof typeof index.deletion.times];
      return t === undefined
        ? { title: data.label, lines: ['Did not happen in this run.'] }
        : { title: data.label, lines: [`At ${formatClock(t)}`], seekTo: t };
    }
    case 'probe': {
      const container = id.split(':')[1] ?? '';
      const recs = trace.probes.filter((p) => p.container === container && p.probe === data.kind);
      const last = recs[upperBound(recs, cursor) - 1];
      const lines = last
        ? [`${last.result} at ${formatClock(last.t)} (${last.run}/${last.threshold})`, ...(last.output ? [last.output] : [])]
        : ['Has not run yet.'];
      const fails = recs.filter((p) => p.result !== 'success').map((p) => p.t);
      const seekTo = nextOf(fails, cursor);
      return { title: `${container} · ${data.kind} probe`, lines, ...(seekTo !== undefined ? { seekTo } : {}) };
    }
    case 'cp':
      // Arrows carry the seed's step numbers (①–⑩); the actor is lit while one of them runs.
      return { title: data.label, lines: ['Lit while it takes part in a numbered step: creation ①–⑧ in the first second, then CRI calls, status writes and deletion.'] };
    default:
      return null;
  }
}
