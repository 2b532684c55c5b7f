/**
 * Review findings on the command line (ARCHITECTURE §4: exit 2 usage, 1 input, never a stack trace):
 * diagnostics of the run on stderr, exit 1 when an intervention was ignored or the run cut short,
 * calendar-checked --now, the 7-day --until cap, bounded input files, EPIPE, hardened explain.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_GRACE_SECONDS, parseAction } from '@/engine';
import { InputError, UsageError, parseArgs } from '@/cli/args';
import { explainCommand } from '@/cli/explainCommand';
import type { Io } from '@/cli/io';
import { simulateCommand } from '@/cli/simulateCommand';

const POD = `apiVersion: v1
kind: Pod
metadata: {name: a}
spec:
  containers:
  - {name: app, image: busybox, command: ["sleep", "3600"]}
`;

function fakeIo(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    readFile(path) {
      const f = files[path];
      if (f === undefined) throw new InputError(`cannot read ${path}: no such file`);
      return f;
    },
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
  };
  return { io, out, err: () => err.join('') };
}

function sim(files: Record<string, string>, ...argv: string[]) {
  const f = fakeIo(files);
  const args = parseArgs(['simulate', 'pod.yaml', '--until', '30', ...argv]);
  if (args.command !== 'simulate') throw new Error('expected simulate');
  return { code: simulateCommand(args, f.io), stderr: f.err() };
}

describe('simulate prints the run diagnostics and fails on ignored interventions', () => {
  it('a clean run exits 0 with nothing on stderr', () => {
    expect(sim({ 'pod.yaml': POD })).toEqual({ code: 0, stderr: '' });
  });

  it('exec into an unknown container (R010) is printed and exits 1', () => {
    const r = sim({ 'pod.yaml': POD }, '--do', '5 exec nope -- true');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^pod\.yaml: info: kubectl exec at 5s: container nope is not running$/m);
  });

  it('an applied file that does not parse is printed without foreign line numbers and exits 1', () => {
    const r = sim({ 'pod.yaml': POD, 'bad.yaml': 'a: [\n' }, '--do', '5 apply bad.yaml');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^pod\.yaml: warning: apply bad\.yaml: yaml: /m);
  });

  it('a runaway loop is reported (R006 warning) on stderr', () => {
    const loop = POD.replace('["sleep", "3600"]', '["sh", "-c", "while true; do :; done"]');
    const r = sim({ 'pod.yaml': loop });
    expect(r.stderr).toMatch(/warning: .*runaway loop/);
  });

  it('`delete service` of a service nobody defines warns', () => {
    const r = sim({ 'pod.yaml': POD }, '--do', '5 delete service web');
    expect(r.stderr).toContain('services "web" not found');
  });

  it('K007: a second Pod that is not simulated is a warning the CLI shows', () => {
    const r = sim({ 'pod.yaml': POD + '---\n' + POD.replace('name: a}', 'name: b}') });
    expect(r.stderr).toMatch(/warning: .*Pod "b" is not simulated/);
  });

  it('`--do "apply <missing file>"` is an input error (exit 1), not usage', () => {
    expect(() => sim({ 'pod.yaml': POD }, '--do', '5 apply missing.yaml')).toThrow(InputError);
  });
});

describe('argument limits', () => {
  it('--until above the simulator 7-day cap is rejected, not silently capped', () => {
    expect(() => parseArgs(['simulate', 'f.yaml', '--until', '700000'])).toThrow(/at most 604800s/);
    expect(parseArgs(['simulate', 'f.yaml', '--until', '604800'])).toMatchObject({ until: 604_800_000 });
  });

  it('--now must be a real calendar date (Date.parse rolls 2025-02-30 over to March 2)', () => {
    expect(() => parseArgs(['explain', 'f.yaml', '--now', '2025-02-30T00:00:00Z'])).toThrow(UsageError);
    expect(() => parseArgs(['explain', 'f.yaml', '--now', '2025-02-29T00:00:00Z'])).toThrow(UsageError);
    expect(parseArgs(['explain', 'f.yaml', '--now', '2024-02-29T00:00:00Z'])).toMatchObject({ now: Date.UTC(2024, 1, 29) });
  });

  it('parseAction refuses grace periods the simulator would drop (the same MAX_GRACE_SECONDS as sim/validate)', () => {
    expect(parseAction(`1 delete --grace-period=${MAX_GRACE_SECONDS}`).action).toEqual({ type: 'delete', gracePeriodSeconds: MAX_GRACE_SECONDS });
    expect(() => parseAction(`1 delete --grace-period=${MAX_GRACE_SECONDS + 1}`)).toThrow(/at most 315360000/);
  });
});

describe('explain reads YAML through the hardened engine reader', () => {
  const run = (text: string) => {
    const f = fakeIo({ 'pod.yaml': text });
    return () => explainCommand({ command: 'explain', file: 'pod.yaml', format: 'text' }, f.io, 0);
  };
  it('an alias bomb is an input error with a position, not "Excessive alias count"', () => {
    const lines = ['a0: &a0 [x,x,x,x,x,x,x,x,x,x]'];
    for (let i = 1; i < 9; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(',')}]`);
    expect(run(lines.join('\n'))).toThrow(/^pod\.yaml:\d+:\d+: yaml: more than 100 alias expansions/);
  });
  it('deep flow nesting is an input error, not a stack overflow', () => {
    expect(run('['.repeat(5000) + ']'.repeat(5000))).toThrow(/nested deeper than 100 levels/);
  });
  it('a field error carries the line of the field', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers: 5\nstatus:\n  phase: Running\n';
    expect(run(text)).toThrow('pod.yaml:6:3: spec.containers: must be a list');
  });
});

describe('the real process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'podlife-cli-'));
  const cli = (cmd: string) => spawnSync('bash', ['-c', cmd], { encoding: 'utf8', timeout: 60_000 });
  it('refuses a non-regular file (/dev/zero) and files over 5 MB with one line, exit 1', () => {
    const r = cli('node_modules/.bin/tsx src/cli/main.ts simulate /dev/zero');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('podlife: cannot read /dev/zero: not a regular file\n');
    const big = join(dir, 'big.yaml');
    writeFileSync(big, '#'.repeat(5 * 1024 * 1024 + 1));
    const r2 = cli(`node_modules/.bin/tsx src/cli/main.ts simulate ${big}`);
    expect(r2.status).toBe(1);
    expect(r2.stderr).toMatch(/^podlife: cannot read .*big\.yaml: file is 5242881 bytes \(the limit is 5242880 bytes, 5 MB\)\n$/);
  });
  it('a closed pipe (| head -c100) ends quietly: no stack trace', () => {
    const r = cli('node_modules/.bin/tsx src/cli/main.ts simulate tests/fixtures/cli/crashloop.yaml --until 3600 --format json | head -c100 >/dev/null; echo "rc=${PIPESTATUS[0]}" >&2');
    expect(r.stderr).toBe('rc=0\n');
  }, 60_000);
});
