/**
 * YAML text → documents with source ranges. Uses `yaml` (eemeli) with YAML 1.1 rules, because
 * Kubernetes decodes manifests with a go-yaml v2 fork (sigs.k8s.io/yaml): `no` is a boolean there,
 * timestamps stay strings (they are turned into JSON strings before the API types see them).
 * The work is bounded: alias expansions, nesting depth and node count are capped.
 */
import { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments } from 'yaml';
import type { Document, Node as YamlNode, Pair } from 'yaml';
import type { Diagnostic, SourceRange } from '../model/diagnostics';
import type { Segment } from './path';

export const MAX_ALIAS_COUNT = 100;
export const MAX_DEPTH = 100;
export const MAX_NODES = 500_000;

export interface SourceDoc {
  index: number;
  doc: Document;
  /** Plain JSON-like value of the document (undefined if it could not be converted). */
  value: unknown;
  range: SourceRange;
}

export interface ParsedSource {
  docs: SourceDoc[];
  lineCounter: LineCounter;
  diagnostics: Diagnostic[];
}

class LimitError extends Error {
  /** Where the limit was hit (source offset), when the node has a range. */
  constructor(message: string, readonly at?: number) {
    super(message);
  }
}

/** Converts a byte offset into a 1-based position. */
export function position(lc: LineCounter, offset: number): { line: number; column: number } {
  const p = lc.linePos(offset);
  return { line: Math.max(1, p.line), column: Math.max(1, p.col) };
}

export function rangeOf(lc: LineCounter, start: number, end: number): SourceRange {
  const s = position(lc, start);
  const e = position(lc, Math.max(start, end));
  // Block nodes end at the start of the next line; end them on their own last line instead.
  if (e.column === 1 && e.line > s.line) {
    const prevStart = lc.lineStarts[e.line - 2] ?? 0;
    const thisStart = lc.lineStarts[e.line - 1] ?? prevStart;
    return { start: s, end: { line: e.line - 1, column: Math.max(1, thisStart - prevStart) } };
  }
  return { start: s, end: e };
}

/**
 * Deepest `[`/`{` nesting outside quotes. yaml parses a 2 MB `[[[[…` for many seconds before its
 * stack gives out, so flow nesting beyond MAX_DEPTH is refused before parsing (offset of the culprit).
 */
export function excessiveFlowDepth(text: string): number | undefined {
  let depth = 0;
  let quote = '';
  let prev = '\n';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = '';
      else if (ch === '\n' && quote === '#') quote = '';
    } else if ((ch === '"' || ch === "'") && /[\s[{,:]/.test(prev)) quote = ch;
    else if (ch === '#' && /\s/.test(prev)) quote = '#';
    else if (ch === '[' || ch === '{') {
      if (++depth > MAX_DEPTH) return i;
    } else if ((ch === ']' || ch === '}') && depth > 0) depth--;
    prev = ch ?? '';
  }
  return undefined;
}

