/**
 * Narration of a stale trace without line numbers (its text is gone). A module of its own so that
 * the narrator is only downloaded when a run goes stale; fresh runs are narrated by the worker.
 */
import { narrate } from '@/engine';
import type { NarrationItem, Trace } from '@/engine';
import { findScenario } from '@/state/scenarioCatalog';

/** The trace narrated without a parse, with the scenario's article corrections. Never throws. */
export function narrateWithoutLines(trace: Trace, scenarioId: string | null): { items: NarrationItem[]; error: string | null } {
  try {
    return { items: narrate(trace, undefined, { corrections: findScenario(scenarioId)?.corrections ?? [] }), error: null };
  } catch (e) {
    return { items: [], error: e instanceof Error ? e.message : String(e) };
  }
}
