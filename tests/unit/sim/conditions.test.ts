import { describe, expect, it } from 'vitest';
import { container, pod, probe, tcp } from '../../support/podBuilder';
import { at, conditionAt, podAt, run } from '../../support/simHarness';

const present = { presentImages: ['registry.example/app:1.0'] };

describe('pod conditions (status/generate.go, status_manager.go updateLastTransitionTime)', () => {
  it('are written in kubelet order, with non-kubelet conditions (readiness gates) first as mergePodStatus keeps them', () => {
    const trace = run({ pod: pod({ readinessGates: ['example.com/lb'] }), options: present, interventions: [at(5, { type: 'setCondition', conditionType: 'example.com/lb', status: 'True' })], until: 10 });
    expect(podAt(trace, 2)?.status.conditions?.map((c) => c.type)).toEqual(['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled']);
    expect(podAt(trace, 6)?.status.conditions?.map((c) => c.type)).toEqual(['example.com/lb', 'PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled']);
    expect(podAt(trace, 2)?.status.conditions?.every((c) => c.lastProbeTime === null)).toBe(true);
  });

  it('Ready waits for readiness gates with the kubelet messages', () => {
    const trace = run({
      pod: pod({ readinessGates: ['example.com/lb'] }),
      options: present,
      interventions: [at(5, { type: 'setCondition', conditionType: 'example.com/lb', status: 'False' }), at(8, { type: 'setCondition', conditionType: 'example.com/lb', status: 'True' })],
      until: 10,
    });
    expect(conditionAt(trace, 2, 'ContainersReady')?.status).toBe('True');
    expect(conditionAt(trace, 2, 'Ready')).toMatchObject({ status: 'False', reason: 'ReadinessGatesNotReady', message: 'corresponding condition of pod readiness gate "example.com/lb" does not exist.' });
    expect(conditionAt(trace, 6, 'Ready')?.message).toBe('the status of pod readiness gate "example.com/lb" is not "True", but False');
    expect(conditionAt(trace, 8, 'Ready')).toMatchObject({ status: 'True', lastTransitionTime: '2025-01-01T00:00:08Z' });
  });

  it('Ready copies the ContainersReady reason and message listing unready containers', () => {
    const trace = run({ pod: pod({ containers: [container('app'), container('side', { readinessProbe: probe('readiness', tcp(9999)) })] }), options: present, until: 5 });
    const ready = conditionAt(trace, 3, 'Ready');
    expect(ready).toMatchObject({ status: 'False', reason: 'ContainersNotReady', message: 'containers with unready status: [side]' });
    expect(conditionAt(trace, 3, 'ContainersReady')).toMatchObject({ reason: 'ContainersNotReady', message: 'containers with unready status: [side]' });
  });

  it('lastTransitionTime moves only when the status flips, not when the message changes', () => {
    const trace = run({
      pod: pod({ containers: [container('a', { image: 'img-a:1' }), container('b', { image: 'img-b:1' })] }),
      runtime: { pullMs: { 'img-a:1': 3000, 'img-b:1': 6000 } },
      until: 20,
    });
    // pulls are sequential: a from 1 to 4, b from 4 to 10
    expect(conditionAt(trace, 0, 'ContainersReady')).toMatchObject({ status: 'False', message: 'containers with unready status: [a b]', lastTransitionTime: '2025-01-01T00:00:00Z' });
    expect(conditionAt(trace, 5, 'ContainersReady')).toMatchObject({ status: 'False', message: 'containers with unready status: [b]', lastTransitionTime: '2025-01-01T00:00:00Z' });
    expect(conditionAt(trace, 10, 'ContainersReady')).toMatchObject({ status: 'True', lastTransitionTime: '2025-01-01T00:00:10Z' });
  });

  it('Ready ⇒ ContainersReady ⇒ every container ready, at every frame of a flapping readiness probe', () => {
    const trace = run({
      pod: pod({ containers: [container('app', { ports: [{ containerPort: 80, protocol: 'TCP' }], readinessProbe: probe('readiness', tcp(80), { periodSeconds: 1, failureThreshold: 1 }) })] }),
      behaviours: { app: { tcp: { '80': [{ from: 0, open: true }, { from: 5000, open: false }, { from: 9000, open: true }] } } },
      options: present,
      until: 20,
    });
    const readyFlips = trace.frames.map((f) => [f.t / 1000, f.pod?.status.conditions?.find((c) => c.type === 'Ready')?.status]);
    expect(readyFlips).toContainEqual([6, 'False']);
    expect(readyFlips).toContainEqual([10, 'True']);
    for (const f of trace.frames) {
      const c = f.pod?.status.conditions ?? [];
      const ready = c.find((x) => x.type === 'Ready')?.status === 'True';
      const cr = c.find((x) => x.type === 'ContainersReady')?.status === 'True';
      if (ready) expect(cr).toBe(true);
      if (cr) expect(f.pod?.status.containerStatuses?.every((s) => s.ready)).toBe(true);
    }
  });
});
