/**
 * Field path → manifest lines, for "click an event, see its cause". Parsing is cheap, but a
 * click-happy user should not re-parse the same text each time: the last parse is cached.
 */
import { parseManifest } from '@/engine';
import type { SourceRange } from '@/engine';

let cache: { text: string; locate: (path: string) => unknown } | null = null;

function isRange(x: unknown): x is SourceRange {
  const r = x as SourceRange | null | undefined;
  return typeof r?.start?.line === 'number' && typeof r.end?.line === 'number';
}

/** 1-based line range of a Kubernetes field path (`spec.containers[0].livenessProbe`), if found. */
export function locateLines(text: string, path: string | undefined): { start: number; end: number } | undefined {
  if (!path) return undefined;
  try {
    if (cache?.text !== text) {
      const parsed = parseManifest(text);
      cache = { text, locate: (p) => parsed.locate(p) };
    }
    let p: string | undefined = path;
    // Fall back to the nearest enclosing field the parser knows (e.g. a probe's handler → the probe).
    while (p) {
      const found = cache.locate(p);
      const range = (found as { range?: SourceRange } | null)?.range ?? found;
      if (isRange(range)) return { start: range.start.line, end: Math.max(range.start.line, range.end.line) };
      const parent: string = p.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
      p = parent && parent !== p ? parent : undefined;
    }
  } catch {
    /* a failed lookup only means nothing gets highlighted */
  }
  return undefined;
}
