/**
 * Hostile and broken manifests, end to end through the same function the Web Worker runs
 * (src/state/runOnce.ts → parseManifest → simulate). Each row names the input and the clear outcome
 * the user gets: an error diagnostic (with its code, and a line where the parser has one), an
 * informational "nothing to simulate", or a trace. Never an exception, never a hang.
 */
import { describe, expect, it } from 'vitest';
import { runOnce, type RunResponse } from '@/state/runOnce';

const run = (text: string, until = 120_000): RunResponse =>
  runOnce({ id: 1, text, interventions: [], seed: 1, until });

const pod = (spec = '', command = '["sleep","3600"]', name = 'p') => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
${spec}  containers:
  - name: c
    image: busybox
    command: ${command}
`;

/** A fixed pseudo-random byte soup (no Math.random: the test must be reproducible). */
const garbage = (n: number) => String.fromCharCode(...Array.from({ length: n }, (_, i) => (i * 7919 + 13) % 256));

const aliasBomb = ['a: &a [x,x,x,x,x,x,x,x,x]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]'].join('\n');

type Outcome = { error: string | RegExp; line?: number } | { info: string } | { trace: true; warning?: string };

const table: [string, () => string, Outcome][] = [
  ['a manifest over 5 MB is refused before parsing (Y010)', () => pod() + '#'.repeat(5 * 1024 * 1024), { error: 'Y010', line: 1 }],
  ['2 MB of nested flow brackets (Y003, depth limit)', () => 'a: ' + '['.repeat(2_000_000), { error: 'Y003' }],
  ['3000 levels of block nesting give a YAML error, not a stack overflow crash', () =>
    Array.from({ length: 3000 }, (_, i) => ' '.repeat(i) + 'k:').join('\n'), { error: /^Y0/ }],
  ['an alias bomb (9^5 expansions) is refused (Y003)', () => aliasBomb, { error: 'Y003', line: 1 }],
  ['3000 containers: apiserver "Too many" on spec.containers (V055)', () =>
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n' +
    Array.from({ length: 3000 }, (_, i) => `  - name: c${i}\n    image: busybox\n`).join(''), { error: 'V055', line: 7 }],
  ['negative terminationGracePeriodSeconds (V051, validation.go)', () => pod('  terminationGracePeriodSeconds: -5\n'), { error: 'V051', line: 6 }],
  ['negative activeDeadlineSeconds (V052)', () => pod('  activeDeadlineSeconds: -1\n'), { error: 'V052', line: 6 }],
  ['a ConfigMap alone: nothing to simulate (K010)', () => 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: b\n', { info: 'K010' }],
  ['an unknown custom kind is ignored with a warning, nothing to simulate (K010)', () =>
    'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: x\n', { info: 'K010' }],
  ['4 KB of binary garbage (K002, as kubectl: cannot get version/kind)', () => garbage(4000), { error: 'K002', line: 1 }],
  ['a name that is HTML is an invalid DNS name (V061), kept as data', () => pod('', '["sleep","1"]', '"<img src=x onerror=alert(1)>"'), { error: 'V061', line: 4 }],
  ['a shell script that loops forever still yields a trace, with a runaway-loop warning (R006)', () =>
    pod('', '["sh","-c","while true; do :; done"]'), { trace: true, warning: 'R006' }],
  // Hardening §2: the yaml composer overflowed its stack near 1000 levels; now a plain Y003 at the line.
  ['1500 levels of block maps: "nested deeper than 100 levels" at line 101, no stack overflow (Y003)', () =>
    Array.from({ length: 1500 }, (_, i) => '  '.repeat(i) + 'a:').join('\n') + ' 1\n', { error: 'Y003', line: 101 }],
  ['1500 levels of block sequences (Y003 at line 101)', () =>
    Array.from({ length: 1500 }, (_, i) => '  '.repeat(i) + '-').join('\n') + ' 1\n', { error: 'Y003', line: 101 }],
  ['1500 `- ` sequence indicators on one line (Y003 at line 1)', () => '- '.repeat(1500) + 'x\n', { error: 'Y003', line: 1 }],
  ['1500 levels of flow maps inside a Pod field (Y003 at its line)', () =>
    pod('  nodeSelector: ' + '{a: '.repeat(1500) + '1' + '}'.repeat(1500) + '\n'), { error: 'Y003', line: 6 }],
  ['a fork bomb `:(){ :|:& };:` for an hour still yields a trace', () => pod('', '[sh, -c, ":(){ :|:& };:"]'), { trace: true }],
  ['a fork loop `while true; do sleep 0 & done` for an hour: trace with a runaway warning (R006)', () =>
    pod('', '[sh, -c, "while true; do sleep 0 & done"]'), { trace: true, warning: 'R006' }],
  ['a recursive fork bomb `f() { f & f & }; f` for an hour (R006)', () => pod('', '[sh, -c, "f() { f & f & }; f; sleep 3600"]'), { trace: true, warning: 'R006' }],
  ['endless shell recursion `f() { f; }; f` crashes the shell like dash (139), a trace with R006', () =>
    pod('', '[sh, -c, "f() { f; }; f"]'), { trace: true, warning: 'R006' }],
  ['3000 nested subshells in a command: a shell syntax error, the container exits 2', () =>
    pod('', JSON.stringify(['sh', '-c', '('.repeat(3000) + 'true' + ')'.repeat(3000)])), { trace: true }],
  ['a variable doubled every second: "out of memory" after 8 MiB, never a page crash', () =>
    pod('', '[sh, -c, "x=a; while true; do x=\\"$x$x\\"; sleep 1; done"]'), { trace: true }],
];

describe('hostile manifests: a clear outcome for each, never an exception', () => {
  it.each(table)('%s', (_name, make, outcome) => {
    const res = run(make(), 3_600_000);
    // No raw engine/library failure text ever reaches the user (stack overflows, internal errors).
    for (const d of res.diagnostics) expect(d.message).not.toMatch(/call stack|internal error/i);
    expect(res.error).toBeNull();
    if ('error' in outcome) {
      expect(res.trace).toBeNull();
      const d = res.diagnostics.find((x) => x.severity === 'error' &&
        (typeof outcome.error === 'string' ? x.code === outcome.error : outcome.error.test(x.code)));
      expect(d, JSON.stringify(res.diagnostics.slice(0, 3))).toBeDefined();
      expect(d!.message.length).toBeGreaterThan(10);
      if (outcome.line !== undefined) expect(d!.range?.start.line).toBe(outcome.line);
    } else if ('info' in outcome) {
      expect(res.trace).toBeNull();
      expect(res.diagnostics.some((x) => x.code === outcome.info)).toBe(true);
      expect(res.diagnostics.some((x) => x.severity === 'error')).toBe(false);
    } else {
      expect(res.trace).not.toBeNull();
      if (outcome.warning) expect(res.diagnostics.some((x) => x.code === outcome.warning)).toBe(true);
      // Bounded output: a simulated hour of a hostile script is still a small trace.
      expect(JSON.stringify(res.trace).length).toBeLessThan(2_000_000);
    }
  });

  it('a YAML syntax error inserted at any line is an error diagnostic with a line, never an exception', () => {
    const base = pod('  restartPolicy: Always\n').split('\n');
    const broken = ['key: [unclosed', '  - : :', '\t tab indent: x', 'k: "unterminated', '? ] }'];
    for (let at = 0; at < base.length; at++) {
      for (const bad of broken) {
        const lines = [...base];
        lines.splice(at, 0, bad);
        const res = run(lines.join('\n'));
        expect(res.error, `${bad} at ${at + 1}`).toBeNull();
        const errors = res.diagnostics.filter((d) => d.severity === 'error');
        expect(errors.length, `${bad} at line ${at + 1}`).toBeGreaterThan(0);
        expect(res.trace).toBeNull();
        for (const e of errors) expect(e.range?.start.line ?? 1).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('a huge integer (beyond int64) never throws and gives a deterministic outcome', () => {
    const text = pod('  terminationGracePeriodSeconds: 99999999999999999999999\n');
    const a = run(text);
    const b = run(text);
    expect(a.error).toBeNull();
    expect(JSON.stringify(a.diagnostics)).toBe(JSON.stringify(b.diagnostics));
    expect(a.trace === null).toBe(b.trace === null);
  });

  it('empty and whitespace-only text: nothing to simulate, no crash', () => {
    for (const text of ['', '   \n\n', '---\n---\n']) {
      const res = run(text);
      expect(res.error).toBeNull();
      expect(res.trace).toBeNull();
      expect(res.diagnostics.length).toBeGreaterThan(0);
    }
  });
});
