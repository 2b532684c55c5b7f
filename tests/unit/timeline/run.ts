/** Simulates a built-in scenario (seed 1, its `--do` actions) for the timeline tests. */
import { parseAction, simulate } from '@/engine';
import type { Trace } from '@/engine';
import { scenarioById } from '@/scenarios';

export function traceOf(id: string, extra: string[] = [], untilSec?: number): Trace {
  const def = scenarioById(id);
  if (!def) throw new Error(`no scenario ${id}`);
  const files = (def as { files?: Record<string, string> }).files ?? {};
  const lines = [...(def.interventions ?? []), ...extra];
  const interventions = lines.map((l) => parseAction(l, (f) => files[f] ?? ''));
  const options = (def as { options?: { presentImages?: string[] } }).options;
  return simulate({ manifest: def.manifest, interventions, seed: 1, until: (untilSec ?? def.until) * 1000, ...(options ? { options } : {}) });
}
