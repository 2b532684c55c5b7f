/**
 * Bad input of every kind yields diagnostics, never an exception, in bounded time
 * (ARCHITECTURE §7: "Every input, however bad, yields diagnostics or a trace — never an exception").
 * Time is not asserted (budgets are measured by the bench); a hang would hit Vitest's timeout.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { ParseResult } from '@/engine/manifest/parseManifest';
import { MAX_TEXT_LENGTH } from '@/engine/manifest/parseManifest';
import { errors, find, oneContainer, parseManifest } from './helpers';

function wellFormed(r: ParseResult): void {
  for (const d of r.diagnostics) {
    expect(typeof d.message).toBe('string');
    expect(['error', 'warning', 'info']).toContain(d.severity);
    if (d.range) {
      expect(d.range.start.line).toBeGreaterThanOrEqual(1);
      expect(d.range.start.column).toBeGreaterThanOrEqual(1);
    }
  }
  if (errors(r).length > 0) expect(r.pod).toBeUndefined();
}

describe('YAML syntax errors are placed on the line where the parser detects them', () => {
  it.each([
    ['an unclosed flow sequence (noticed where the next key starts)', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: [web\nspec: {}\n', 5],
    ['a tab used for indentation', 'apiVersion: v1\nkind: Pod\nmetadata:\n\tname: web\n', 4],
    ['a more-indented line after a scalar (read as its continuation)', oneContainer('     badly: indented\n   worse: 1\n'), 8],
    ['a duplicate key (the second one)', 'apiVersion: v1\nkind: Pod\nkind: Pod\n', 3],
    ['an unterminated quote (noticed at the end of input)', 'apiVersion: v1\nkind: "Pod\nmetadata: {}\n', 4],
    ['a stray closing brace', 'apiVersion: v1\nkind: Pod\nmetadata: {name: x}}\n', 3],
  ])('%s', (_label, text, line) => {
    const r = parseManifest(text);
    const d = r.diagnostics.find((x) => x.code.startsWith('Y'));
    expect(d, r.diagnostics.map((x) => x.message).join('\n')).toBeDefined();
    expect(d?.severity).toBe('error');
    expect(d?.range?.start.line).toBe(line);
    expect(d?.message).not.toMatch(/at line \d+/);
    expect(r.pod).toBeUndefined();
  });
});

describe('hostile and empty input', () => {
  it.each([
    ['empty text', ''],
    ['only whitespace', '  \n\n'],
    ['only comments', '# nothing here\n'],
    ['null documents', '---\n---\n'],
  ])('%s → "no Kubernetes object"', (_label, text) => {
    const r = parseManifest(text);
    expect(find(r, 'no Kubernetes object').severity).toBe('error');
    expect(r.pod).toBeUndefined();
  });

  it.each([
    ['a scalar document', 'hello'],
    ['a list document', '- a\n- b\n'],
    ['a number', '42'],
  ])('%s → cannot get version/kind', (_label, text) => {
    expect(find(parseManifest(text), "couldn't get version/kind").severity).toBe('error');
  });

  it('text over 5 MB → one diagnostic, without parsing', () => {
    const r = parseManifest('a: b\n'.repeat(Math.ceil(MAX_TEXT_LENGTH / 5) + 10));
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]?.message).toContain('up to 5 MB');
  });

  it('an alias bomb is refused (more than 100 alias expansions)', () => {
    const lines = ['apiVersion: v1', 'kind: Pod', 'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (const [n, p] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e'], ['g', 'f'], ['h', 'g']]) lines.push(`${n}: &${n} [${Array(9).fill(`*${p}`).join(', ')}]`);
    const r = parseManifest(lines.join('\n'));
    expect(find(r, 'more than 100 alias expansions').severity).toBe('error');
  });

  it('deep flow nesting (2 MB of brackets) is refused before parsing', () => {
    const r = parseManifest(`${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`);
    expect(find(r, 'nested deeper than 100 levels').severity).toBe('error');
  });

  it('deep block nesting gives diagnostics', () => {
    const text = Array.from({ length: 400 }, (_, i) => `${' '.repeat(i)}k:`).join('\n');
    const r = parseManifest(text);
    expect(errors(r).length).toBeGreaterThan(0);
    wellFormed(r);
  });

  it('binary garbage gives diagnostics', () => {
    let s = '';
    let x = 7;
    for (let i = 0; i < 20_000; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      s += String.fromCharCode(x % 256);
    }
    const r = parseManifest(s);
    expect(errors(r).length).toBeGreaterThan(0);
    wellFormed(r);
  });

  it('a huge map of unknown fields gives a bounded number of diagnostics', () => {
    const keys = Array.from({ length: 10_000 }, (_, i) => `  k${i}: v\n`).join('');
    const r = parseManifest(`apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a, image: b}]\n${keys}`);
    expect(r.diagnostics.length).toBeLessThanOrEqual(302);
    expect(find(r, 'more than 300 problems in this object').code).toBe('K011');
    expect(r.pod).toBeDefined(); // only warnings so far
    const withError = parseManifest(`apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n${keys}  containers: [{name: a, image: b}]\n  restartPolicy: Sometimes\n`);
    expect(find(withError, 'more than 300 problems in this object').severity).toBe('error');
    expect(withError.pod).toBeUndefined();
  });

  it('a __proto__ key stays data', () => {
    const r = parseManifest(oneContainer('    __proto__: {polluted: true}\n'));
    expect(find(r, 'unknown field "spec.containers[0].__proto__"').severity).toBe('warning');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('wrong types at every level give diagnostics, never an exception', () => {
    const variants = [
      'apiVersion: v1\nkind: Pod\nmetadata: 5\nspec: []\n',
      'apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec: {containers: [5, "a", null, []]}\n',
      'apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec: {containers: [{name: 1, image: 2, ports: "80", env: {a: b}, livenessProbe: {httpGet: 3}}]}\n',
      'apiVersion: v1\nkind: Pod\nmetadata: {name: x, annotations: [1]}\nspec: {containers: [{name: a, image: b, lifecycle: {preStop: {exec: {command: "sh"}}}}]}\n',
      'apiVersion: 1\nkind: [Pod]\n',
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x}\nspec: {template: 7}\n',
      'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: {ports: [{port: "80"}, {port: 99999}, 3]}\n',
      'apiVersion: v1\nkind: List\nitems: [1, {kind: Pod}, {apiVersion: v1, kind: Pod, metadata: {name: p}, spec: {containers: {}}}]\n',
    ];
    for (const text of variants) {
      const r = parseManifest(text);
      expect(errors(r).length, text).toBeGreaterThan(0);
      wellFormed(r);
    }
  });
});

describe('properties (fast-check)', () => {
  it('arbitrary strings never throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        wellFormed(parseManifest(s));
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('arbitrary JSON-ish objects dumped to YAML never throw', () => {
    const pod = (spec: unknown) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue({ maxDepth: 6 }), fc.jsonValue({ maxDepth: 4 }).map(pod)), (v) => {
        wellFormed(parseManifest(stringify(v)));
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('mutated valid pods (fields replaced by arbitrary values) never throw', () => {
    const keys = ['containers', 'initContainers', 'volumes', 'restartPolicy', 'readinessGates', 'terminationGracePeriodSeconds'];
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 3 }), (key, v, probe) => {
        const spec: Record<string, unknown> = { containers: [{ name: 'a', image: 'b', livenessProbe: probe, lifecycle: { preStop: probe } }] };
        spec[key] = v;
        wellFormed(parseManifest(stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', annotations: { 'podlife/behavior': stringify({ a: v }) } }, spec })));
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});
