/**
 * End-to-end: spawn the real command line (`tsx src/cli/main.ts …`) on small manifests, as the
 * outside checks of ARCHITECTURE §4 do.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function cli(...args: string[]) {
  const r = spawnSync('node_modules/.bin/tsx', ['src/cli/main.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('podlife simulate', () => {
  it('JSON: a crashing container goes to CrashLoopBackOff with growing restarts', () => {
    const r = cli('simulate', 'tests/fixtures/cli/crashloop.yaml', '--until', '120', '--format', 'json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      version: number;
      until: number;
      frames: { t: number; kubectl: { status: string; restarts: string } | null }[];
      events: { reason: string }[];
    };
    expect(out.version).toBe(1);
    expect(out.until).toBe(120);
    expect(out.frames.every((f) => f.t <= 120)).toBe(true);
    expect(out.frames.some((f) => f.kubectl?.status === 'CrashLoopBackOff')).toBe(true);
    const restarts = out.frames.map((f) => Number(f.kubectl?.restarts.split(' ')[0] ?? 0));
    expect(Math.max(...restarts)).toBeGreaterThanOrEqual(2);
    expect(out.events.some((e) => e.reason === 'BackOff')).toBe(true);
  });

  it('text: kubectl get -w lines, then describe; a deletion ends with the pod gone', () => {
    const r = cli('simulate', 'tests/fixtures/cli/web.yaml', '--until', '90', '--at', '20', '--do', '30 delete --grace-period=5');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\$ kubectl get pod web -w\nNAME +READY +STATUS +RESTARTS +AGE\nweb /);
    expect(r.stdout).toMatch(/\nweb +\d\/1 +Terminating /);
    expect(r.stdout).toContain('$ kubectl describe pod web    # at 20s\nName:             web\n');
    expect(r.stdout).toContain('Readiness:      http-get http://:80/ delay=0s timeout=1s period=5s #success=1 #failure=3');
    const json = JSON.parse(cli('simulate', 'tests/fixtures/cli/web.yaml', '--until', '90', '--do', '30 delete --grace-period=5', '--format', 'json').stdout) as {
      frames: { pod: unknown }[];
    };
    expect(json.frames.at(-1)!.pod).toBeNull();
  });

  it('same input, same output (deterministic)', () => {
    const a = cli('simulate', 'tests/fixtures/cli/crashloop.yaml', '--until', '60', '--format', 'json').stdout;
    expect(cli('simulate', 'tests/fixtures/cli/crashloop.yaml', '--until', '60', '--format', 'json').stdout).toBe(a);
  });

  it('a manifest error exits 1 with file:line:column and the field, no stack trace', () => {
    const r = cli('simulate', 'tests/fixtures/cli/bad.yaml');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^tests\/fixtures\/cli\/bad\.yaml:\d+:\d+: spec\.containers\[0\]\.image: Required value/m);
    noStack(r.stderr);
  });

  it('a missing file exits 1; bad flags and bad --do actions exit 2', () => {
    const missing = cli('simulate', 'nope.yaml');
    expect([missing.code, missing.stderr.split('\n')[0]]).toEqual([1, 'podlife: cannot read nope.yaml: no such file']);
    const flag = cli('simulate', 'tests/fixtures/cli/web.yaml', '--until', 'soon');
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('invalid value "soon" for --until');
    const action = cli('simulate', 'tests/fixtures/cli/web.yaml', '--do', '10 reboot');
    expect(action.code).toBe(2);
    expect(action.stderr).toContain(`--do: action "10 reboot": unknown action 'reboot'`);
    noStack(action.stderr);
  });
});

describe('podlife explain', () => {
  it('explains a fixture against --now, JSON', () => {
    const r = cli('explain', 'tests/fixtures/explain/crashloop.yaml', '--now', '2025-03-01T10:05:00Z', '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      phase: 'Running',
      rule: 'stopped-restart-always',
      kubectl: { ready: '0/1', status: 'CrashLoopBackOff', restarts: '4 (2m37s ago)' },
    });
  });

  it('a non-pod is an input error (exit 1) naming the file', () => {
    const r = cli('explain', 'tests/fixtures/cli/web.yaml', '--now', 'nope');
    expect(r.code).toBe(2);
    const d = cli('explain', 'package.json');
    expect(d.code).toBe(1);
    expect(d.stderr).toMatch(/^podlife: package\.json: not a Pod: no kind and no spec.containers/);
    noStack(d.stderr);
  });
});
