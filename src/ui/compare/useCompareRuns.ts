import { useEffect, useMemo, useState } from 'react';
import { runOnce, type RunResponse } from '@/state/runOnce';
import { findScenario } from '@/state/scenarioCatalog';
import type { CompareSide } from '../presenter/presenterStore';

/** One side's simulation on the comparison's shared horizon (inline: these are small pods). */
function run(side: CompareSide, until: number): RunResponse {
  const sc = findScenario(side.scenarioId);
  return runOnce({
    id: 0, text: side.text, interventions: side.interventions, seed: 1, until,
    ...(sc?.files ? { files: sc.files } : {}), ...(sc?.options ? { options: sc.options } : {}),
  });
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

/** Both sides simulated to the same horizon (the longer of the two). */
export function useCompareRuns(a: CompareSide, b: CompareSide): { horizon: number; a: RunResponse; b: RunResponse } {
  const horizon = Math.max(a.until, b.until);
  const bText = useDebounced(b.text, 350);
  const bIv = useDebounced(b.interventions, 350);
  const ra = useMemo(() => run(a, horizon), [a, horizon]);
  const rb = useMemo(() => run({ ...b, text: bText, interventions: bIv }, horizon), [b, bText, bIv, horizon]);
  return { horizon, a: ra, b: rb };
}
