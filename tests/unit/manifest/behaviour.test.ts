/**
 * The `podlife/behavior` annotation (ARCHITECTURE §6 layer 1): parsed into Behaviours with
 * durations in ms, and diagnostics placed on the annotation's own lines in the manifest.
 */
import { describe, expect, it } from 'vitest';
import { parseDuration } from '@/engine/manifest/duration';
import { errors, find, lineOf, parseManifest } from './helpers';

function withBehaviour(body: string, kind: 'Pod' | 'Deployment' = 'Pod'): string {
  const ann = `podlife/behavior: |\n${body.replace(/^/gm, '      ').replace(/\s+$/, '')}\n`;
  const containers = '  - name: app\n    image: nginx\n  - name: side\n    image: busybox\n';
  if (kind === 'Pod') return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  annotations:\n    ${ann}spec:\n  containers:\n${containers}`;
  return (
    `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector: {matchLabels: {app: w}}\n  template:\n    metadata:\n      labels: {app: w}\n      annotations:\n` +
    `        ${ann.replace(/\n {6}/g, '\n          ')}    spec:\n      containers:\n${containers.replace(/^/gm, '    ')}`
  );
}

describe('durations', () => {
  it.each([
    [10, 10_000],
    ['10', 10_000],
    ['10s', 10_000],
    ['2m', 120_000],
    ['1h', 3_600_000],
    ['500ms', 500],
    ['1m30s', 90_000],
    [1.5, 1500],
    ['soon', undefined],
    ['-5s', undefined],
    [-1, undefined],
    ['', undefined],
  ])('%j → %j ms', (input, ms) => {
    expect(parseDuration(input)).toBe(ms);
  });
});

describe('a good annotation', () => {
  const text = withBehaviour(`app:
  startup: 5s
  exit: {after: 2m, code: 3}
  sigterm: ignore
  http:
    /healthz:
    - {from: 0, status: 503}
    - {from: 10s, status: 200}
    "*": 200
  tcp:
    "8080": [{from: 0, open: false}, {from: 3, open: true}]
  memory: {oomAfter: 90s}
  pull: {seconds: 2500ms}
  runs:
  - exit: {after: 1s, code: 1}
  - {}
side:
  sigterm: {exitAfter: 4s, code: 0}
  pull: {error: ErrImagePull}
`);
  const r = parseManifest(text);
  it('has no diagnostics', () => {
    expect(r.diagnostics).toEqual([]);
  });
  it('parses every field with durations in ms', () => {
    expect(r.behaviours).toEqual({
      app: {
        startup: 5000,
        exit: { after: 120_000, code: 3 },
        sigterm: 'ignore',
        http: { '/healthz': [{ from: 0, status: 503 }, { from: 10_000, status: 200 }], '*': [{ from: 0, status: 200 }] },
        tcp: { '8080': [{ from: 0, open: false }, { from: 3000, open: true }] },
        memory: { oomAfter: 90_000 },
        pull: { seconds: 2.5 },
        runs: [{ exit: { after: 1000, code: 1 } }, {}],
      },
      side: { sigterm: { exitAfter: 4000, code: 0 }, pull: { error: 'ErrImagePull' } },
    });
  });
  it('works on a Deployment pod template too', () => {
    const d = parseManifest(withBehaviour('app:\n  startup: 7\n', 'Deployment'));
    expect(d.diagnostics).toEqual([]);
    expect(d.behaviours).toEqual({ app: { startup: 7000 } });
  });
  it('a one-line flow value is read too', () => {
    const t = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  annotations:\n    podlife/behavior: '{app: {startup: 2s, bogus: 1}}'\nspec:\n  containers:\n  - {name: app, image: nginx}\n`;
    const p = parseManifest(t);
    expect(p.behaviours).toEqual({ app: { startup: 2000 } });
    const d = find(p, 'unknown key "bogus"');
    const line6 = t.split('\n')[5] ?? '';
    expect(d.range?.start).toEqual({ line: 6, column: line6.indexOf('bogus') + 1 });
  });
});

