import { useDeferredValue, useMemo } from 'react';
import { CREATION_TIME_MS, parseAction } from '@/engine';
import type { Intervention, Trace } from '@/engine';
import { useSession } from '@/state/hooks';
import { extensionOf } from '@/state/traceDelta';
import { deriveBands, deriveDeletion, type BandRow, type Deletion } from './model/bands';
import { deriveLanes, traceEnd, type ContainerLane } from './model/lanes';
import { layoutRows, type Row } from './model/rows';
import { activityTimes, changeTimes, eventTimes } from './model/stepping';

export interface TimelineData {
  trace: Trace;
  lanes: ContainerLane[];
  bands: BandRow[];
  deletion: Deletion | null;
  rows: Row[];
  height: number;
  events: number[];
  changes: number[];
  activity: number[];
  /** Where the drawing ends (pod gone, or the horizon). */
  end: number;
}

/** Everything the timeline draws, derived once per trace (traces are immutable). */
export function useTimelineData(): TimelineData | null {
  // A longer horizon arriving during playback is drawn in an interruptible background render (the
  // rows' work cut into slices between frames instead of one long task). A new run after an edit is
  // drawn at once, in the same commit as the status panel (what "typing → new run on screen" means).
  const latest = useSession((s) => s.run.trace);
  const deferred = useDeferredValue(latest);
  const trace = latest && extensionOf(latest) ? deferred : latest;
  return useMemo(() => {
    if (!trace) return null;
    const lanes = deriveLanes(trace);
    const bands = deriveBands(trace);
    const deletion = deriveDeletion(trace, CREATION_TIME_MS);
    const { rows, height } = layoutRows(lanes, bands, deletion);
    return {
      trace, lanes, bands, deletion, rows, height,
      events: eventTimes(trace), changes: changeTimes(trace), activity: activityTimes(trace), end: traceEnd(trace),
    };
  }, [trace]);
}

export interface Marker {
  index: number;
  line: string;
  at: number;
  verb: string;
  bad: boolean;
}

/** The session's intervention lines with their times, for markers (bad lines keep their index). */
export function useInterventionMarkers(): Marker[] {
  const lines = useSession((s) => s.interventions);
  const errors = useSession((s) => s.run.actionErrors);
  return useMemo(
    () =>
      lines.flatMap((line, index): Marker[] => {
        let iv: Intervention;
        try {
          // Files are not needed to know when and what: read every `apply <file>` as empty.
          iv = parseAction(line, () => '');
        } catch {
          return [];
        }
        const verb = line.trim().split(/\s+/).slice(1, 3).join(' ');
        return [{ index, line, at: iv.at, verb, bad: errors.some((e) => e.index === index) }];
      }),
    [lines, errors],
  );
}
