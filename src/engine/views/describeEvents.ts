/**
 * The Events table of `kubectl describe`. Upstream: staging/src/k8s.io/kubectl/pkg/describe/describe.go
 * `DescribeEvents`, and client-go tools/record/events_cache.go (`EventCorrelator`): the recorder merges
 * an event identical to a previous one (same source, object, type, reason, message) into it, bumping
 * `count` and `lastTimestamp`. describe sorts by lastTimestamp and prints
 * `<age of last> (x<count> over <age of first>)`.
 */
import type { SimEvent } from '../model/trace';
import { humanDuration } from './humanDuration';

/** Identical events further apart than this start a new record (the correlator's 10 min window). */
export const EVENT_MERGE_WINDOW_MS = 10 * 60 * 1000;

export interface AggregatedEvent {
  type: SimEvent['type'];
  reason: string;
  message: string;
  source: string;
  container?: string;
  /** ms since creation, truncated to whole seconds as the API stores event timestamps. */
  first: number;
  last: number;
  count: number;
}

const toSecond = (ms: number) => Math.floor(ms / 1000) * 1000;

/** Merges repeats of the same event into counted records, sorted by last occurrence. */
export function aggregateEvents(events: readonly SimEvent[], now: number): AggregatedEvent[] {
  const open = new Map<string, AggregatedEvent>();
  const all: AggregatedEvent[] = [];
  const sorted = [...events].filter((e) => e.t <= now).sort((a, b) => a.t - b.t);
  for (const e of sorted) {
    const key = [e.source, e.container ?? '', e.type, e.reason, e.message].join('\u0000');
    const t = toSecond(e.t);
    const prev = open.get(key);
    if (prev && t - prev.last <= EVENT_MERGE_WINDOW_MS) {
      prev.count++;
      prev.last = t;
      continue;
    }
    const rec: AggregatedEvent = {
      type: e.type,
      reason: e.reason,
      message: e.message,
      source: e.source,
      first: t,
      last: t,
      count: 1,
      ...(e.container !== undefined ? { container: e.container } : {}),
    };
    open.set(key, rec);
    all.push(rec);
  }
  // SortableEvents: by lastTimestamp; stable for equal times so the recorded order is kept.
  return all.sort((a, b) => a.last - b.last);
}

/** The AGE cell: `45s`, or `5s (x3 over 45s)` for merged repeats. */
export function eventAge(e: AggregatedEvent, now: number): string {
  const first = humanDuration(now - e.first);
  return e.count > 1 ? `${humanDuration(now - e.last)} (x${e.count} over ${first})` : first;
}

/** The tab-separated `Events:` section (the caller's tabwriter aligns it). */
export function describeEventsSection(events: readonly SimEvent[], now: number): string {
  const agg = aggregateEvents(events, now);
  if (agg.length === 0) return 'Events:\t<none>\n';
  let s = 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n  ----\t------\t----\t----\t-------\n';
  for (const e of agg) s += `  ${e.type}\t${e.reason}\t${eventAge(e, now)}\t${e.source}\t${e.message.trim()}\n`;
  return s;
}
