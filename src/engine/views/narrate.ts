/**
 * narrate(trace, parse?) → NarrationItem[]: the lifecycle told as a story, one item per event and
 * per meaningful status change, each explaining WHY with the upstream rule and the manifest field
 * (value and line). Pure and deterministic; used by the narration panel and the lessons.
 */
import type { Trace } from '../model/trace';
import { makeCtx, type Locator } from './narration/context';
import { narrateEvents } from './narration/events';
import { narrateFrames } from './narration/frames';
import { narrateInterventions, narrateSpans } from './narration/spans';
import type { NarrateOptions, NarrationItem, NarrationKind } from './narration/types';

export type { NarrationItem, NarrationKind, ConceptId, NarrateOptions } from './narration/types';
export { GLOSSARY } from './narration/glossary';
export type { Concept } from './narration/glossary';

/** Within one instant: cause before effect (what the user did, then the kubelet, then status). */
const RANK: Record<NarrationKind, number> = {
  correction: 0, intervention: 1, delete: 2, grace: 3, restart: 4, probe: 5, event: 6, signal: 7,
  hook: 8, backoff: 9, container: 10, phase: 11, condition: 12, endpoint: 13,
};

/**
 * Narrates a trace. `parse` (the ParseResult of the same manifest text) adds line numbers and
 * ranges; without it the items still name fields and values.
 * @example narrate(trace, parseManifest(text)).find((i) => i.rule.startsWith('prober/'))
 */
export function narrate(trace: Trace, parse?: Locator, options: NarrateOptions = {}): NarrationItem[] {
  const ctx = makeCtx(trace, parse);
  const corrections: NarrationItem[] = (options.corrections ?? []).map((c) => ({
    t: 0, kind: 'correction', concept: 'article-correction', rule: 'reference/k8s-semantics.md', tone: 'warning', en: c.en, zh: c.zh,
  }));
  // Spans before events: at one instant, "the hook runs" precedes "the hook failed".
  const items = [...corrections, ...narrateInterventions(ctx), ...narrateSpans(ctx), ...narrateEvents(ctx), ...narrateFrames(ctx)];
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => a.item.t - b.item.t || RANK[a.item.kind] - RANK[b.item.kind] || a.i - b.i)
    .map(({ item }) => item);
}

/** Index of the last item at or before `ms` (−1 if none): the "current" item for a cursor. */
export function currentNarrationIndex(items: readonly NarrationItem[], ms: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.t <= ms) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
