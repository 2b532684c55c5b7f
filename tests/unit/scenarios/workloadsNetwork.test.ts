/**
 * Seed-article workloads and Service/readiness scenarios (k8s-semantics.md §4.5 readiness, §7.3
 * endpoints, §2 readiness gates, §8 pull policy Never).
 */
import { describe, expect, it } from 'vitest';
import { EPS, findContainer, firstStart, statusColumn, useStory } from './runScenario';

describe('readiness-service-endpoints', () => {
  const run = useStory('readiness-service-endpoints');

  it('is Ready and listed in myservice before the page is removed', () => {
    const r = run();
    expect(r.getAt(29)).toMatchObject({ ready: '1/1', status: 'Running', restarts: '0' });
    expect(r.endpointsAt(29)).toEqual(['myservice']);
  });

  it('turns unready after three failed readiness probes (404) and leaves the Service — prober/worker.go, endpointslice', () => {
    const r = run();
    const unready = r.firstTime((p) => findContainer(p, 'myapp-container')?.ready === false, 30);
    // rm at 30 s; probes every 3 s → third failure 6–9 s later.
    expect(unready).toBeGreaterThanOrEqual(35.9);
    expect(unready).toBeLessThanOrEqual(40);
    expect(r.getAt(50)).toMatchObject({ ready: '0/1', status: 'Running', restarts: '0' });
    expect(r.condition(50, 'Ready')).toBe('False');
    expect(r.condition(50, 'ContainersReady')).toBe('False');
    expect(r.endpointsAt(50)).toEqual([]);
    const msgs = r.events.filter((e) => e.reason === 'Unhealthy' && e.t >= 30_000 && e.t < 60_000).map((e) => e.message);
    expect(msgs.length).toBeGreaterThanOrEqual(3);
    expect(msgs.every((m) => m === 'Readiness probe failed: HTTP probe failed with statuscode: 404')).toBe(true);
  });

  it('does not restart: the TCP liveness probe on port 80 keeps succeeding', () => {
    const r = run();
    expect(r.eventTimes('Killing')).toEqual([]);
    expect(r.container(89, 'myapp-container')!.restartCount).toBe(0);
  });

  it('is Ready again within one period of the page being restored, and back in the Service', () => {
    const r = run();
    const ready = r.firstTime((p) => findContainer(p, 'myapp-container')?.ready === true, 60);
    expect(ready).toBeGreaterThanOrEqual(60);
    expect(ready).toBeLessThanOrEqual(64);
    expect(r.endpointsAt(70)).toEqual(['myservice']);
    expect(r.getAt(89)).toMatchObject({ ready: '1/1', status: 'Running', restarts: '0' });
  });
});

describe('readiness-gate', () => {
  const run = useStory('readiness-gate');

  it('has ContainersReady True but Ready False (ReadinessGatesNotReady) until the gate is set — status/generate.go', () => {
    const r = run();
    const pod = r.statusAt(15)!;
    expect(r.condition(15, 'ContainersReady')).toBe('True');
    const ready = pod.status.conditions?.find((c) => c.type === 'Ready');
    expect(ready?.status).toBe('False');
    expect(ready?.reason).toBe('ReadinessGatesNotReady');
    expect(r.getAt(15)).toMatchObject({ ready: '1/1', status: 'Running', readinessGates: '0/1' });
  });

  it('becomes Ready when example.com/feature-1=True is set at 20 s', () => {
    const r = run();
    const readyAt = r.firstTime((p) => p.status.conditions?.find((c) => c.type === 'Ready')?.status === 'True');
    expect(readyAt).toBeGreaterThanOrEqual(20);
    expect(readyAt).toBeLessThanOrEqual(21);
    expect(r.condition(25, 'example.com/feature-1')).toBe('True');
    expect(r.getAt(25)?.readinessGates).toBe('1/1');
  });
});

describe('deployment-init-annotation', () => {
  const run = useStory('deployment-init-annotation');

  it('runs the pod template without any init container (the annotation is ignored)', () => {
    const r = run();
    const pod = r.statusAt(59)!;
    expect(pod.status.initContainerStatuses ?? []).toEqual([]);
    expect(r.getAt(59)).toMatchObject({ ready: '1/1', status: 'Running', restarts: '0' });
    expect(pod.metadata.name).toMatch(/^lykops-deploy-init-container-[a-z0-9]+-[a-z0-9]{5}$/);
    expect(r.always((p) => !statusColumn(p)!.startsWith('Init:'), 0, 59)).toBe(true);
  });
});

describe('rc-inessprobe', () => {
  const run = useStory('rc-inessprobe');

  it('uses the image already on the node (pull policy Never): Pulled "already present", no Pulling', () => {
    const r = run();
    expect(r.eventTimes('Pulling')).toEqual([]);
    expect(r.events.some((e) => e.reason === 'Pulled' && e.message.startsWith('Container image "web:apache" already present on machine'))).toBe(true);
  });

  it('is Running but unready for ~2 minutes (readiness initialDelaySeconds 120), then joins the Service', () => {
    const r = run();
    const s0 = firstStart(r, 'inessprobe');
    expect(r.getAt(s0 + 100)).toMatchObject({ ready: '0/1', status: 'Running' });
    expect(r.endpointsAt(s0 + 100)).toEqual([]);
    const ready = r.firstTime((p) => findContainer(p, 'inessprobe')?.ready === true);
    expect(ready! - s0).toBeGreaterThanOrEqual(120 - EPS);
    expect(ready! - s0).toBeLessThanOrEqual(136);
    expect(r.endpointsAt(ready! + 1)).toEqual(['inessprobe']);
    expect(r.probes.filter((p) => p.probe === 'readiness' && p.t < (s0 + 119.9) * 1000)).toEqual([]);
  });

  it('keeps running: liveness (initialDelaySeconds 180) succeeds, no restarts', () => {
    const r = run();
    expect(r.getAt(239)).toMatchObject({ ready: '1/1', status: 'Running', restarts: '0' });
    expect(r.probes.some((p) => p.probe === 'liveness')).toBe(true);
    expect(r.eventTimes('Killing')).toEqual([]);
    expect(r.statusAt(239)?.metadata.labels).toMatchObject({ name: 'inessprobe', app: 'inessprobe' });
  });
});

describe('rc-inessprobe-image-absent', () => {
  const run = useStory('rc-inessprobe-image-absent');

  it('cannot start: waiting ErrImageNeverPull, Pod Pending, never pulls — image_manager.go', () => {
    const r = run();
    const c = r.container(30, 'inessprobe');
    expect(c?.state.waiting?.reason).toBe('ErrImageNeverPull');
    expect(r.getAt(119)).toMatchObject({ ready: '0/1', status: 'ErrImageNeverPull', restarts: '0' });
    expect(r.always((p) => p.status.phase === 'Pending', 0, 119)).toBe(true);
    expect(r.eventTimes('Pulling')).toEqual([]);
    expect(r.eventTimes('Started')).toEqual([]);
    const ev = r.events.find((e) => e.reason === 'ErrImageNeverPull');
    expect(ev?.type).toBe('Warning');
    expect(ev?.message).toBe('Container image "web:apache" is not present with pull policy of Never');
    expect(r.endpointsAt(119)).toEqual([]);
  });
});