describe('http schedules: a hanging answer', () => {
  it('accepts `timeout` and 0 as "the request hangs" (stored as 0, which the runtime serves as no answer) next to real statuses', () => {
    const r = parseManifest(withBehaviour('app:\n  http:\n    /healthz: [{from: 0, status: 200}, {from: 20s, status: timeout}, {from: 40s, status: 0}]\n    /ready: timeout\n'));
    expect(errors(r)).toEqual([]);
    expect(r.behaviours['app']?.http).toEqual({
      '/healthz': [
        { from: 0, status: 200 },
        { from: 20_000, status: 0 },
        { from: 40_000, status: 0 },
      ],
      '/ready': [{ from: 0, status: 0 }],
    });
  });
  it('still rejects other words and codes below 100 (e.g. "slow", 42)', () => {
    for (const bad of ['slow', '42', '600']) {
      const r = parseManifest(withBehaviour(`app:\n  http:\n    /: ${bad}\n`));
      expect(find(r, 'or "timeout" (0)').severity, bad).toBe('error');
    }
  });
});

describe('bad annotations: diagnostics on the annotation\'s own lines', () => {
  it.each([
    ['an unknown key', 'app:\n  startup: 5s\n  startupp: 3\n', 'app: unknown key "startupp"', 'startupp', 'warning'],
    ['an unknown container', 'app: {startup: 1}\nweb: {startup: 1}\n', 'no container named "web" in this pod (containers: app, side)', 'web: {startup', 'warning'],
    ['a bad duration', 'app:\n  startup: soon\n', 'app.startup: invalid duration "soon" (use 10, 10s, 2m, 1h or 500ms)', 'soon', 'error'],
    ['an exit code out of range', 'app:\n  exit: {after: 1, code: 300}\n', 'app.exit.code: must be an integer between 0 and 255', 'code: 300', 'error'],
    ['an HTTP status out of range', 'app:\n  http:\n    /: [{from: 0, status: 42}]\n', 'app.http./[0].status: must be an HTTP status between 100 and 599, or "timeout" (0) for a request that hangs', 'status: 42', 'error'],
    ['a tcp open that is not a boolean', 'app:\n  tcp:\n    "80": [{from: 0, open: maybe}]\n', 'app.tcp.80[0].open: must be true or false', 'maybe', 'error'],
    ['a bad sigterm', 'app:\n  sigterm: later\n', 'app.sigterm: must be "ignore" or {exitAfter, code}', 'later', 'error'],
    ['runs that is not a list', 'app:\n  runs: {exit: 1}\n', 'app.runs: must be a list (one entry per attempt)', 'runs:', 'error'],
    ['an unknown pull error', 'app:\n  pull: {error: Nope}\n', 'app.pull.error: "Nope" is not a kubelet pull error', 'Nope', 'warning'],
    ['YAML syntax inside the annotation', 'app:\n  startup: [1, 2\n', 'yaml:', 'startup: [1, 2', 'error'],
    ['not a map', '- app\n', 'annotation: must be a map', '- app', 'error'],
  ])('%s', (_label, body, message, lineText, severity) => {
    const text = withBehaviour(body);
    const r = parseManifest(text);
    const d = find(r, message);
    expect(d.severity).toBe(severity);
    expect(d.code).toMatch(/^B/);
    expect(d.path).toBe('metadata.annotations[podlife/behavior]');
    const line = lineOf(text, lineText, text.indexOf('podlife/behavior'));
    if (message === 'yaml:') expect(d.range?.start.line).toBeGreaterThanOrEqual(line);
    else expect(d.range?.start.line).toBe(line);
    if (severity === 'error') expect(r.pod).toBeUndefined();
    else expect(r.pod).toBeDefined();
  });

  it('columns point into the block scalar (line and column of the bad value)', () => {
    const text = withBehaviour('app:\n  startup: soon\n');
    const d = find(parseManifest(text), 'invalid duration');
    const line = text.split('\n')[lineOf(text, 'soon') - 1] ?? '';
    expect(d.range?.start.column).toBe(line.indexOf('soon') + 1);
  });

  it('an annotation that is not a string is an error pointing at it', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  annotations:\n    podlife/behavior:\n      app: {startup: 1}\nspec:\n  containers:\n  - {name: app, image: nginx}\n';
    const r = parseManifest(text);
    expect(errors(r).length).toBeGreaterThan(0);
    expect(find(r, 'must be a string holding YAML').range?.start.line).toBe(7);
  });
});
