/**
 * Hover and click answers for a node: when and why it was entered (from the trace), and where a
 * click should move the cursor (the NEXT time the node is entered after the cursor, wrapping to
 * the first time). Pure; read only on hover/click, never per frame.
 */
import type { Trace } from '@/engine';
import { translator, type Lang, type Translate } from '@/i18n';
import { formatClock, upperBound } from '@/state/selectors';
import { entries, topState, type TraceIndex } from './live';
import type { FlowNodeData } from './layout';
import { stateLabel } from './vocab';

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

function stateExplanation(index: TraceIndex, data: FlowNodeData, cursor: number, t: Translate, lang: Lang): NodeExplanation {
  const machine = data.machine!;
  const list = entries(index, machine, data.state!);
  const times = list.map((tr) => tr.t);
  const past = list.slice(0, upperBound(list, cursor));
  const last = past[past.length - 1];
  // The state key is the machine's own name for it; Chinese readers also get the diagram's word.
  const state = data.state ?? '';
  const word = lang === 'zh' ? stateLabel('zh', machine === 'pod' ? 'pod' : 'container', state) : state;
  const title = `${machine === 'pod' ? 'pod' : machine} · ${word.toLowerCase() === state.toLowerCase() ? state : `${state}（${word}）`}`;
  const lines: string[] = [];
  if (!last) lines.push(t(list.length === 0 ? 'flow.neverEntered' : 'flow.notYet'));
  else {
    lines.push(t('flow.entered', { count: past.length, time: formatClock(cursor), last: formatClock(last.t) }));
    lines.push(t('flow.from', { state: topState(last.from), event: last.event }));
    const why = index.trace.events.filter((e) => e.t === last.t && (machine === 'pod' || e.container === machine));
    for (const e of why.slice(-2)) lines.push(`${e.reason}: ${e.message}`);
  }
  if (list.length === 0 && data.state !== undefined) {
    // The initial state is entered at creation without a transition.
    const initialHere = index.byMachine.get(machine)?.[0]?.from;
    if (initialHere && topState(initialHere) === data.state) return { title, lines: [t('flow.initial')], seekTo: 0 };
  }
  const upcoming = times.find((t) => t > cursor);
  if (upcoming !== undefined) lines.push(t('flow.nextAt', { time: formatClock(upcoming) }));
  const seekTo = nextOf(times, cursor);
  return seekTo === undefined ? { title, lines } : { title, lines, seekTo };
}

/**
 * What to show on hover, and where a click seeks, for the node `id`, in `lang`.
 */
export function explainNode(index: TraceIndex, id: string, data: FlowNodeData, cursor: number, lang: Lang = 'en'): NodeExplanation | null {
  const { trace } = index;
  const t = translator(lang);
  switch (data.role) {
    case 'state':
      return stateExplanation(index, data, cursor, t, lang);
    case 'gate': {
      const times = gateTimes(trace, data.state!);
      const lines = [times.length ? t('flow.trueAt', { times: times.map(formatClock).join(', ') }) : t('flow.neverTrue')];
      const seekTo = nextOf(times, cursor);
      return { title: t('flow.condition', { name: data.state ?? '' }), lines, ...(seekTo !== undefined ? { seekTo } : {}) };
    }
    case 'del': {
      const at = index.deletion.times[data.state as keyof typeof index.deletion.times];
      return at === undefined
        ? { title: data.label, lines: [t('flow.didNotHappen')] }
        : { title: data.label, lines: [t('flow.at', { time: formatClock(at) })], seekTo: at };
    }
    case 'probe': {
      const container = id.split(':')[1] ?? '';
      const recs = trace.probes.filter((p) => p.container === container && p.probe === data.kind);
      const last = recs[upperBound(recs, cursor) - 1];
      const lines = last
        ? [t('flow.probeResult', { result: last.result, time: formatClock(last.t), run: last.run, threshold: last.threshold }), ...(last.output ? [last.output] : [])]
        : [t('flow.probeNotRun')];
      const fails = recs.filter((p) => p.result !== 'success').map((p) => p.t);
      const seekTo = nextOf(fails, cursor);
      return { title: t('flow.probeTitle', { container, kind: String(data.kind) }), lines, ...(seekTo !== undefined ? { seekTo } : {}) };
    }
    case 'cp':
      // Arrows carry the seed's step numbers (①–⑩); the actor is lit while one of them runs.
      return { title: data.label, lines: [t('flow.cp')] };
    default:
      return null;
  }
}
