/**
 * Access to the built-in scenarios (src/scenarios, written by another part of the team).
 * Loaded through an eager glob so that the page still builds and works with a fallback sample while
 * that module does not exist; every entry is checked before use.
 */
import type { ScenarioDefLike } from './types';
import { FALLBACK_SCENARIO } from './fallbackScenario';

const modules = import.meta.glob<{ scenarios?: unknown }>('../scenarios/index.ts', { eager: true });

function isScenario(x: unknown): x is ScenarioDefLike {
  if (!x || typeof x !== 'object') return false;
  const s = x as Record<string, unknown>;
  return (
    typeof s.id === 'string' &&
    typeof s.manifest === 'string' &&
    typeof s.topic === 'string' &&
    typeof (s.title as { en?: unknown } | undefined)?.en === 'string'
  );
}

function load(): ScenarioDefLike[] {
  const list = Object.values(modules)[0]?.scenarios;
  const valid = Array.isArray(list) ? list.filter(isScenario) : [];
  return valid.length > 0 ? valid.map(normalise) : [FALLBACK_SCENARIO];
}

function normalise(s: ScenarioDefLike): ScenarioDefLike {
  return {
    ...s,
    summary: s.summary ?? { en: '', zh: '' },
    until: typeof s.until === 'number' && s.until > 0 ? s.until : 300,
    interventions: Array.isArray(s.interventions) ? s.interventions : [],
  };
}

const SCENARIOS = load();

/** All scenarios, in the registry's order. */
export function allScenarios(): readonly ScenarioDefLike[] {
  return SCENARIOS;
}

/** One scenario by id, or undefined. */
export function findScenario(id: string | null | undefined): ScenarioDefLike | undefined {
  return id ? SCENARIOS.find((s) => s.id === id) : undefined;
}

/** Scenarios grouped by topic, topics in first-appearance order. */
export function scenariosByTopic(): { topic: string; items: ScenarioDefLike[] }[] {
  const groups = new Map<string, ScenarioDefLike[]>();
  for (const s of SCENARIOS) groups.set(s.topic, [...(groups.get(s.topic) ?? []), s]);
  return [...groups].map(([topic, items]) => ({ topic, items }));
}

/** The scenario a first-time visitor sees. */
export function defaultScenario(): ScenarioDefLike {
  return SCENARIOS[0] ?? FALLBACK_SCENARIO;
}
