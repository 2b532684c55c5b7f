/**
 * A compact timeline for the comparison: the same model the timeline panel draws (lanes, bands,
 * rows) with only the rows that tell the story — events, containers, probes, phase and Ready — so
 * two of them fit one above the other on a projector.
 */
import { CREATION_TIME_MS } from '@/engine';
import type { Trace } from '@/engine';
import { deriveBands, deriveDeletion } from '../panels/timeline/model/bands';
import { deriveLanes, traceEnd } from '../panels/timeline/model/lanes';
import { layoutRows, type Row } from '../panels/timeline/model/rows';
import { activityTimes, changeTimes, eventTimes } from '../panels/timeline/model/stepping';
import type { TimelineData } from '../panels/timeline/useTimelineData';

const KEEP = (r: Row) =>
  r.kind === 'events' || r.kind === 'container' || r.kind === 'probe' || r.kind === 'deletion' ||
  r.id === 'phase' || r.id === 'cond:Ready';

/** Timeline data with the compact row set, re-stacked from y = 0. */
export function compactData(trace: Trace): TimelineData {
  const lanes = deriveLanes(trace);
  const bands = deriveBands(trace);
  const deletion = deriveDeletion(trace, CREATION_TIME_MS);
  const all = layoutRows(lanes, bands, deletion).rows;
  let y = 0;
  const rows = all.filter(KEEP).map((r) => {
    const out = { ...r, y };
    y += r.h;
    return out;
  });
  return {
    trace, lanes, bands, deletion, rows, height: y,
    events: eventTimes(trace), changes: changeTimes(trace), activity: activityTimes(trace), end: traceEnd(trace),
  };
}

/** Event times of both traces merged (the shared clock's PageDown/PageUp stops). */
export function mergedTimes(a: readonly number[], b: readonly number[]): number[] {
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}
