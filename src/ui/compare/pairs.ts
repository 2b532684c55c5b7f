/**
 * Scenario pairs worth comparing side by side: the same pod with one knob turned. The picker offers
 * the pair of the open scenario; every pair is listed in the compare menu.
 */
import { findScenario } from '@/state/scenarioCatalog';
import type { ScenarioDefLike } from '@/state/types';
import type { MessageKey, Translate } from '@/i18n';

export interface ScenarioPair {
  a: string;
  b: string;
  /** Short labels for the headline ("with startupProbe" / "without"). */
  labelA: string;
  labelB: string;
}

export const SCENARIO_PAIRS: readonly ScenarioPair[] = [
  { a: 'startup-probe-slow-start', b: 'startup-probe-missing', labelA: 'with startupProbe', labelB: 'without' },
  { a: 'restart-always-exit-1', b: 'restart-never-exit-1', labelA: 'Always', labelB: 'Never' },
  { a: 'restart-onfailure-exit-0', b: 'restart-always-exit-0', labelA: 'OnFailure', labelB: 'Always' },
  { a: 'restart-onfailure-exit-1', b: 'restart-never-exit-1', labelA: 'OnFailure', labelB: 'Never' },
  { a: 'init-fails-always', b: 'init-fails-never', labelA: 'Always', labelB: 'Never' },
  { a: 'prestop-http-shutdown', b: 'prestop-exceeds-grace', labelA: 'preStop in time', labelB: 'preStop too long' },
  { a: 'hooks-war-deploy', b: 'hooks-war-deploy-typos', labelA: 'correct hooks', labelB: 'with typos' },
];

/** Pairs whose two scenarios both exist in the catalogue. */
export function availablePairs(): { pair: ScenarioPair; a: ScenarioDefLike; b: ScenarioDefLike }[] {
  return SCENARIO_PAIRS.flatMap((pair) => {
    const a = findScenario(pair.a);
    const b = findScenario(pair.b);
    return a && b ? [{ pair, a, b }] : [];
  });
}

/** The pair the given scenario belongs to, oriented so that the open scenario is A. */
export function pairFor(id: string | null): ScenarioPair | undefined {
  if (!id) return undefined;
  const p = SCENARIO_PAIRS.find((x) => x.a === id || x.b === id);
  if (!p) return undefined;
  return p.a === id ? p : { a: p.b, b: p.a, labelA: p.labelB, labelB: p.labelA };
}

/** Pair labels that are words (the rest are restartPolicy values, which stay as they are). */
const LABEL_KEYS: Record<string, MessageKey> = {
  'with startupProbe': 'pair.withStartupProbe',
  without: 'pair.without',
  'preStop in time': 'pair.preStopInTime',
  'preStop too long': 'pair.preStopTooLong',
  'correct hooks': 'pair.correctHooks',
  'with typos': 'pair.withTypos',
};

/** A pair label in the UI language (`Always`, `Never` … are Kubernetes values and stay English). */
export function pairLabel(label: string, t: Translate): string {
  const key = LABEL_KEYS[label];
  return key ? t(key) : label;
}
