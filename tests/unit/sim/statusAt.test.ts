import { describe, expect, it } from 'vitest';
import { createSimulationWith } from '@/engine/sim/engine';
import { frameAt, statusAt } from '@/engine/sim/statusAt';
import { createFakeRuntime } from '../../support/fakeRuntime';
import { pod, service } from '../../support/podBuilder';
import { run } from '../../support/simHarness';

const crashing = { pod: pod(), behaviours: { app: { exit: { after: 3000, code: 1 } } }, seed: 1 };

describe('statusAt / frameAt (binary search over frames)', () => {
  const trace = run({ ...crashing, until: 300 });

  it('is undefined before t=0 and returns the last frame at or before t', () => {
    expect(frameAt(trace, -1)).toBeUndefined();
    expect(statusAt(trace, -1)).toBeNull();
    for (const f of trace.frames) {
      expect(frameAt(trace, f.t)).toBe(f);
      expect(frameAt(trace, f.t + 0.5)?.t).toBe(f.t);
    }
  });

  it('frames only appear when something changed', () => {
    const keys = trace.frames.map((f) => JSON.stringify([f.pod, f.endpoints]));
    for (let i = 1; i < keys.length; i++) expect(keys[i]).not.toBe(keys[i - 1]);
  });
});

describe('incremental simulation (Simulation.advance)', () => {
  it('advancing in steps gives the same trace as one run to the horizon', () => {
    const whole = createSimulationWith(crashing, { runtime: createFakeRuntime() });
    whole.advance(400_000);
    const steps = createSimulationWith(crashing, { runtime: createFakeRuntime() });
    for (const t of [1, 999, 1000, 50_000, 123_457, 400_000]) steps.advance(t);
    expect(JSON.stringify(steps.trace)).toBe(JSON.stringify(whole.trace));
  });

  it('apply parses the manifest text and adds its Services', () => {
    const parse = () => ({ services: [service('late')], behaviours: {}, diagnostics: [] });
    const sim = createSimulationWith({ pod: pod(), interventions: [{ at: 5000, action: { type: 'apply', manifest: 'kind: Service' } }] }, { runtime: createFakeRuntime(), parse });
    sim.advance(10_000);
    expect(frameAt(sim.trace, 4000)?.endpoints).toEqual([]);
    expect(frameAt(sim.trace, 5000)?.endpoints).toEqual(['late']);
  });

  it('a manifest with errors gives no frames and its diagnostics, never an exception', () => {
    const parse = () => ({ services: [], behaviours: {}, diagnostics: [{ severity: 'error' as const, code: 'Y001', message: 'bad' }] });
    const sim = createSimulationWith({ manifest: ':' }, { runtime: createFakeRuntime(), parse });
    sim.advance(60_000);
    expect(sim.trace.frames).toEqual([]);
    expect(sim.trace.diagnostics[0]?.code).toBe('Y001');
    expect(sim.trace.until).toBe(60_000);
  });
});
