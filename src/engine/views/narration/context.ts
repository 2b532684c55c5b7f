/**
 * Shared helpers for the narrators: find containers, quote manifest fields with their value and
 * line (or say the value is the Kubernetes default), format durations in both languages.
 */
import type { SourceRange } from '../../model/diagnostics';
import type { ContainerSpec } from '../../model/spec';
import type { Trace } from '../../model/trace';
import type { Bilingual, NarrationItem } from './types';

/** The part of ParseResult narration needs (kept structural so tests can pass a fake). */
export interface Locator {
  locate(path: string): SourceRange | undefined;
}

/** A quoted field: `failureThreshold: 3, line 18` / `failureThreshold: 3，第 18 行`. */
export interface FieldQuote extends Bilingual {
  path: string;
  range?: SourceRange;
  /** Just the place: `line 18` / `第 18 行`, or `the default` / `默认值`. */
  where?: Bilingual;
}

export interface Ctx {
  trace: Trace;
  container(name: string | undefined): ContainerSpec | undefined;
  /** Quotes `path` (its last segment is the key shown) with `value`. */
  field(path: string, value: string | number): FieldQuote;
  /** Range of a path (or its nearest written parent). */
  rangeOf(path: string | undefined): SourceRange | undefined;
}

const parentOf = (path: string): string => path.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
const same = (a: SourceRange | undefined, b: SourceRange | undefined): boolean =>
  !!a && !!b && a.start.line === b.start.line && a.start.column === b.start.column &&
  a.end.line === b.end.line && a.end.column === b.end.column;

/** Builds the context for one trace (and, optionally, the parse of the same manifest text). */
export function makeCtx(trace: Trace, parse?: Locator): Ctx {
  const byName = new Map<string, ContainerSpec>();
  for (const c of [...trace.pod.initContainers, ...trace.pod.containers]) byName.set(c.name, c);
  const rangeOf = (path: string | undefined): SourceRange | undefined => {
    if (!path || !parse) return undefined;
    try {
      return parse.locate(path);
    } catch {
      return undefined;
    }
  };
  return {
    trace,
    container: (name) => (name === undefined ? undefined : byName.get(name)),
    rangeOf,
    field(path, value) {
      const key = path.slice(path.lastIndexOf('.') + 1);
      const range = rangeOf(path);
      // locate() falls back to the deepest written parent: equal ranges mean the field is not
      // written, i.e. the value is the Kubernetes default (SetDefaults_*).
      const written = !!range && !same(range, rangeOf(parentOf(path)));
      if (!parse) return { path, en: `${key}: ${value}`, zh: `${key}: ${value}` };
      if (!written) return { path, ...(range ? { range } : {}), where: { en: 'the default', zh: '默认值' }, en: `${key}: ${value} by default`, zh: `${key}: ${value}，默认值` };
      const line = range.start.line;
      return { path, range, where: { en: `line ${line}`, zh: `第 ${line} 行` }, en: `${key}: ${value}, line ${line}`, zh: `${key}: ${value}，第 ${line} 行` };
    },
  };
}

/** ` (line 6)` / `（第 6 行）`, empty without a parse. */
export function where(q: FieldQuote): Bilingual {
  return q.where ? { en: ` (${q.where.en})`, zh: `（${q.where.zh}）` } : { en: '', zh: '' };
}

/** `20 s` / `20 秒` (one decimal when not whole). */
export function secs(ms: number): Bilingual {
  const s = Math.round(ms / 100) / 10;
  return { en: `${s} s`, zh: `${s} 秒` };
}

/** An item with the field's path and range filled in from a quote. */
export function withField(item: Omit<NarrationItem, 'fieldPath' | 'range'>, quote: FieldQuote | undefined): NarrationItem {
  if (!quote) return item;
  return { ...item, fieldPath: quote.path, ...(quote.range ? { range: quote.range } : {}) };
}

/** Chinese name of a probe type (the English keyword stays: Kubernetes terms are not translated). */
export const probeZh = { liveness: '存活探针', readiness: '就绪探针', startup: '启动探针' } as const;
