/**
 * Deeply nested YAML. The yaml library's composer recurses once per level and overflowed near
 * 1000 levels ("yaml: Maximum call stack size exceeded", at some arbitrary line), before our
 * MAX_DEPTH check could speak. A pre-scan now refuses block nesting past MAX_DEPTH with a plain
 * message at the line of the first level too deep; it must never refuse a valid manifest.
 */
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, excessiveBlockDepth, parseSource } from '@/engine/manifest/source';

const deepMap = (n: number) => Array.from({ length: n }, (_, i) => '  '.repeat(i) + 'a:').join('\n') + ' 1\n';
const deepSeq = (n: number) => Array.from({ length: n }, (_, i) => '  '.repeat(i) + '-').join('\n') + ' 1\n';
const deepSeqOneLine = (n: number) => '- '.repeat(n) + '1\n';
const deepMixed = (n: number) => Array.from({ length: n }, (_, i) => '  '.repeat(i) + (i % 2 ? '- k:' : 'k:')).join('\n') + ' 1\n';
const deepFlow = (n: number) => 'a: ' + '['.repeat(n) + ']'.repeat(n) + '\n';

describe('deep nesting: a plain Y003 at the right line, never a stack overflow', () => {
  const rows: [string, string, number][] = [
    ['1500-level block maps', deepMap(1500), MAX_DEPTH + 1],
    ['3000-level block sequences', deepSeq(3000), MAX_DEPTH + 1],
    ['1500 `- ` on one line', deepSeqOneLine(1500), 1],
    ['1500 levels of alternating maps and sequence items', deepMixed(1500), 0],
    ['1500 levels of flow sequences', deepFlow(1500), 1],
  ];
  it.each(rows)('%s', (_name, text, line) => {
    const { diagnostics } = parseSource(text);
    expect(diagnostics).toHaveLength(1);
    const d = diagnostics[0]!;
    expect(d.code).toBe('Y003');
    expect(d.message).toBe(`yaml: the document is nested deeper than ${MAX_DEPTH} levels`);
    expect(d.message).not.toMatch(/stack/i);
    if (line > 0) expect(d.range?.start.line).toBe(line);
    else expect(d.range?.start.line).toBeLessThanOrEqual(MAX_DEPTH + 1);
  });

  it('block nesting just inside the limit is accepted; one level more is refused', () => {
    expect(parseSource(deepMap(MAX_DEPTH - 1)).diagnostics).toEqual([]);
    expect(excessiveBlockDepth(deepMap(MAX_DEPTH))).toBeUndefined();
    expect(excessiveBlockDepth(deepMap(MAX_DEPTH + 1))).toBeDefined();
  });

  it('block + flow nesting past the limit is refused by the converter at the culprit line, not line 1', () => {
    const text = 'a:\n' + Array.from({ length: 90 }, (_, i) => ' '.repeat(i + 2) + 'k:').join('\n') + ' ' + '['.repeat(20) + ']'.repeat(20) + '\n';
    const d = parseSource(text).diagnostics;
    expect(d.map((x) => x.code)).toEqual(['Y003']);
    expect(d[0]!.range?.start.line).toBe(91);
  });

  it('never refuses a valid manifest: block scalar bodies and multi-line strings do not count as levels', () => {
    const script = Array.from({ length: 150 }, (_, i) => ' '.repeat(8 + i) + `k${i}: v`).join('\n');
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: p
  annotations:
    note: |
${script}
spec:
  containers:
  - name: c
    image: busybox
    command:
    - sh
    - -c
    - >-
${script}
`;
    expect(excessiveBlockDepth(text)).toBeUndefined();
    expect(parseSource(text).diagnostics).toEqual([]);
  });

  it('the pre-scan stays linear on long lines (a quadratic regex would hang past the test timeout)', () => {
    expect(excessiveBlockDepth('k' + ' '.repeat(300_000) + 'x: 1\n')).toBeUndefined();
    expect(excessiveBlockDepth('"' + ' '.repeat(300_000) + 'x: 1\n')).toBeUndefined();
    expect(excessiveBlockDepth('k: ' + 'a:'.repeat(300_000) + '\n')).toBeUndefined();
  });
});
