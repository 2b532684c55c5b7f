/**
 * ARCHITECTURE §7 "every input, however bad, yields diagnostics or a trace — never an exception":
 * interventions and horizons of any shape reach simulate() from share links, saved sessions and the
 * CLI. A wrong shape once made the agenda spin forever (NaN times compare false both ways).
 * The vitest timeout is the hang detector here; no timing is asserted.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate, createSimulation } from '@/engine';
import type { Intervention, Trace } from '@/engine/model/trace';
import { createSimulationWith } from '@/engine/sim/engine';
import { MAX_UNTIL } from '@/engine/sim/validate';
import { createFakeRuntime } from '../../support/fakeRuntime';
import { container, pod } from '../../support/podBuilder';

const MANIFEST = `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  terminationGracePeriodSeconds: 5
  containers:
  - name: web
    image: nginx:1.27
    readinessProbe: {httpGet: {path: /, port: 80}, periodSeconds: 5}
`;

const TYPES = ['delete', 'exec', 'kill', 'apply', 'deleteService', 'nodeLost', 'nodeReady', 'setCondition', 'bogus', ''];

/** Interventions that look almost right: known and unknown types, odd fields, any `at`. */
const nearlyRight = fc.record({
  at: fc.oneof(fc.double(), fc.integer({ min: -5_000, max: 90_000 }), fc.constantFrom(NaN, Infinity, -Infinity), fc.string()),
  action: fc.oneof(
    fc.record(
      {
        type: fc.constantFrom(...TYPES),
        gracePeriodSeconds: fc.oneof(fc.double(), fc.integer({ min: -3, max: 40 })),
        force: fc.oneof(fc.boolean(), fc.jsonValue()),
        container: fc.oneof(fc.constant('web'), fc.string()),
        command: fc.oneof(fc.array(fc.string(), { maxLength: 3 }), fc.constant(['kill', '1']), fc.jsonValue()),
        signal: fc.constantFrom('TERM', 'KILL', 'OOM', 'HUP', 7),
        manifest: fc.oneof(fc.constant(MANIFEST), fc.string()),
        name: fc.string(),
        conditionType: fc.string(),
        status: fc.constantFrom('True', 'False', 'maybe'),
      },
      { requiredKeys: ['type'] },
    ),
    fc.jsonValue(),
  ),
});

/** The wrong shape that used to hang: `{t, kind}` instead of `{at, action: {type}}`. */
const wrongShape = fc.record({ t: fc.double(), kind: fc.constantFrom(...TYPES) });

const anyInterventions = fc.oneof(
  fc.array(fc.oneof(nearlyRight, wrongShape, fc.jsonValue()), { maxLength: 6 }),
  fc.jsonValue(),
  fc.constantFrom(undefined, null),
);

const anyUntil = fc.oneof(
  fc.integer({ min: -1_000, max: 120_000 }),
  fc.double({ min: -1e6, max: 1e6 }),
  fc.constantFrom(NaN, -Infinity, Number.MAX_VALUE * 0, -0),
  fc.anything(),
);

function wellFormed(trace: Trace): void {
  expect(trace.version).toBe(1);
  expect(Number.isFinite(trace.until)).toBe(true);
  for (let i = 1; i < trace.frames.length; i++) expect(trace.frames[i]!.t).toBeGreaterThanOrEqual(trace.frames[i - 1]!.t);
  for (const f of trace.frames) expect(Number.isFinite(f.t)).toBe(true);
}

