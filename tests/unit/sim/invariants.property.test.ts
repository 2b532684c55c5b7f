/**
 * ARCHITECTURE §7 invariants as properties over generated pods, behaviours and interventions,
 * simulated with the scripted runtime.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Behaviours, ContainerBehaviour } from '@/engine/model/behaviour';
import type { ContainerSpec } from '@/engine/model/spec';
import type { Intervention, Trace } from '@/engine/model/trace';
import { createSimulationWith } from '@/engine/sim/engine';
import { statusAt } from '@/engine/sim/statusAt';
import { createFakeRuntime } from '../../support/fakeRuntime';
import { container, exec, pod, probe, sleep, tcp } from '../../support/podBuilder';

const arbBehaviour: fc.Arbitrary<ContainerBehaviour> = fc.record(
  {
    exit: fc.record({ after: fc.integer({ min: 0, max: 40_000 }), code: fc.constantFrom(0, 1, 2) }),
    sigterm: fc.oneof(fc.constant('ignore' as const), fc.record({ exitAfter: fc.integer({ min: 0, max: 8000 }), code: fc.constantFrom(0, 143) })),
    startup: fc.integer({ min: 0, max: 10_000 }),
  },
  { requiredKeys: [] },
);

const arbContainer = (name: string): fc.Arbitrary<ContainerSpec> =>
  fc
    .record({
      liveness: fc.boolean(),
      readiness: fc.boolean(),
      startup: fc.boolean(),
      preStop: fc.boolean(),
      postStart: fc.boolean(),
      period: fc.integer({ min: 1, max: 5 }),
    })
    .map((o) =>
      container(name, {
        ports: [{ containerPort: 8080, protocol: 'TCP' }],
        ...(o.liveness ? { livenessProbe: probe('liveness', tcp(8080), { periodSeconds: o.period, failureThreshold: 2 }) } : {}),
        ...(o.readiness ? { readinessProbe: probe('readiness', tcp(8080), { periodSeconds: o.period }) } : {}),
        ...(o.startup ? { startupProbe: probe('startup', exec('cat', '/tmp/up'), { periodSeconds: o.period, failureThreshold: 5 }) } : {}),
        ...(o.preStop ? { preStop: sleep(3) } : {}),
        ...(o.postStart ? { postStart: sleep(1) } : {}),
      }),
    );

const arbAction: fc.Arbitrary<Intervention['action']> = fc.oneof(
  fc.record({ type: fc.constant('delete' as const), gracePeriodSeconds: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }), force: fc.boolean() }),
  fc.record({ type: fc.constant('kill' as const), container: fc.constantFrom('i0', 's0', 'a0', 'a1'), signal: fc.constantFrom('TERM' as const, 'KILL' as const, 'OOM' as const) }),
  fc.record({ type: fc.constant('exec' as const), container: fc.constantFrom('s0', 'a0', 'a1'), command: fc.constant(['touch', '/tmp/up'] as string[]) }),
  fc.constant({ type: 'nodeLost' as const }),
  fc.constant({ type: 'nodeReady' as const }),
);

const arbScenario = fc
  .record({
    restartPolicy: fc.constantFrom('Always' as const, 'OnFailure' as const, 'Never' as const),
    hasInit: fc.boolean(),
    hasSidecar: fc.boolean(),
    apps: fc.integer({ min: 1, max: 2 }),
    containers: fc.tuple(arbContainer('i0'), arbContainer('s0'), arbContainer('a0'), arbContainer('a1')),
    behaviours: fc.tuple(arbBehaviour, arbBehaviour, arbBehaviour, arbBehaviour),
    interventions: fc.array(fc.record({ at: fc.integer({ min: 0, max: 200_000 }), action: arbAction }), { maxLength: 3 }),
    deadline: fc.option(fc.integer({ min: 5, max: 150 }), { nil: undefined }),
    seed: fc.integer({ min: 1, max: 1000 }),
    jitter: fc.boolean(),
  })
  .map((o) => {
    const [i0, s0, a0, a1] = o.containers;
    const init: ContainerSpec[] = [];
    if (o.hasSidecar) init.push(s0);
    if (o.hasInit) init.push({ ...i0, livenessProbe: undefined, readinessProbe: undefined, startupProbe: undefined } as ContainerSpec);
    const p = pod({
      restartPolicy: o.restartPolicy,
      sidecars: ['s0'],
      initContainers: init,
      containers: o.apps === 1 ? [a0] : [a0, a1],
      ...(o.deadline !== undefined ? { activeDeadlineSeconds: o.deadline } : {}),
    });
    const [bi, bs, b0, b1] = o.behaviours;
    const behaviours: Behaviours = { i0: { ...bi, exit: bi.exit ?? { after: 2000, code: 0 } }, s0: bs, a0: b0, a1: b1 };
    return { pod: p, behaviours, interventions: o.interventions, seed: o.seed, options: { jitter: o.jitter } };
  });

type Scenario = ReturnType<typeof arbScenario.generate> extends never ? never : Parameters<typeof simulateTo>[0];

function simulateTo(s: { pod: ReturnType<typeof pod>; behaviours: Behaviours; interventions: Intervention[]; seed: number; options: { jitter: boolean } }, until: number): Trace {
  const sim = createSimulationWith(s, { runtime: createFakeRuntime() });
  sim.advance(until);
  return sim.trace;
}

const HORIZON = 300_000;
const runs = { numRuns: Number(process.env.PROP_RUNS ?? 60) };

describe('simulation invariants (ARCHITECTURE §7)', () => {
  it('identical input gives a byte-identical trace, and simulating never throws', () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        expect(JSON.stringify(simulateTo(s, HORIZON))).toBe(JSON.stringify(simulateTo(s, HORIZON)));
      }),
      runs,
    );
  });

  it('statusAt(t) equals a fresh simulation stopped at t', () => {
    fc.assert(
      fc.property(arbScenario, fc.integer({ min: 0, max: HORIZON }), (s: Scenario, t) => {
        const whole = simulateTo(s, HORIZON);
        const partial = simulateTo(s, t);
        expect(JSON.stringify(statusAt(whole, t))).toBe(JSON.stringify(statusAt(partial, t)));
      }),
      runs,
    );
  });

  it('per frame: restartCount never decreases, terminal phase sticks, Ready ⇒ ContainersReady ⇒ all ready, Initialized never reverts, no app runs before regular inits exited 0', () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        const trace = simulateTo(s, HORIZON);
        const counts = new Map<string, number>();
        let terminal: string | undefined;
        let initialized = false;
        for (const f of trace.frames) {
          const st = f.pod?.status;
          if (!st) continue;
          const all = [...(st.initContainerStatuses ?? []), ...(st.containerStatuses ?? [])];
          for (const c of all) {
            expect(c.restartCount).toBeGreaterThanOrEqual(counts.get(c.name) ?? 0);
            counts.set(c.name, c.restartCount);
          }
          if (terminal) expect(st.phase).toBe(terminal);
          if (st.phase === 'Succeeded' || st.phase === 'Failed') terminal = st.phase;
          const cond = (t: string) => st.conditions?.find((c) => c.type === t)?.status;
          if (cond('Ready') === 'True') expect(cond('ContainersReady')).toBe('True');
          if (cond('ContainersReady') === 'True') {
            const sidecars = new Set(s.pod.initContainers.filter((c) => c.kind === 'sidecar').map((c) => c.name));
            for (const c of all) if (sidecars.has(c.name) || st.containerStatuses?.includes(c)) expect(c.ready).toBe(true);
          }
          if (initialized) expect(cond('Initialized')).toBe('True');
          if (cond('Initialized') === 'True') initialized = true;
          if (st.containerStatuses?.some((c) => c.state.running)) {
            const regularInits = (st.initContainerStatuses ?? []).filter((c) => s.pod.initContainers.find((i) => i.name === c.name)?.kind === 'init');
            for (const c of regularInits) expect(c.state.terminated?.exitCode ?? c.lastState.terminated?.exitCode).toBe(0);
          }
        }
      }),
      runs,
    );
  });

  it('nothing is (re)started once the kubelet began terminating the pod', () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        const trace = simulateTo(s, HORIZON);
        const term = trace.transitions.find((x) => x.machine === 'pod' && x.to === 'terminating')?.t;
        const completed = trace.transitions.find((x) => x.machine === 'pod' && (x.to === 'succeeded' || x.to === 'failed'))?.t;
        const stop = Math.min(term ?? Infinity, completed ?? Infinity);
        for (const e of trace.events) if (e.reason === 'Started') expect(e.t).toBeLessThanOrEqual(stop);
        expect(trace.diagnostics.filter((d) => d.code === 'R900')).toEqual([]);
      }),
      runs,
    );
  });
});

describe('machine transitions are edges of the machine definitions (the flow diagram is drawn from them)', () => {
  type Config = { states?: Record<string, { on?: Record<string, unknown> }> };
  const targets = (t: unknown): string[] => {
    if (typeof t === 'string') return [t];
    if (Array.isArray(t)) return t.flatMap(targets);
    if (t && typeof t === 'object' && 'target' in t) return targets((t as { target: unknown }).target);
    return [];
  };
  it('every recorded container/pod transition follows an `on` edge of containerMachine/podMachine', async () => {
    const { containerMachine } = await import('@/engine/sim/machines/containerMachine');
    const { podMachine } = await import('@/engine/sim/machines/podMachine');
    fc.assert(
      fc.property(arbScenario, (s) => {
        const trace = simulateTo(s, HORIZON);
        for (const x of trace.transitions) {
          const cfg = (x.machine === 'pod' ? podMachine.config : containerMachine.config) as Config;
          const edge = cfg.states?.[x.from]?.on?.[x.event];
          expect(targets(edge), `${x.machine}: ${x.from} --${x.event}--> ${x.to}`).toContain(x.to);
        }
      }),
      { numRuns: 30 },
    );
  });
});
