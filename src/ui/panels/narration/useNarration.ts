/**
 * The narration of the trace on screen, memoised per trace: parse the same text (for lines) and
 * add the scenario's article corrections.
 */
import { useMemo } from 'react';
import { narrate, parseManifest } from '@/engine';
import type { NarrationItem } from '@/engine';
import { useSession } from '@/state/hooks';
import { findScenario } from '@/state/scenarioCatalog';

type Corrections = { en: string; zh: string }[];

/** Narration items for the current run (empty without a trace). Never throws. */
export function useNarration(): { items: NarrationItem[]; stale: boolean; error: string | null } {
  const trace = useSession((s) => s.run.trace);
  const stale = useSession((s) => s.run.stale);
  const text = useSession((s) => s.text);
  const scenarioId = useSession((s) => s.scenarioId);
  // Line numbers only make sense for the text that produced the trace; a stale run gets none.
  const lineText = stale ? null : text;
  return useMemo(() => {
    if (!trace) return { items: [], stale, error: null };
    try {
      const corrections = (findScenario(scenarioId) as { corrections?: Corrections } | undefined)?.corrections ?? [];
      const parse = lineText !== null ? parseManifest(lineText, { analyze: false }) : undefined;
      return { items: narrate(trace, parse, { corrections }), stale, error: null };
    } catch (e) {
      return { items: [], stale, error: e instanceof Error ? e.message : String(e) };
    }
  }, [trace, lineText, scenarioId, stale]);
}
