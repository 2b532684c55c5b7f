/**
 * What a lesson step runs: the scenario's manifest with the step's edits, its interventions and
 * horizon. The UI loads exactly this into the session; the unit tests simulate exactly this.
 */
import { scenarioById } from '@/scenarios';
import type { LessonStep } from './types';

export interface StepRun {
  scenarioId: string;
  text: string;
  interventions: string[];
  /** Horizon in ms. */
  until: number;
  files: Record<string, string>;
  options?: { presentImages?: string[] };
  corrections: { en: string; zh: string }[];
}

/** Builds the run of a step; throws if the scenario is unknown or an edit does not apply. */
export function stepRun(step: LessonStep): StepRun {
  const sc = scenarioById(step.scenario);
  if (!sc) throw new Error(`unknown scenario "${step.scenario}"`);
  let text = sc.manifest;
  for (const e of step.edits ?? []) {
    if (!text.includes(e.find)) throw new Error(`edit: "${e.find}" is not in scenario ${sc.id}`);
    text = text.replace(e.find, e.replace);
  }
  return {
    scenarioId: sc.id,
    text,
    interventions: step.interventions ?? sc.interventions ?? [],
    until: (step.until ?? sc.until) * 1000,
    files: sc.files ?? {},
    ...(sc.options ? { options: sc.options } : {}),
    corrections: sc.corrections ?? [],
  };
}
