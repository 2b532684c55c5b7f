/**
 * Fork loops and fork-heavy scripts must never hang the simulator (ARCHITECTURE §7/§8). A fork loop
 * `while true; do true & done` once ran forever: every child's exit woke the "spinning" parent with a
 * fresh 100k-step budget. Now only a signal renews the budget, a kernel run() is bounded, reaped
 * processes leave the process table, and interpreter steps count against the engine's work bound.
 * performance.now() is used here only as a generous hang guard, never as a result.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseManifest, simulate } from '@/engine';
import { createRuntime } from '@/engine/runtime';
import { createSimulationWith } from '@/engine/sim/engine';
import type { Intervention } from '@/engine/model/trace';
import { Kernel, MAX_PROCS, RUN_BUDGET, type Co } from '@/engine/runtime/kernel';
import { FakeWorld } from './fakeWorld';
import { shellPod as manifest } from '../../support/shellPod';


/** A child that runs one slice and exits (like `true &`). */
function* quick(): Co {
  yield 0;
  return 0;
}

function timed<T>(f: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = f();
  return { value, ms: performance.now() - t0 };
}

describe('fork loops terminate', () => {
  it('a fork loop as the container command finishes a 5 s simulation (used to hang forever)', () => {
    const { value: trace, ms } = timed(() => simulate({ manifest: manifest('while true; do true & done'), until: 5000 }));
    expect(ms).toBeLessThan(10_000);
    expect(trace.until).toBeGreaterThan(0);
    expect(trace.diagnostics.some((d) => d.code === 'R006' && /runaway/.test(d.message))).toBe(true);
  });

  it('a fork loop as an exec probe and as a `--do exec` intervention finishes too', () => {
    const exec: Intervention = { at: 10_000, action: { type: 'exec', container: 'app', command: ['sh', '-c', 'while true; do true & done'] } };
    const { value: trace, ms } = timed(() => simulate({ manifest: manifest('sleep 3600', 'while true; do true & done'), interventions: [exec], until: 30_000 }));
    expect(ms).toBeLessThan(10_000);
    expect(trace.events.some((e) => e.reason === 'Unhealthy')).toBe(true);
  });

  it('a child exit does not give a spinning parent a fresh budget; a signal does', () => {
    const world = new FakeWorld();
    const k = new Kernel({ world, fs: undefined as never });
    let loops = 0;
    const parent = k.spawn(undefined, (p) =>
      (function* (): Co {
        for (;;) {
          loops++;
          k.spawn(p, () => quick());
          if (k.step(p)) {
            k.spin(p);
            yield Infinity;
          }
        }
      })(),
    )!;
    k.run();
    const afterFirst = loops;
    expect(parent.spinning).toBe(true);
    expect(afterFirst).toBeLessThanOrEqual(RUN_BUDGET + 1);
    // Children exit and wake the parent: it must stay parked.
    k.run();
    expect(loops).toBe(afterFirst);
    parent.onSignal = () => 'handled';
    k.signal(parent, 'USR1');
    k.run();
    expect(loops).toBeGreaterThan(afterFirst);
  });

  it('reaped processes leave the process table; the live count stays bounded by MAX_PROCS', () => {
    const world = new FakeWorld();
    const k = new Kernel({ world, fs: undefined as never });
    for (let i = 0; i < 5000; i++) {
      const p = k.spawn(undefined, () => quick());
      expect(p).toBeDefined();
      k.run();
    }
    expect(k.live()).toBe(0);
    expect(k.procs.length).toBeLessThan(2 * MAX_PROCS);
  });

  it('`while :; do true & sleep 0.01; done` for 600 s stays well under the 8 s browser watchdog (was quadratic)', () => {
    const { value: trace, ms } = timed(() => simulate({ manifest: manifest('while :; do true & sleep 0.01; done'), until: 600_000 }));
    expect(trace.until).toBe(600_000);
    expect(ms).toBeLessThan(8_000);
  });

  it('interpreter steps count against the engine work bound: R004 stops a step-heavy script', () => {
    // 2000 agenda steps per simulated second ≈ 40k interpreter steps: a busy shell loop exceeds it at once,
    // while the agenda alone (a handful of kubelet steps) never would.
    const runtime = createRuntime();
    const sim = createSimulationWith({ manifest: manifest('while true; do :; done'), until: 5000 }, { runtime, parse: (t) => parseManifest(t), limits: { perSimSecond: 2000 } });
    sim.advance(5000);
    expect(sim.trace.diagnostics.some((d) => d.code === 'R004')).toBe(true);
    expect(sim.trace.until).toBeLessThan(5000);
    const calm = createSimulationWith({ manifest: manifest('sleep 3600'), until: 5000 }, { runtime: createRuntime(), parse: (t) => parseManifest(t), limits: { perSimSecond: 2000 } });
    calm.advance(5000);
    expect(calm.trace.diagnostics.some((d) => d.code === 'R004')).toBe(false);
  });

  it('`wait PID` still reports an exited child after the table dropped it', () => {
    // 40 short-lived children first so the table is compacted before `wait` asks for the first one.
    const script = '(exit 7) & p=$!; for i in $(seq 40); do true & done; sleep 1; wait $p; exit $?';
    const trace = simulate({ manifest: manifest(script), until: 5000 });
    const codes = trace.frames.map((f) => f.pod?.status.containerStatuses?.[0]?.state?.terminated?.exitCode);
    expect(codes).toContain(7);
  });
});

describe('property: shell snippets with &, wait, loops, exec probes and exec interventions never hang', () => {
  const atoms = ['true', 'true &', 'sleep 0.01', 'sleep 1 &', 'wait', 'wait $!', 'echo x', 'kill $! 2>/dev/null', ':'];
  const snippet: fc.Arbitrary<string> = fc.letrec<{ s: string }>((tie) => ({
    s: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom(...atoms),
      fc.tuple(tie('s'), tie('s')).map(([a, b]) => `${a}; ${b}`),
      tie('s').map((b) => `while true; do ${b}; done`),
      tie('s').map((b) => `while :; do ${b} & done`),
      tie('s').map((b) => `for i in 1 2 3; do ${b}; done`),
      tie('s').map((b) => `(${b}) &`),
    ),
  })).s;

  it('simulate returns (< 10 s per case) for any combination', () => {
    fc.assert(
      fc.property(snippet, snippet, snippet, fc.integer({ min: 0, max: 20_000 }), (main, probe, exec, at) => {
        const iv: Intervention = { at, action: { type: 'exec', container: 'app', command: ['sh', '-c', exec] } };
        const { value: trace, ms } = timed(() => simulate({ manifest: manifest(main, probe), interventions: [iv], until: 20_000 }));
        expect(ms).toBeLessThan(10_000);
        expect(trace.until).toBeGreaterThan(0);
      }),
      { seed: 18, numRuns: 25 },
    );
  }, 300_000);
});
