/**
 * Where the cursor goes on ←/→, "next change" and "skip idle". Pure over the trace; every function
 * takes the cursor and returns the new time (or null when there is nowhere to go).
 */
import { MAX_UNTIL } from '@/engine';
import type { Trace } from '@/engine';

/** First index with times[i] >= t. */
function bisect(times: readonly number[], t: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Distinct times, ascending. */
function uniqueSorted(times: number[]): number[] {
  const sorted = times.filter((t) => Number.isFinite(t)).sort((a, b) => a - b);
  return sorted.filter((t, i) => i === 0 || t !== sorted[i - 1]);
}

/** Times of the kubelet events (what `kubectl describe` lists), each once. */
export function eventTimes(trace: Trace): number[] {
  return uniqueSorted(trace.events.map((e) => e.t));
}

/** Times where the phase or any condition's status changes, plus the deletion and the disappearance. */
export function changeTimes(trace: Trace): number[] {
  const out: number[] = [];
  let prevKey: string | null = null;
  for (const f of trace.frames) {
    const p = f.pod;
    const key = p
      ? `${p.status.phase}|${(p.status.conditions ?? []).map((c) => `${c.type}=${c.status}`).sort().join(',')}|${p.metadata.deletionTimestamp ?? ''}`
      : 'gone';
    if (prevKey !== null && key !== prevKey) out.push(f.t);
    prevKey = key;
  }
  if (trace.goneAt !== undefined) out.push(trace.goneAt);
  return uniqueSorted(out);
}

/** The first time strictly after the cursor (a 1 ms slack so repeated presses always advance). */
export function nextTime(times: readonly number[], cursor: number): number | null {
  const i = bisect(times, cursor + 1);
  return times[i] ?? null;
}

/** The last time strictly before the cursor. */
export function prevTime(times: readonly number[], cursor: number): number | null {
  const i = bisect(times, cursor - 1 + 1e-9) - 1;
  return i >= 0 ? times[i]! : null;
}

/**
 * Moments where something visible happens: events (not their repeats), machine transitions, frames, span edges, and the
 * probe results that change a counter's direction (a failure, or the first success after one).
 * Routine successful probe ticks are not "activity": a healthy pod idles between them.
 */
export function activityTimes(trace: Trace): number[] {
  const t: number[] = [];
  // A repeated event (the kubelet re-posts BackOff every sync while it waits) is not news.
  const lastKey = new Map<string, string>();
  for (const e of trace.events) {
    const who = e.container ?? '';
    const key = `${e.reason}|${e.message}`;
    if (lastKey.get(who) !== key) t.push(e.t);
    lastKey.set(who, key);
  }
  for (const x of trace.transitions) t.push(x.t);
  for (const f of trace.frames) t.push(f.t);
  for (const s of trace.spans) {
    t.push(s.start);
    if (s.end !== undefined) t.push(s.end);
  }
  for (const p of trace.probes) if (p.result !== 'success' || p.run === 1) t.push(p.t);
  for (const i of trace.interventions) t.push(i.at);
  return uniqueSorted(t);
}

/** Gaps longer than this (sim time) count as idle. */
export const IDLE_GAP_MS = 4000;
/** Land this long before the next activity, so the viewer sees it happen. */
export const IDLE_LEAD_MS = 1000;

/**
 * If the cursor sits in an idle stretch (nothing for more than `gap` ms ahead), the time to jump to:
 * `lead` ms before the next activity. Null when something happens soon or nothing happens again.
 * @example a 5-minute CrashLoopBackOff wait starting at 313.55 s → 611.55 s
 */
export function skipIdleTarget(activity: readonly number[], cursor: number, gap = IDLE_GAP_MS, lead = IDLE_LEAD_MS): number | null {
  const next = nextTime(activity, cursor);
  if (next === null || next - cursor <= gap) return null;
  return next - lead;
}

/** Coarse step for shift+←/→: a tenth of the visible window, rounded to a human step (≥ 1 s). */
export function coarseStep(viewSpan: number): number {
  const steps = [1000, 2000, 5000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000, 1_800_000, 3_600_000];
  const want = viewSpan / 10;
  for (const s of steps) if (s >= want) return s;
  return steps[steps.length - 1]!;
}

/** Playback speeds offered, slow to fast; 1× is real time. Number keys 1–6 pick KEY_SPEEDS. */
export const TIMELINE_SPEEDS = [0.25, 0.5, 1, 2, 5, 10, 30, 60, 100] as const;
export const KEY_SPEEDS = [0.25, 1, 5, 10, 30, 100] as const;

/**
 * The horizon to ask for when playback gets close to the end: +50 % (at least a minute), up to the
 * engine's own limit (a week). Null when no extension is needed (cursor not yet in the last 15 %, the
 * pod is gone, or at the cap).
 */
export function extendedHorizon(cursor: number, until: number, goneAt: number | undefined, cap = MAX_UNTIL): number | null {
  if (goneAt !== undefined && goneAt <= until) return null;
  if (until >= cap || cursor < until * 0.85) return null;
  return Math.min(cap, Math.max(until + 60_000, Math.round(until * 1.5)));
}

/**
 * How many records a trace holds (frames, events, probe results, transitions, spans): what the page's
 * memory and each horizon extension cost grow with. The heavy benchmark pod (20 containers, three 1 s
 * probes each) makes ~125,000 an hour; a pod with ordinary probes makes a few thousand a day.
 */
export function traceRecords(trace: Trace): number {
  return trace.frames.length + trace.events.length + trace.probes.length + trace.transitions.length + trace.spans.length;
}

/** Above this many records the horizon stops growing (~4 h of the heavy pod; its 1 h trace retains 12 MB, so ~50 MB). */
export const TRACE_RECORD_BUDGET = 500_000;

/**
 * What playback should do about the horizon: extend it, stop at it because the trace is as big as the
 * page keeps (`full`), or nothing. A pod that runs forever with ordinary probes runs for the engine's
 * week; only a pod that produces records very fast meets the record budget first.
 */
export function horizonStep(cursor: number, until: number, goneAt: number | undefined, records: number, budget = TRACE_RECORD_BUDGET):
  { kind: 'extend'; until: number } | { kind: 'full' } | null {
  const next = extendedHorizon(cursor, until, goneAt);
  if (next === null) return null;
  return records >= budget ? { kind: 'full' } : { kind: 'extend', until: next };
}
