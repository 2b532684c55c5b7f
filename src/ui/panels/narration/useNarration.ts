/**
 * The narration of the trace on screen. The worker narrates each fresh trace (with the line numbers
 * of the text that produced it), so the page needs neither the parser nor the narrator up front.
 * A stale trace (the text has since become invalid) is narrated again here without line numbers,
 * by a narrator loaded on demand.
 */
import { useEffect, useState } from 'react';
import type { NarrationItem, Trace } from '@/engine';
import { useSession } from '@/state/hooks';

type Story = { items: NarrationItem[]; stale: boolean; error: string | null };

/** Narration items for the current run (empty without a trace). Never throws. */
export function useNarration(): Story {
  const trace = useSession((s) => s.run.trace);
  const stale = useSession((s) => s.run.stale);
  const items = useSession((s) => s.run.narration);
  const error = useSession((s) => s.run.narrationError);
  const scenarioId = useSession((s) => s.scenarioId);
  const [plain, setPlain] = useState<{ trace: Trace; story: Story } | null>(null);

  useEffect(() => {
    if (!stale || !trace) return;
    let live = true;
    void import('./narrateStale').then((m) => {
      if (live) setPlain({ trace, story: { ...m.narrateWithoutLines(trace, scenarioId), stale: true } });
    });
    return () => {
      live = false;
    };
  }, [stale, trace, scenarioId]);

  if (!trace) return { items: [], stale, error: null };
  if (!stale) return { items, stale, error };
  // Until the plain narration is ready, show the old items without their (now wrong) line numbers.
  if (plain?.trace === trace) return plain.story;
  return { items: items.map(({ range: _range, ...rest }) => rest), stale, error };
}
