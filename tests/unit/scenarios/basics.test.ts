/**
 * Outcomes of the basics and restart-policy scenarios, written from kubelet semantics
 * (k8s-semantics.md §1 getPhase, §2 conditions, §5 back-off, §9 printPod), not from the simulator.
 */
import { describe, expect, it } from 'vitest';
import { EPS, findContainer, firstStart, statusColumn, useStory } from './runScenario';

describe('pod-phases-basics', () => {
  const run = useStory('pod-phases-basics');

  it('is Pending before the container starts and Running after — getPhase rules 3 and 4 (kubelet_pods.go)', () => {
    const r = run();
    const s0 = firstStart(r, 'nginx');
    expect(r.statusAt(0)?.status.phase).toBe('Pending');
    expect(r.always((p) => p.status.phase === 'Pending', 0, s0 - 0.001)).toBe(true);
    const running = r.firstTime((p) => p.status.phase === 'Running');
    expect(running).toBeGreaterThanOrEqual(s0);
    expect(running! - s0).toBeLessThanOrEqual(1.5);
  });

  it('shows ContainerCreating while the image is pulled — printPod waiting reason (printers.go)', () => {
    const r = run();
    expect(r.firstTime((p) => statusColumn(p) === 'ContainerCreating')).toBeDefined();
    expect(r.firstTime((p) => statusColumn(p) === 'ContainerCreating')!).toBeLessThan(firstStart(r, 'nginx'));
  });

  it('ends Running 1/1 with all five conditions True in kubelet order — status/generate.go', () => {
    const r = run();
    const pod = r.statusAt(59)!;
    expect(r.getAt(59)).toMatchObject({ ready: '1/1', status: 'Running', restarts: '0' });
    expect(pod.status.conditions?.map((c) => [c.type, c.status])).toEqual([
      ['PodReadyToStartContainers', 'True'],
      ['Initialized', 'True'],
      ['Ready', 'True'],
      ['ContainersReady', 'True'],
      ['PodScheduled', 'True'],
    ]);
    expect(findContainer(pod, 'nginx')).toMatchObject({ ready: true, started: true, restartCount: 0 });
  });

  it('emits Scheduled, Pulling, Pulled, Created, Started in that order — kubelet events', () => {
    const r = run();
    const order = ['Scheduled', 'Pulling', 'Pulled', 'Created', 'Started'].map((reason) => r.eventTimes(reason)[0]);
    expect(order.every((t) => t !== undefined)).toBe(true);
    for (let i = 1; i < order.length; i++) expect(order[i]!).toBeGreaterThanOrEqual(order[i - 1]! - EPS);
    expect(r.events.find((e) => e.reason === 'Scheduled')?.message).toMatch(/^Successfully assigned default\/nginx to /);
  });
});

/** Restart matrix: the container runs 5 s and exits with the code in the id. */
describe.each([
  ['restart-always-exit-0', 0],
  ['restart-always-exit-1', 1],
  ['restart-onfailure-exit-1', 1],
] as const)('%s', (id, code) => {
  const run = useStory(id);

  it('is restarted again and again with back-off; the phase stays Running — getPhase rule 5 (Always / OnFailure+failed)', () => {
    const r = run();
    const s0 = firstStart(r, 'app');
    expect(r.always((p) => p.status.phase === 'Running', s0 + 0.5, 119)).toBe(true);
    // 5 s runs, restarts at once, then after 10 s and 20 s back-off: at least 3 restarts by 120 s.
    expect(r.container(119, 'app')!.restartCount).toBeGreaterThanOrEqual(3);
    const times = r.restartTimes('app');
    expect(times[0]! - s0).toBeGreaterThanOrEqual(5 - EPS);
    expect(times[0]! - s0).toBeLessThan(8); // first restart is immediate
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(14.5 - EPS); // 5 s run + 10 s back-off
  });

  it(`records exit code ${code} in lastState and shows CrashLoopBackOff between restarts`, () => {
    const r = run();
    const last = r.container(119, 'app')!.lastState.terminated;
    expect(last?.exitCode).toBe(code);
    expect(last?.reason).toBe(code === 0 ? 'Completed' : 'Error');
    expect(r.firstTime((p) => statusColumn(p) === 'CrashLoopBackOff')).toBeDefined();
    expect(r.firstTime((p) => p.status.phase === 'Succeeded' || p.status.phase === 'Failed')).toBeUndefined();
  });
});

describe.each([
  ['restart-onfailure-exit-0', 'Succeeded', 'Completed', 0],
  ['restart-never-exit-0', 'Succeeded', 'Completed', 0],
  ['restart-never-exit-1', 'Failed', 'Error', 1],
] as const)('%s', (id, phase, column, code) => {
  const run = useStory(id);

  it(`is not restarted and ends ${phase} (STATUS ${column}) — getPhase rule 5`, () => {
    const r = run();
    const s0 = firstStart(r, 'app');
    const done = r.firstTime((p) => p.status.phase === phase);
    expect(done).toBeDefined();
    expect(done! - s0).toBeGreaterThanOrEqual(5 - EPS);
    expect(done! - s0).toBeLessThan(7.5);
    expect(r.getAt(119)).toMatchObject({ ready: '0/1', status: column, restarts: '0' });
    const c = r.container(119, 'app')!;
    expect(c.state.terminated).toMatchObject({ exitCode: code, reason: column });
    expect(r.eventTimes('Started', 'app')).toHaveLength(1);
    expect(r.statusAt(119)!.status.phase).toBe(phase);
  });
});
