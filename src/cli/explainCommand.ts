/** `podlife explain`: a real Pod object (YAML or JSON, one or many) → phase, kubectl columns, why. */
import { parseAllDocuments } from 'yaml';
import { explain } from '../engine';
import type { ExplainResult } from '../engine';
import { InputError, type ExplainArgs } from './args';
import { formatExplainText } from './format';
import type { Io } from './io';

type Doc = { value: unknown; where: string };

/** The documents of a file, with `kind: List` expanded into its items. Throws InputError on bad YAML/JSON. */
export function readDocuments(file: string, text: string): Doc[] {
  const docs = parseAllDocuments(text, { prettyErrors: true });
  if (!Array.isArray(docs)) return []; // an empty stream
  const out: Doc[] = [];
  docs.forEach((doc, i) => {
    const err = doc.errors[0];
    if (err) {
      const pos = err.linePos?.[0];
      const where = pos ? `${file}:${pos.line}:${pos.col}` : file;
      throw new InputError(`${where}: ${err.message.split('\n')[0]}`);
    }
    const value: unknown = doc.toJS();
    if (value === null || value === undefined) return;
    const where = docs.length > 1 ? `${file} (document ${i + 1})` : file;
    const kind = (value as { kind?: unknown }).kind;
    const items = (value as { items?: unknown }).items;
    if (typeof kind === 'string' && kind.endsWith('List') && items !== undefined) {
      if (!Array.isArray(items)) throw new InputError(`${where}: items: must be a list`);
      items.forEach((item, j) => out.push({ value: item, where: `${where} items[${j}]` }));
    } else {
      out.push({ value, where });
    }
  });
  return out;
}

/** Runs `explain`; returns the exit code. */
export function explainCommand(args: ExplainArgs, io: Io, now: number): number {
  const docs = readDocuments(args.file, io.readFile(args.file));
  if (docs.length === 0) throw new InputError(`${args.file}: no documents found`);
  const results: ExplainResult[] = docs.map((d) => {
    try {
      return explain(d.value, now);
    } catch (e) {
      throw new InputError(`${d.where}: ${(e as Error).message}`);
    }
  });
  if (args.format === 'json') {
    io.stdout(JSON.stringify(results.length === 1 ? results[0] : results, null, 2) + '\n');
  } else {
    io.stdout(formatExplainText(results));
  }
  return 0;
}
