/**
 * Failure paths the seed articles describe in prose: failing init containers (getPhase rules 1–2),
 * a failing postStart (fact 15), kubectl delete flags (fact 16), and a lost node (fact 4).
 */
import { describe, expect, it } from 'vitest';
import { EPS, findContainer, firstStart, lastPod, statusColumn, tsToSec, useStory } from './runScenario';

describe('init-fails-never', () => {
  const run = useStory('init-fails-never');

  it('fails the Pod at once (failed init + Never → Failed) and shows Init:Error — getPhase rule 1, printPod', () => {
    const r = run();
    const s0 = firstStart(r, 'migrate');
    const failed = r.firstTime((p) => p.status.phase === 'Failed');
    expect(failed! - s0).toBeGreaterThanOrEqual(2 - EPS);
    expect(failed! - s0).toBeLessThanOrEqual(4);
    expect(r.getAt(59)).toMatchObject({ ready: '0/1', status: 'Init:Error', restarts: '0' });
    expect(r.container(59, 'migrate')?.state.terminated?.exitCode).toBe(1);
    expect(r.eventTimes('Started', 'app')).toEqual([]);
    expect(r.eventTimes('Started', 'migrate')).toHaveLength(1);
  });
});

describe('init-fails-always', () => {
  const run = useStory('init-fails-always');

  it('restarts the init container with back-off and stays Pending; the app never starts — §5.3', () => {
    const r = run();
    expect(r.always((p) => p.status.phase === 'Pending', 0, 119)).toBe(true);
    expect(r.eventTimes('Started', 'app')).toEqual([]);
    const times = r.restartTimes('migrate');
    expect(times.length).toBeGreaterThanOrEqual(3);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(12 - EPS); // 2 s run + 10 s back-off
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(22 - EPS); // 2 s run + 20 s back-off
  });

  it('shows Init:Error / Init:CrashLoopBackOff, RESTARTS counting the init container (printPod)', () => {
    const r = run();
    expect(r.firstTime((p) => statusColumn(p) === 'Init:CrashLoopBackOff')).toBeDefined();
    expect(r.firstTime((p) => statusColumn(p) === 'Init:Error')).toBeDefined();
    const restarts = r.container(119, 'migrate')!.restartCount;
    expect(restarts).toBeGreaterThanOrEqual(3);
    expect(r.getAt(119)?.restarts.startsWith(String(restarts))).toBe(true);
  });
});

describe('poststart-fails', () => {
  const run = useStory('poststart-fails');

  it('emits FailedPostStartHook and kills the container (Killing "FailedPostStartHook") — kuberuntime_container.go', () => {
    const r = run();
    const failed = r.events.filter((e) => e.reason === 'FailedPostStartHook');
    expect(failed.length).toBeGreaterThanOrEqual(2);
    expect(failed[0]!.type).toBe('Warning');
    expect(r.events.some((e) => e.reason === 'Killing' && e.message === 'FailedPostStartHook')).toBe(true);
  });

  it('is never reported Running, and restarts with back-off', () => {
    const r = run();
    expect(r.always((p) => findContainer(p, 'web')?.state.running === undefined, 0, 89)).toBe(true);
    expect(r.container(89, 'web')!.restartCount).toBeGreaterThanOrEqual(2);
    expect(r.firstTime((p) => ['CrashLoopBackOff', 'PostStartHookError'].includes(statusColumn(p)!))).toBeDefined();
  });
});

describe('delete-grace-period-zero', () => {
  const run = useStory('delete-grace-period-zero');

  it('is sent as grace 1 (kubectl delete.go) and killed after the 2 s minimum — fact 16', () => {
    const r = run();
    const pod = r.statusAt(10.5)!;
    expect(pod.metadata.deletionGracePeriodSeconds).toBe(1);
    expect(tsToSec(pod.metadata.deletionTimestamp, r.trace)).toBe(11);
    expect(statusColumn(pod)).toBe('Terminating');
    const ended = r.firstTime((p) => findContainer(p, 'app')?.state.terminated !== undefined);
    expect(ended).toBeGreaterThanOrEqual(11.5);
    expect(ended).toBeLessThanOrEqual(13);
    expect(findContainer(lastPod(r), 'app')?.state.terminated?.exitCode).toBe(137);
    expect(r.goneAt).toBeGreaterThanOrEqual(11.5);
    expect(r.goneAt).toBeLessThanOrEqual(14);
  });
});

describe('force-delete', () => {
  const run = useStory('force-delete');

  it('removes the object at once, without waiting for the kubelet — registry delete with grace 0', () => {
    const r = run();
    expect(r.getAt(9.9)?.status).toBe('Running');
    expect(r.goneAt).toBeGreaterThanOrEqual(10);
    expect(r.goneAt).toBeLessThanOrEqual(10.1);
    expect(r.statusAt(10.2)).toBeNull();
  });
});

describe('node-lost', () => {
  const run = useStory('node-lost');

  it('never sets phase Unknown; Ready turns False with NodeNotReady and the phase stays Running — fact 4', () => {
    const r = run();
    expect(r.always((p) => p.status.phase !== 'Unknown', 0, 499)).toBe(true);
    const notReady = r.events.find((e) => e.reason === 'NodeNotReady');
    expect(notReady?.message).toBe('Node is not ready');
    const t = notReady!.t / 1000;
    expect(t).toBeGreaterThanOrEqual(30);
    expect(t).toBeLessThanOrEqual(90);
    expect(r.condition(t + 1, 'Ready')).toBe('False');
    expect(r.statusAt(t + 1)?.status.phase).toBe('Running');
  });

  it('is deleted by the taint manager after the 300 s toleration and stays Terminating (no kubelet to confirm)', () => {
    const r = run();
    const notReady = r.eventTimes('NodeNotReady')[0]!;
    const deleted = r.firstTime((p) => p.metadata.deletionTimestamp !== undefined);
    expect(deleted).toBeDefined();
    expect(deleted!).toBeGreaterThanOrEqual(notReady + 299);
    expect(deleted!).toBeLessThanOrEqual(notReady + 310);
    expect(r.statusAt(499)).not.toBeNull();
    expect(['Terminating', 'Unknown']).toContain(statusColumn(r.statusAt(499)));
  });
});
