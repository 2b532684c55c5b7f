/**
 * Fork loops and chatty loops must keep memory bounded. A fork loop appends one
 * "can't fork" line per failed fork; the container log is now rotated like the kubelet's
 * (containerLogMaxSize): a bounded tail is kept and the dropped amount counted. Sizes are asserted,
 * never wall-clock time.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '@/engine';
import { Kernel, LOG_KEEP, PROBLEMS_KEPT } from '@/engine/runtime/kernel';
import { runScript } from './harness';
import { FakeWorld } from './fakeWorld';
import { shellPod as manifest } from '../../support/shellPod';

const HOUR = 3_600_000;


describe('container log rotation (bounded tail, dropped count)', () => {
  it('the kernel keeps at most 2×LOG_KEEP characters and says how many it dropped', () => {
    const k = new Kernel({ world: new FakeWorld(), fs: undefined as never });
    const line = 'x'.repeat(99) + '\n';
    for (let i = 0; i < 10_000; i++) k.write(line); // 1 MB written
    const out = k.output();
    expect(out.length).toBeLessThanOrEqual(2 * LOG_KEEP + 100);
    expect(k.logDropped).toBeGreaterThan(1_000_000 - 2 * LOG_KEEP - 1);
    expect(out).toMatch(/^\[podlife\] log rotated: \d+ earlier characters dropped\n/);
    // The kept tail starts at a line boundary and ends with the newest output.
    const tail = out.slice(out.indexOf('\n') + 1);
    expect(tail.startsWith('x')).toBe(true);
    expect(tail.length % 100).toBe(0);
    expect(k.logDropped + tail.length).toBe(1_000_000);
  });

  it('a short log is returned untouched (no rotation marker)', () => {
    const k = new Kernel({ world: new FakeWorld(), fs: undefined as never });
    k.write('hello\n');
    k.write('world\n');
    expect(k.output()).toBe('hello\nworld\n');
    expect(k.logDropped).toBe(0);
  });

  it('`while true; do sleep 0 & done` for a simulated hour: one error line per failed fork, log bounded', () => {
    const r = runScript('while true; do sleep 0 & done', HOUR);
    expect(r.out).toContain("sh: can't fork: Resource temporarily unavailable");
    expect(r.out.length).toBeLessThanOrEqual(2 * LOG_KEEP + 200);
  });

  it('`while true; do echo spam; sleep 0.001; done` for a simulated minute (60k lines) keeps a bounded log', () => {
    const r = runScript('while true; do echo spam; sleep 0.001; done', 60_000);
    expect(r.out).toMatch(/log rotated: \d+ earlier characters dropped/);
    expect(r.out.length).toBeLessThanOrEqual(2 * LOG_KEEP + 200);
  });

  it('a fork bomb `:(){ :|:& };:` and a fork loop, simulated for an hour, give bounded traces', () => {
    for (const script of [':(){ :|:& };:', 'while true; do sleep 0 & done', 'f() { f & f & }; f; sleep 3600']) {
      const trace = simulate({ manifest: manifest(script), until: HOUR });
      expect(trace.until, script).toBeGreaterThan(0);
      const size = JSON.stringify(trace).length;
      expect(size, script).toBeLessThan(2_000_000);
      const r6 = trace.diagnostics.filter((d) => d.code === 'R006');
      expect(r6.length, script).toBeLessThanOrEqual(PROBLEMS_KEPT);
    }
  });

  it('problems per container are capped: many runaway children report at most PROBLEMS_KEPT lines', () => {
    const k = new Kernel({ world: new FakeWorld(), fs: undefined as never });
    for (let i = 0; i < 500; i++) k.problem(`pid ${i}: runaway loop`);
    expect(k.problems.length).toBe(PROBLEMS_KEPT);
    expect(k.problems[PROBLEMS_KEPT - 1]).toMatch(/further problems in this container are not listed/);
  });
});
