/**
 * Where the `podlife/behavior` annotation's inner YAML sits in the manifest: its text, and a map
 * from offsets inside that text back to manifest lines and columns (so diagnostics land on the
 * annotation's own lines, not on line 1 of a separate document).
 */
import { isScalar } from 'yaml';
import type { LineCounter, Node as YamlNode } from 'yaml';
import type { SourceRange } from '../model/diagnostics';
import { position, rangeOf } from './source';

export interface InnerSource {
  text: string;
  /** Inner [start, end) offsets → a manifest range. */
  toRange(start: number, end: number): SourceRange;
}

/** Builds the inner source for a string annotation value; undefined when it is not a string scalar. */
export function innerSource(fullText: string, lc: LineCounter, node: YamlNode): InnerSource | undefined {
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined;
  const text = node.value;
  const [start, end] = node.range;
  const whole = rangeOf(lc, start, end);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const innerPos = (off: number): { line: number; col: number } => {
    let line = 0;
    while (line + 1 < lineStarts.length && (lineStarts[line + 1] ?? Infinity) <= off) line++;
    return { line, col: off - (lineStarts[line] ?? 0) };
  };
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
    // Content starts on the line after the `|` header, indented by the block's indentation.
    const header = position(lc, start);
    const body = fullText.slice(start, end).split('\n').slice(1);
    const indents = body.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length);
    const indent = indents.length ? Math.min(...indents) : 0;
    const map = (off: number) => {
      const p = innerPos(off);
      return { line: header.line + 1 + p.line, column: indent + p.col + 1 };
    };
    return { text, toRange: (a, b) => ({ start: map(a), end: map(Math.max(a, b)) }) };
  }
  if (!text.includes('\n') && (node.type === 'PLAIN' || node.type === 'QUOTE_SINGLE' || node.type === 'QUOTE_DOUBLE')) {
    const base = position(lc, start);
    const shift = node.type === 'PLAIN' ? 0 : 1;
    const map = (off: number) => ({ line: base.line, column: base.column + shift + off });
    return { text, toRange: (a, b) => ({ start: map(a), end: map(Math.max(a, b)) }) };
  }
  // Multi-line quoted or folded text: escapes and folding break a simple offset map; use the whole value.
  return { text, toRange: () => whole };
}
