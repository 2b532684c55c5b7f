import { describe, expect, it } from 'vitest';
import type { Runtime } from '@/engine/runtime/types';
import { createSimulationWith } from '@/engine/sim/engine';
import { createFakeRuntime } from '../../support/fakeRuntime';
import { container, pod, probe, tcp } from '../../support/podBuilder';
import { run } from '../../support/simHarness';

const probed = () => pod({ containers: [container('app', { ports: [{ containerPort: 80, protocol: 'TCP' }], readinessProbe: probe('readiness', tcp(80), { periodSeconds: 7 }) })] });
// Lives 3 s: long enough for the readiness worker to see it (its ID appears at the relist sync 1 s after start).
const crashing = { app: { exit: { after: 3000, code: 1 } } };

describe('determinism and the seeded jitter (options.jitter)', () => {
  it('without jitter the timing does not depend on the seed (only container IDs do)', () => {
    const a = run({ pod: probed(), behaviours: crashing, seed: 1, until: 300 });
    const b = run({ pod: probed(), behaviours: crashing, seed: 2, until: 300 });
    expect(a.probes).toEqual(b.probes);
    expect(a.events).toEqual(b.events);
  });

  it('with jitter the seed moves probe ticks and restart times, reproducibly', () => {
    const a1 = run({ pod: probed(), behaviours: crashing, seed: 1, until: 300, options: { jitter: true } });
    const a2 = run({ pod: probed(), behaviours: crashing, seed: 1, until: 300, options: { jitter: true } });
    const b = run({ pod: probed(), behaviours: crashing, seed: 9, until: 300, options: { jitter: true } });
    expect(JSON.stringify(a1)).toBe(JSON.stringify(a2));
    expect(a1.probes.map((p) => p.t)).not.toEqual(b.probes.map((p) => p.t));
    // jitter only delays: back-off restarts never come early
    const starts = a1.events.filter((e) => e.reason === 'Started').map((e) => e.t / 1000);
    expect(starts[2]! - starts[1]!).toBeGreaterThanOrEqual(11);
  });
});

describe('runtime problems become diagnostics, never exceptions', () => {
  it('a runtime whose process throws yields an R001 diagnostic and an exit 128', () => {
    const base = createFakeRuntime();
    const broken: Runtime = {
      ...base,
      startMain: (input) => {
        const p = base.startMain(input);
        return { ...p, run: () => { throw new Error('boom'); }, signal: p.signal.bind(p), listening: p.listening.bind(p), output: p.output.bind(p) };
      },
    };
    const sim = createSimulationWith({ pod: pod({ restartPolicy: 'Never' }) }, { runtime: broken });
    expect(() => sim.advance(30_000)).not.toThrow();
    expect(sim.trace.diagnostics.map((d) => d.code)).toContain('R001');
    const last = sim.trace.frames[sim.trace.frames.length - 1]?.pod?.status;
    expect(last?.phase).toBe('Failed');
    expect(last?.containerStatuses?.[0]?.state.terminated?.exitCode).toBe(128);
  });
});

describe('runaway processes', () => {
  it('a PID 1 that wakes every millisecond is throttled and reported as R003', () => {
    const base = createFakeRuntime();
    let runs = 0;
    const spinning: Runtime = {
      ...base,
      startMain: (input) => {
        const p = base.startMain(input);
        return { run: () => { runs++; return { state: 'running', wakeAt: input.world.now() + 1 }; }, signal: p.signal.bind(p), listening: p.listening.bind(p), output: p.output.bind(p) };
      },
    };
    const sim = createSimulationWith({ pod: pod() }, { runtime: spinning });
    sim.advance(60_000);
    expect(sim.trace.diagnostics.map((d) => d.code)).toContain('R003');
    expect(runs).toBeLessThan(60 * 110);
  });
});
