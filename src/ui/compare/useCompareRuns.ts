import { useEffect, useMemo, useState } from 'react';
import { createRunner } from '@/state/runner';
import type { RunRequest, RunResponse } from '@/state/runOnce';
import { findScenario } from '@/state/scenarioCatalog';
import type { CompareSide } from '../presenter/presenterStore';

/**
 * Both sides run through the same Web Worker + watchdog path as the main run (src/state/runner.ts),
 * never inline: manifest B is typed by the user, and a hostile one (60 containers each running a
 * fork loop, a 4 MB manifest, 3000 containers) took 0.5–4.5 s of main-thread time when run inline.
 */
function request(side: CompareSide, until: number): Omit<RunRequest, 'id'> {
  const sc = findScenario(side.scenarioId);
  return {
    text: side.text, interventions: side.interventions, seed: 1, until,
    ...(sc?.files ? { files: sc.files } : {}), ...(sc?.options ? { options: sc.options } : {}),
  };
}

/** What a side shows before its first answer arrives: no trace yet, no error. */
export const PENDING: RunResponse = { id: 0, diagnostics: [], actionErrors: [], trace: null, error: null, ms: 0 };

/** One side's newest answer; the previous answer stays on screen while the next one computes. */
function useSideRun(req: Omit<RunRequest, 'id'>): RunResponse {
  const [res, setRes] = useState<RunResponse>(PENDING);
  const [runner] = useState(() => ({ current: null as ReturnType<typeof createRunner> | null }));
  const [sent] = useState(() => ({ last: null as Omit<RunRequest, 'id'> | null }));
  useEffect(() => {
    const r = createRunner({ onStart: () => {}, onResult: setRes });
    runner.current = r;
    sent.last = null; // a fresh runner (remount) has answered nothing yet
    return () => {
      r.dispose();
      runner.current = null;
    };
  }, [runner, sent]);
  useEffect(() => {
    // Re-run only when the request's content changed, not merely its identity (a re-created side
    // object must not start a new simulation, whose answer re-renders, and so on).
    if (sent.last && sameRequest(sent.last, req)) return;
    sent.last = req;
    runner.current?.request(req, true);
  }, [runner, sent, req]);
  return res;
}

function sameRequest(x: Omit<RunRequest, 'id'>, y: Omit<RunRequest, 'id'>): boolean {
  return x.text === y.text && x.until === y.until && x.seed === y.seed && x.files === y.files && x.options === y.options &&
    x.interventions.length === y.interventions.length && x.interventions.every((v, i) => v === y.interventions[i]);
}

/** Delays a fast-changing value (typing in manifest B) so we simulate once the user pauses. */
function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setV(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return v;
}

/** Both sides simulated to the same horizon (the longer of the two), each in its own worker. */
export function useCompareRuns(a: CompareSide, b: CompareSide): { horizon: number; a: RunResponse; b: RunResponse } {
  const horizon = Math.max(a.until, b.until);
  const bText = useDebounced(b.text, 350);
  const bIv = useDebounced(b.interventions, 350);
  const reqA = useMemo(() => request(a, horizon), [a, horizon]);
  const reqB = useMemo(() => request({ ...b, text: bText, interventions: bIv }, horizon), [b, bText, bIv, horizon]);
  return { horizon, a: useSideRun(reqA), b: useSideRun(reqB) };
}
