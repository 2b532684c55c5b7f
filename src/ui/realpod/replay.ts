/**
 * Plans the replay of a real pod: the manifest, its interventions and horizon, and the moment to
 * seek to — everything `loadData` needs. Runs the simulation once, inline (a single small pod).
 */
import { runOnce } from '@/state/runOnce';
import { bestMoment, replayHorizon, replayInterventions, snapshotAge, toManifest, type Match, type RealPodReading } from './realPod';

export interface ReplayPlan {
  text: string;
  interventions: string[];
  until: number;
  match: Match | null;
  /** Why the spec cannot be replayed (validation errors), if so. */
  error: string | null;
}

/** The replay for a reading: load `text` with `interventions` up to `until`, seek to `match.t`. */
export function planReplay(reading: RealPodReading): ReplayPlan {
  const text = toManifest(reading.doc);
  const interventions = replayInterventions(reading.doc);
  const until = replayHorizon(snapshotAge(reading.doc, reading.now));
  const res = runOnce({ id: 0, text, interventions, seed: 1, until });
  if (!res.trace) {
    const first = res.diagnostics.find((d) => d.severity === 'error');
    return { text, interventions, until, match: null, error: res.error ?? first?.message ?? 'the spec cannot be simulated' };
  }
  return { text, interventions, until, match: bestMoment(res.trace, reading.result.kubectl, snapshotAge(reading.doc, reading.now)), error: null };
}
