/**
 * Plans the replay of a real pod: the manifest, its interventions and horizon, and the moment to
 * seek to — everything `loadData` needs. The pasted pod JSON is user input: `planReplayAsync` runs
 * the simulation through the main run's worker + watchdog (src/state/runner.ts), so a hostile spec
 * cannot freeze the page; `planReplay` is the inline form (tests, and callers that accept the risk).
 */
import { createRunner, type RunnerOptions } from '@/state/runner';
import { runOnce, type RunRequest, type RunResponse } from '@/state/runOnce';
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
  const req = replayRequest(reading);
  return planFrom(reading, req, runOnce({ id: 0, ...req }));
}

/** Like `planReplay`, but simulated in the worker under the watchdog (never blocks the page). */
export function planReplayAsync(reading: RealPodReading, opts: Partial<Pick<RunnerOptions, 'createWorker' | 'runInline' | 'watchdogMs'>> = {}): Promise<ReplayPlan> {
  const req = replayRequest(reading);
  return new Promise((resolve) => {
    const runner = createRunner({
      ...opts,
      onStart: () => {},
      onResult: (res) => {
        runner.dispose();
        resolve(planFrom(reading, req, res));
      },
    });
    runner.request(req, true);
  });
}

function replayRequest(reading: RealPodReading): Omit<RunRequest, 'id'> {
  const text = toManifest(reading.doc);
  const interventions = replayInterventions(reading.doc);
  const until = replayHorizon(snapshotAge(reading.doc, reading.now));
  return { text, interventions, seed: 1, until };
}

function planFrom(reading: RealPodReading, { text, interventions, until }: Omit<RunRequest, 'id'>, res: RunResponse): ReplayPlan {
  if (!res.trace) {
    const first = res.diagnostics.find((d) => d.severity === 'error');
    return { text, interventions, until, match: null, error: res.error ?? first?.message ?? 'the spec cannot be simulated' };
  }
  return { text, interventions, until, match: bestMoment(res.trace, reading.result.kubectl, snapshotAge(reading.doc, reading.now)), error: null };
}
