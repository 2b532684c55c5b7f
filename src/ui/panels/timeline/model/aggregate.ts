/**
 * Level of detail: what to draw for thousands of probe ticks or events in a window of a few hundred
 * pixels. Close up every tick is drawn; zoomed out, ticks share pixel buckets that keep the counts
 * (and the worst result) so a failure never disappears into a sea of successes.
 */
import type { ProbeRecord, SimEvent } from '@/engine';

/** First index with list[i].t >= t (binary search; lists are sorted by t). */
export function lowerBound(list: readonly { t: number }[], t: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.t < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export type TickResult = 'success' | 'failure' | 'timeout' | 'unknown';

/** A probe record's visible outcome: a timeout is a failure drawn differently. */
export function tickResult(r: ProbeRecord): TickResult {
  if (r.timedOut) return 'timeout';
  return r.result;
}

export interface ProbeBucket {
  start: number;
  end: number;
  success: number;
  failure: number;
  timeout: number;
  unknown: number;
  /** The record that matters most in the bucket: the first non-success, else the last. */
  sample: ProbeRecord;
}

export type ProbeLod =
  | { mode: 'ticks'; ticks: ProbeRecord[] }
  | { mode: 'buckets'; buckets: ProbeBucket[] };

/** Minimum px per individual tick before they are bucketed. */
export const TICK_MIN_PX = 7;

/**
 * The probe records in [start, end] as individual ticks when they are at least TICK_MIN_PX apart
 * on average, else as buckets `bucketPx` wide. O(log n + visible).
 */
export function probeLod(records: readonly ProbeRecord[], start: number, end: number, widthPx: number, bucketPx = 6): ProbeLod {
  const from = lowerBound(records, start);
  const to = lowerBound(records, end + 1e-9);
  const visible = records.slice(from, to);
  if (visible.length === 0 || widthPx <= 0 || end <= start) return { mode: 'ticks', ticks: visible };
  if (widthPx / visible.length >= TICK_MIN_PX) return { mode: 'ticks', ticks: visible };
  const msPerBucket = ((end - start) / widthPx) * bucketPx;
  const buckets: ProbeBucket[] = [];
  let cur: ProbeBucket | null = null;
  for (const r of visible) {
    const b0 = start + Math.floor((r.t - start) / msPerBucket) * msPerBucket;
    if (!cur || b0 !== cur.start) {
      cur = { start: b0, end: b0 + msPerBucket, success: 0, failure: 0, timeout: 0, unknown: 0, sample: r };
      buckets.push(cur);
    }
    const res = tickResult(r);
    cur[res] += 1;
    if (res !== 'success' && cur.sample.result === 'success') cur.sample = r;
  }
  return { mode: 'buckets', buckets };
}

export interface EventCluster {
  t: number;
  events: SimEvent[];
  /** Indexes into trace.events (for selection). */
  first: number;
  warning: boolean;
}

/**
 * Events in [start, end] merged when closer than `minPx`: one marker per cluster, labelled by its
 * first event, red when any is a Warning.
 */
export function clusterEvents(events: readonly SimEvent[], start: number, end: number, widthPx: number, minPx = 10): EventCluster[] {
  const from = lowerBound(events, start);
  const to = lowerBound(events, end + 1e-9);
  const msPerPx = widthPx > 0 ? (end - start) / widthPx : 1;
  const out: EventCluster[] = [];
  for (let i = from; i < to; i++) {
    const e = events[i]!;
    const last = out[out.length - 1];
    if (last && (e.t - last.t) / msPerPx < minPx) {
      last.events.push(e);
      last.warning ||= e.type === 'Warning';
    } else {
      out.push({ t: e.t, events: [e], first: i, warning: e.type === 'Warning' });
    }
  }
  return out;
}
