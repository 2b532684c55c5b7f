/** `podlife explain`: a real Pod object (YAML or JSON, one or many) → phase, kubectl columns, why. */
import type { Document, LineCounter } from 'yaml';
import { explain, findPath, locatedRange, parsePath, parseSource } from '../engine';
import type { ExplainResult, Segment } from '../engine';
import { InputError, type ExplainArgs } from './args';
import { formatExplainText } from './format';
import type { Io } from './io';

type Doc = {
  value: unknown;
  where: string;
  /** Where the document lives in the source, so field errors can carry a line and column. */
  src: { file: string; doc: Document; lineCounter: LineCounter; prefix: Segment[] };
};

/**
 * The documents of a file, with `kind: List` expanded into its items. Read with the engine's hardened
 * YAML reader (alias, depth and node limits; YAML 1.1 like kubectl). Throws InputError on bad YAML/JSON.
 */
export function readDocuments(file: string, text: string): Doc[] {
  const parsed = parseSource(text);
  const err = parsed.diagnostics.find((d) => d.severity === 'error');
  if (err) {
    const where = err.range ? `${file}:${err.range.start.line}:${err.range.start.column}` : file;
    throw new InputError(`${where}: ${err.message}`);
  }
  const out: Doc[] = [];
  const n = parsed.docs.length;
  for (const { doc, value, index } of parsed.docs) {
    if (value === null || value === undefined) continue;
    const where = n > 1 ? `${file} (document ${index + 1})` : file;
    const src = (prefix: Segment[]) => ({ file, doc, lineCounter: parsed.lineCounter, prefix });
    const kind = (value as { kind?: unknown }).kind;
    const items = (value as { items?: unknown }).items;
    if (typeof kind === 'string' && kind.endsWith('List') && items !== undefined) {
      if (!Array.isArray(items)) throw new InputError(`${located(src([]), ['items']) ?? where}: items: must be a list`);
      items.forEach((item, j) => out.push({ value: item, where: `${where} items[${j}]`, src: src(['items', j]) }));
    } else {
      out.push({ value, where, src: src([]) });
    }
  }
  return out;
}

/** `file:line:col` of a field path inside a document, or undefined when it cannot be placed. */
function located(src: Doc['src'], path: Segment[]): string | undefined {
  const loc = findPath(src.doc, [...src.prefix, ...path]);
  const range = locatedRange(src.lineCounter, loc, true);
  return range ? `${src.file}:${range.start.line}:${range.start.column}` : undefined;
}

/** A field error from explain (`spec.containers: must be a list`) with the line of that field. */
function fieldError(d: Doc, message: string): InputError {
  const m = /^([A-Za-z0-9_.[\]-]+): /.exec(message);
  let segs: Segment[] | undefined;
  try {
    segs = m?.[1] ? parsePath(m[1]) : undefined;
  } catch {
    segs = undefined;
  }
  const at = segs ? located(d.src, segs) : undefined;
  return new InputError(`${at ?? d.where}: ${message}`);
}

/** Runs `explain`; returns the exit code. */
export function explainCommand(args: ExplainArgs, io: Io, now: number): number {
  const docs = readDocuments(args.file, io.readFile(args.file));
  if (docs.length === 0) throw new InputError(`${args.file}: no documents found`);
  const results: ExplainResult[] = docs.map((d) => {
    try {
      return explain(d.value, now);
    } catch (e) {
      throw fieldError(d, (e as Error).message);
    }
  });
  if (args.format === 'json') {
    io.stdout(JSON.stringify(results.length === 1 ? results[0] : results, null, 2) + '\n');
  } else {
    io.stdout(formatExplainText(results));
  }
  return 0;
}