/** A structural token that opens a nesting level: a `- ` sequence entry or a `key:` map entry. */
// (No `[ \t]*` before the `:`: the lazy `[^#]*?` already takes blanks, and both together backtrack quadratically.)
const BLOCK_KEY = /^(?:"(?:[^"\\]|\\.)*"[ \t]*|'(?:[^']|'')*'[ \t]*|[^\s#\-?:,[\]{}'"|>!&*%@`][^#]*?|-[^\s][^#]*?):(?=[ \t]|$)/;
/** The value indicator of a block scalar (`|`, `>-`, `|2+` …) at the end of an entry, before any comment. */
const BLOCK_SCALAR = /(?:^|[ \t])[|>][0-9+-]*[ \t]*(?:#.*)?$/;

/**
 * Deepest block (indentation) nesting, counting only lines that open a level (`- ` entries and
 * `key:` entries, several on one line for `- - a:`), and skipping block scalar bodies. yaml's
 * composer recurses once per level and overflows the stack near 1000, before toPlain's depth check
 * could speak; so a document nested beyond MAX_DEPTH is refused first (offset of the culprit).
 * A plain multi-line scalar cannot continue with `key: …` (`: ` ends a plain scalar), so only a
 * quoted multi-line string whose lines look like entries could be over-counted, and only past 100
 * such levels: in practice what this refuses, toPlain would refuse too.
 */
export function excessiveBlockDepth(text: string): number | undefined {
  const stack: number[] = [];
  let scalarParent = -1; // inside a block scalar opened by an entry at this column
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    let col = 0;
    while (line[col] === ' ') col++;
    const blank = col === line.length || line[col] === '#' || line[col] === '\r';
    if (scalarParent >= 0 && (blank || col > scalarParent)) {
      lineStart = lineEnd + 1;
      continue;
    }
    scalarParent = -1;
    if (!blank) {
      if (col === 0 && (line.startsWith('---') || line.startsWith('...'))) stack.length = 0;
      let rest = line.slice(col);
      let opened = -1;
      const open = (at: number): boolean => {
        while (stack.length > 0 && (stack[stack.length - 1] as number) >= at) stack.pop();
        stack.push(at);
        opened = at;
        return stack.length > MAX_DEPTH;
      };
      // `- ` entries, possibly several on one line (`- - - x`), then at most one `key:`.
      for (;;) {
        const dash = /^-(?:[ \t]+|$)/.exec(rest);
        if (!dash) break;
        if (open(col)) return lineStart + col;
        col += dash[0].length;
        rest = rest.slice(dash[0].length);
      }
      const key = BLOCK_KEY.exec(rest);
      if (key && open(col)) return lineStart + col;
      if (opened >= 0 && BLOCK_SCALAR.test(rest)) scalarParent = opened;
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
}

/** A Y003 "nested too deeply" diagnostic at `offset`, with only the lines before it counted. */
function tooDeep(text: string, offset: number, lineCounter: LineCounter): Diagnostic {
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
  const at = position(lineCounter, offset);
  return { severity: 'error', code: 'Y003', message: `yaml: the document is nested deeper than ${MAX_DEPTH} levels`, range: { start: at, end: at }, documentIndex: 0 };
}

/** Parses every `---` document; never throws. */
export function parseSource(text: string): ParsedSource {
  const lineCounter = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  const docs: SourceDoc[] = [];
  const deep = excessiveFlowDepth(text) ?? excessiveBlockDepth(text);
  if (deep !== undefined) {
    diagnostics.push(tooDeep(text, deep, lineCounter));
    return { docs, lineCounter, diagnostics };
  }
  const parsed = parseAllDocuments(text, {
    lineCounter,
    version: '1.1',
    // go-yaml → JSON keeps timestamps as strings; !!timestamp would give Date objects.
    customTags: (tags) => tags.filter((t) => typeof t !== 'object' || t.tag !== 'tag:yaml.org,2002:timestamp'),
    prettyErrors: true,
    // yaml's own duplicate check is quadratic in the keys of a map; toPlain checks with a Set.
    uniqueKeys: false,
  });
  const list = Array.isArray(parsed) ? parsed : [];
  list.forEach((doc, index) => {
    const [start, , end] = doc.range;
    const range = rangeOf(lineCounter, start, end);
    for (const e of [...doc.errors, ...doc.warnings]) {
      const [a, b] = e.pos;
      // Safety net: a shape the pre-scans missed still must not surface as a raw stack overflow.
      if (/call stack|too much recursion/i.test(e.message)) {
        diagnostics.push({ severity: 'error', code: 'Y003', message: `yaml: the document is nested too deeply to read (more than ${MAX_DEPTH} levels)`, range: rangeOf(lineCounter, a, b), documentIndex: index });
        continue;
      }
      diagnostics.push({
        severity: doc.errors.includes(e as never) ? 'error' : 'warning',
        code: e.name === 'YAMLWarning' ? 'Y002' : 'Y001',
        // The range carries the position; drop yaml's " at line N, column M:" suffix.
        message: `yaml: ${(e.message.split('\n')[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, '')}`,
        range: rangeOf(lineCounter, a, b),
        documentIndex: index,
      });
    }
    let value: unknown = undefined;
    if (doc.errors.length === 0) {
      try {
        const dups: Pair[] = [];
        value = toPlain(doc, doc.contents, { aliases: 0, nodes: 0, dups }, 0);
        for (const pair of dups.slice(0, 50)) {
          const k = pair.key as YamlNode;
          const r = k.range ?? [start, start];
          const key = isScalar(k) ? String(k.value) : '';
          diagnostics.push({ severity: 'error', code: 'Y004', message: `yaml: mapping key "${key}" already defined`, range: rangeOf(lineCounter, r[0], r[1]), documentIndex: index });
        }
      } catch (e) {
        const msg = e instanceof LimitError ? e.message : e instanceof RangeError ? `yaml: the document is nested too deeply to read (more than ${MAX_DEPTH} levels)` : 'yaml: the document could not be read';
        const at = e instanceof LimitError ? e.at : undefined;
        diagnostics.push({ severity: 'error', code: 'Y003', message: msg, range: at === undefined ? range : rangeOf(lineCounter, at, at), documentIndex: index });
        value = undefined;
      }
    }
    docs.push({ index, doc, value, range });
  });
  return { docs, lineCounter, diagnostics };
}

interface Budget {
  aliases: number;
  nodes: number;
  /** Map entries whose key repeats an earlier key of the same map. */
  dups: Pair[];
}

function setKey(obj: Record<string, unknown>, key: string, value: unknown): void {
  // defineProperty so that a `__proto__` key stays data, not a prototype change.
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

function toPlain(doc: Document, node: unknown, budget: Budget, depth: number): unknown {
  if (depth > MAX_DEPTH) throw new LimitError(`yaml: the document is nested deeper than ${MAX_DEPTH} levels`, (node as { range?: [number, number, number] } | null)?.range?.[0]);
  if (++budget.nodes > MAX_NODES) throw new LimitError(`yaml: the document has more than ${MAX_NODES} nodes`);
  if (node === null || node === undefined) return null;
  if (isAlias(node)) {
    if (++budget.aliases > MAX_ALIAS_COUNT) {
      throw new LimitError(`yaml: more than ${MAX_ALIAS_COUNT} alias expansions (a resource exhaustion attack?)`);
    }
    return toPlain(doc, node.resolve(doc), budget, depth + 1);
  }
  if (isScalar(node)) {
    const v = node.value;
    if (typeof v === 'bigint') return Number(v);
    if (v instanceof Uint8Array) return node.source ?? '';
    if (typeof v === 'object' && v !== null) return String(node.source ?? '');
    return v;
  }
  if (isSeq(node)) return node.items.map((it) => toPlain(doc, it, budget, depth + 1));
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    const seen = new Set<string>();
    for (const pair of node.items) {
      const key = keyString(doc, pair.key, budget, depth);
      if (key !== '<<' && seen.has(key)) budget.dups.push(pair);
      seen.add(key);
      const value = toPlain(doc, pair.value, budget, depth + 1);
      if (key === '<<' && isPair(pair)) {
        // YAML 1.1 merge keys, as go-yaml v2 applies them: earlier explicit keys win.
        for (const m of Array.isArray(value) ? value : [value]) {
          if (typeof m === 'object' && m !== null && !Array.isArray(m)) {
            for (const [k, v] of Object.entries(m)) if (!(k in out)) setKey(out, k, v);
          }
        }
        continue;
      }
      setKey(out, key, value);
    }
    return out;
  }
  return null;
}

function keyString(doc: Document, key: unknown, budget: Budget, depth: number): string {
  if (isScalar(key)) return key.value === null ? 'null' : String(key.source ?? key.value);
  const v = toPlain(doc, key, budget, depth + 1);
  return typeof v === 'string' ? v : JSON.stringify(v) ?? 'null';
}

/** What a field path points at in a document: the value node, and the key node if it is a map entry. */
export interface Located {
  node?: YamlNode;
  key?: YamlNode;
  /** How many segments were found; less than the path length means the path ends in a missing field. */
  found: number;
}

/** Follows a field path through the YAML AST as far as it exists. */
export function findPath(doc: Document, segments: readonly Segment[]): Located {
  let node: unknown = doc.contents;
  let key: YamlNode | undefined;
  let found = 0;
  let last: Located = { node: isNode(node) ? node : undefined, found: 0 };
  for (const seg of segments) {
    if (isAlias(node)) node = node.resolve(doc);
    let next: unknown = undefined;
    let nextKey: YamlNode | undefined;
    if (typeof seg === 'number' && isSeq(node)) {
      next = node.items[seg];
    } else if (isMap(node)) {
      const pair = node.items.find((p: Pair) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (pair) {
        next = pair.value ?? null;
        nextKey = pair.key as YamlNode;
      }
    }
    if (next === undefined || (next === null && !nextKey)) break;
    node = next;
    key = nextKey;
    found++;
    last = { node: isNode(node) ? node : undefined, key, found };
  }
  return last;
}

function isNode(v: unknown): v is YamlNode {
  return isScalar(v) || isMap(v) || isSeq(v) || isAlias(v);
}

/** Range of a located field: the value (or the key if asked, or if the value is empty). */
export function locatedRange(lc: LineCounter, loc: Located, preferKey = false): SourceRange | undefined {
  const n = preferKey && loc.key ? loc.key : (loc.node ?? loc.key);
  const r = n?.range;
  if (!r) return undefined;
  // An empty value (`image:`) has a zero-width range; point at the key instead.
  if (r[0] === r[1] && loc.key?.range) return rangeOf(lc, loc.key.range[0], loc.key.range[1]);
  return rangeOf(lc, r[0], r[1]);
}