describe('simulate never hangs or throws on malformed input (ARCHITECTURE §7)', () => {
  it('arbitrary interventions arrays (any JSON, near-miss shapes, NaN/negative/infinite times) give a trace', () => {
    fc.assert(
      fc.property(anyInterventions, (interventions) => {
        const trace = simulate({ manifest: MANIFEST, interventions: interventions as Intervention[], until: 90_000 });
        wellFormed(trace);
        // Only valid interventions are kept, and each ignored entry is explained.
        for (const iv of trace.interventions) expect(Number.isFinite(iv.at) && iv.at >= 0).toBe(true);
        const given = Array.isArray(interventions) ? interventions.length : 0;
        const ignored = trace.diagnostics.filter((d) => d.code === 'R020' && d.message.startsWith('intervention ')).length;
        if (Array.isArray(interventions)) expect(trace.interventions.length + ignored).toBe(given);
      }),
      { numRuns: 150 },
    );
  });

  it('arbitrary `until` values (NaN, negative, non-numbers) give a trace with a finite horizon', () => {
    fc.assert(
      fc.property(anyUntil, (until) => {
        const trace = simulate({ manifest: MANIFEST, until: until as number });
        wellFormed(trace);
        expect(trace.until).toBeLessThanOrEqual(MAX_UNTIL);
      }),
      { numRuns: 100 },
    );
  });

  it('advance() with arbitrary horizons, in any order, never throws and never shrinks the trace', () => {
    fc.assert(
      fc.property(fc.array(anyUntil, { maxLength: 5 }), (horizons) => {
        const sim = createSimulation({ manifest: MANIFEST, seed: 3 });
        let last = 0;
        for (const h of horizons) {
          sim.advance(h as number);
          expect(sim.trace.until).toBeGreaterThanOrEqual(last);
          last = sim.trace.until;
        }
        wellFormed(sim.trace);
      }),
      { numRuns: 60 },
    );
  });

  it('any value at all as the whole input (or as its fields) gives a trace, never an exception', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({ manifest: fc.oneof(fc.constant(MANIFEST), fc.anything()), seed: fc.anything(), options: fc.anything(), services: fc.anything(), behaviours: fc.anything(), until: fc.integer({ min: 0, max: 60_000 }) }),
        ),
        (input) => {
          const trace = simulate(input as never);
          expect(trace.version).toBe(1);
          expect(Number.isFinite(trace.until)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('the seed article shape `{t, kind}` is ignored with an R020 warning naming the expected shape', () => {
    const trace = simulate({ manifest: MANIFEST, interventions: [{ t: 20, kind: 'delete' }] as unknown as Intervention[], until: 60_000 });
    expect(trace.interventions).toEqual([]);
    expect(trace.diagnostics).toContainEqual(expect.objectContaining({ code: 'R020', severity: 'warning', message: expect.stringContaining('{at: <ms>, action: {type') }));
    expect(trace.goneAt).toBeUndefined();
  });

  it('valid interventions next to invalid ones still apply (the delete at 20 s happens)', () => {
    const trace = simulate({
      manifest: MANIFEST,
      interventions: [{ at: NaN, action: { type: 'delete' } }, { at: 20_000, action: { type: 'delete' } }, { at: 5, action: { type: 'explode' } }] as Intervention[],
      until: 60_000,
    });
    expect(trace.interventions).toEqual([{ at: 20_000, action: { type: 'delete' } }]);
    expect(trace.diagnostics.filter((d) => d.code === 'R020')).toHaveLength(2);
    expect(trace.goneAt).toBeGreaterThan(20_000);
  });

  it('an infinite horizon is clamped to MAX_UNTIL (7 days) instead of running forever', () => {
    const trace = simulate({ manifest: MANIFEST, until: Infinity });
    expect(trace.until).toBe(MAX_UNTIL);
  });

  it('a runaway agenda is stopped by the work bound with an R004 diagnostic; the trace ends there', () => {
    // Ten busy-looping containers wake 100 times per simulated second each (throttled), 1000 steps/s.
    const busy = pod({ containers: Array.from({ length: 10 }, (_, i) => container(`c${i}`)) });
    const sim = createSimulationWith(
      { pod: busy, behaviours: {}, seed: 1 },
      { runtime: busyRuntime(), limits: { total: 20_000 } },
    );
    sim.advance(3_600_000);
    const r004 = sim.trace.diagnostics.find((d) => d.code === 'R004');
    expect(r004?.message).toMatch(/simulation stopped at [\d.]+s: more than 20000 steps in all/);
    expect(sim.trace.until).toBeLessThan(3_600_000);
    expect(sim.trace.until).toBeGreaterThan(10_000);
    // Once halted, advancing further does nothing (the trace stays consistent).
    const until = sim.trace.until;
    sim.advance(7_200_000);
    expect(sim.trace.until).toBe(until);
  });

  it('more agenda steps in one simulated second than the per-second bound also stop the run (R004, runaway)', () => {
    const busy = pod({ containers: Array.from({ length: 10 }, (_, i) => container(`c${i}`)) });
    const sim = createSimulationWith({ pod: busy, behaviours: {}, seed: 1 }, { runtime: busyRuntime(), limits: { perSimSecond: 500 } });
    sim.advance(60_000);
    expect(sim.trace.diagnostics.find((d) => d.code === 'R004')?.message).toMatch(/more than 500 steps in one simulated second \(a runaway loop\?\)/);
    expect(sim.trace.until).toBeLessThan(5_000);
  });
});

/** The scripted runtime, with PID 1 asking to run again 1 ms later forever (a busy loop). */
function busyRuntime(): ReturnType<typeof createFakeRuntime> {
  const rt = createFakeRuntime({ pullMs: 100 });
  return {
    ...rt,
    startMain(input) {
      const p = rt.startMain(input);
      return { ...p, run: () => ({ state: 'running', wakeAt: input.world.now() + 1 }), signal: p.signal.bind(p), listening: p.listening.bind(p), output: p.output.bind(p) };
    },
  };
}
