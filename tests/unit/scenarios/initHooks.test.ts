/**
 * Init-container and lifecycle-hook scenarios (k8s-semantics.md §1.2, §5.3, §6; seed articles 2, 4, 5).
 */
import { describe, expect, it } from 'vitest';
import { EPS, findContainer, firstStart, lastPod, statusColumn, tsToSec, useStory } from './runScenario';

describe('init-wait-for-service', () => {
  const run = useStory('init-wait-for-service');

  it('stays Pending with Init:0/1 while myservice does not resolve — getPhase pendingInit (kubelet_pods.go)', () => {
    const r = run();
    const pod = r.statusAt(15)!;
    expect(pod.status.phase).toBe('Pending');
    expect(statusColumn(pod)).toBe('Init:0/1');
    expect(findContainer(pod, 'init-myservice')?.state.running).toBeDefined();
    expect(findContainer(pod, 'myapp-container')?.state.waiting?.reason).toBe('PodInitializing');
    expect(r.condition(15, 'Initialized')).toBe('False');
    // Init containers run to completion before any app container starts.
    expect(r.eventTimes('Started', 'myapp-container').every((t) => t > 20)).toBe(true);
  });

  it('finishes the init container within ~2 s of the Service being applied at 20 s (sleep 2 loop)', () => {
    const r = run();
    const done = r.firstTime((p) => findContainer(p, 'init-myservice')?.state.terminated?.exitCode === 0);
    expect(done).toBeGreaterThanOrEqual(20);
    expect(done).toBeLessThanOrEqual(23.5);
  });

  it('then starts myapp-container: STATUS goes Init:0/1 → (PodInitializing) → Running — printPod', () => {
    const r = run();
    const runningAt = r.firstTime((p) => p.status.phase === 'Running');
    expect(runningAt).toBeGreaterThan(20);
    expect(runningAt).toBeLessThan(40);
    expect(
      r.always((p) => ['Pending', 'Init:0/1', 'PodInitializing', 'ContainerCreating'].includes(statusColumn(p)!), 0, runningAt! - 0.001),
    ).toBe(true);
    expect(r.getAt(59)).toMatchObject({ ready: '1/1', status: 'Running', restarts: '0' });
    expect(r.condition(59, 'Initialized')).toBe('True');
  });
});

describe('poststart-sleep-30', () => {
  const run = useStory('poststart-sleep-30');

  it('reports the container waiting (ContainerCreating) and the Pod Pending while the hook sleeps — kuberuntime_container.go startContainer', () => {
    const r = run();
    const s0 = firstStart(r, 'random-generator');
    const pod = r.statusAt(s0 + 15)!;
    expect(pod.status.phase).toBe('Pending');
    expect(findContainer(pod, 'random-generator')?.state.waiting?.reason).toBe('ContainerCreating');
    expect(statusColumn(pod)).toBe('ContainerCreating');
  });

  it('shows Running only when the 30 s hook returns, with startedAt from before the hook', () => {
    const r = run();
    const s0 = firstStart(r, 'random-generator');
    const running = r.firstTime((p) => findContainer(p, 'random-generator')?.state.running !== undefined);
    expect(running! - s0).toBeGreaterThanOrEqual(30 - EPS);
    expect(running! - s0).toBeLessThanOrEqual(32);
    const startedAt = tsToSec(r.container(89, 'random-generator')?.state.running?.startedAt, r.trace);
    expect(startedAt).toBeLessThanOrEqual(s0 + 1);
    expect(r.getAt(89)).toMatchObject({ ready: '1/1', status: 'Running', restarts: '0' });
    expect(r.eventTimes('FailedPostStartHook')).toEqual([]);
  });
});

describe('hooks-war-deploy', () => {
  const run = useStory('hooks-war-deploy');

  it('runs the postStart copy without failure and is Running before the delete', () => {
    const r = run();
    expect(r.eventTimes('FailedPostStartHook')).toEqual([]);
    expect(r.getAt(19)).toMatchObject({ ready: '1/1', status: 'Running' });
  });

  it('emits Killing, then FailedPreStopHook (monitor.com is unresolvable) — Killing precedes the hook (PR #73892)', () => {
    const r = run();
    const killing = r.eventTimes('Killing', 'war');
    const failed = r.eventTimes('FailedPreStopHook', 'war');
    expect(killing).toHaveLength(1);
    expect(failed).toHaveLength(1);
    expect(killing[0]).toBeGreaterThanOrEqual(20);
    expect(failed[0]).toBeGreaterThanOrEqual(killing[0]!);
    expect(failed[0]).toBeLessThan(22);
    const kIdx = r.events.findIndex((e) => e.reason === 'Killing');
    const fIdx = r.events.findIndex((e) => e.reason === 'FailedPreStopHook');
    expect(kIdx).toBeLessThan(fIdx);
  });

  it('still terminates: a failed preStop does not block the kill; the Pod ends terminal and disappears', () => {
    const r = run();
    const deleting = r.firstTime((p) => p.metadata.deletionTimestamp !== undefined);
    expect(deleting).toBeGreaterThanOrEqual(20);
    expect(statusColumn(r.statusAt(deleting!))).toBe('Terminating');
    expect(r.goneAt).toBeDefined();
    expect(r.goneAt!).toBeLessThanOrEqual(20 + 30 + 2 + 1);
    expect(['Succeeded', 'Failed']).toContain(lastPod(r)?.status.phase);
  });
});

describe('hooks-war-deploy-typos', () => {
  const run = useStory('hooks-war-deploy-typos');

  it('runs without any preStop (the `prestop` field was dropped): Killing but no FailedPreStopHook', () => {
    const r = run();
    expect(r.getAt(19)).toMatchObject({ ready: '1/1', status: 'Running' });
    expect(r.eventTimes('Killing', 'war')).toHaveLength(1);
    expect(r.eventTimes('FailedPreStopHook')).toEqual([]);
    expect(r.trace.spans.filter((s) => s.kind === 'preStop')).toEqual([]);
    expect(r.goneAt).toBeDefined();
  });
});

describe('prestop-http-shutdown', () => {
  const run = useStory('prestop-http-shutdown');

  it('calls /shutdown after Killing and before SIGTERM, without a hook failure, and the Pod goes away', () => {
    const r = run();
    expect(r.getAt(19)).toMatchObject({ ready: '1/1', status: 'Running' });
    const killing = r.eventTimes('Killing', 'random-generator');
    expect(killing).toHaveLength(1);
    expect(killing[0]).toBeGreaterThanOrEqual(20);
    expect(killing[0]).toBeLessThan(21);
    expect(r.eventTimes('FailedPreStopHook')).toEqual([]);
    const preStop = r.trace.spans.find((s) => s.kind === 'preStop' && s.container === 'random-generator');
    expect(preStop?.start).toBeGreaterThanOrEqual(20_000);
    expect(preStop?.ok).not.toBe(false);
    expect(r.goneAt).toBeDefined();
    expect(r.goneAt!).toBeLessThanOrEqual(52.5);
    const deleting = r.firstTime((p) => p.metadata.deletionTimestamp !== undefined);
    expect(statusColumn(r.statusAt(deleting!))).toBe('Terminating');
    expect(['Succeeded', 'Failed']).toContain(lastPod(r)?.status.phase);
  });
});
