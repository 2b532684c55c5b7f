/**
 * Jobs, deadlines and deletion (k8s-semantics.md §1.4, §6.2 killContainer, §7 termination,
 * §7.4 sidecar order, §7.6 active_deadline.go; §12 facts 3, 13, 14, 17, 18, 25).
 */
import { describe, expect, it } from 'vitest';
import { EPS, findContainer, firstStart, lastPod, statusColumn, tsToSec, useStory } from './runScenario';

describe('job-onfailure-retries', () => {
  const run = useStory('job-onfailure-retries');

  it('restarts in place: immediately after the first failure, after 10 s back-off after the second', () => {
    const r = run();
    const s0 = firstStart(r, 'worker');
    const [r1, r2] = r.restartTimes('worker');
    expect(r1! - s0).toBeGreaterThanOrEqual(2 - EPS);
    expect(r1! - s0).toBeLessThanOrEqual(5);
    expect(r2! - r1!).toBeGreaterThanOrEqual(12 - EPS);
    expect(r2! - r1!).toBeLessThanOrEqual(15);
    expect(r.always((p) => p.status.phase === 'Running', s0 + 0.5, r2!)).toBe(true);
  });

  it('succeeds on the third run: Succeeded, Completed, RESTARTS 2 — getPhase rule 5 (OnFailure, all succeeded)', () => {
    const r = run();
    const r2 = r.restartTimes('worker')[1]!;
    const done = r.firstTime((p) => p.status.phase === 'Succeeded');
    expect(done! - r2).toBeGreaterThanOrEqual(2 - EPS);
    expect(done! - r2).toBeLessThanOrEqual(4);
    expect(r.getAt(89)).toMatchObject({ ready: '0/1', status: 'Completed' });
    expect(r.getAt(89)?.restarts).toMatch(/^2( \(.+ ago\))?$/);
    expect(r.container(89, 'worker')!.state.terminated).toMatchObject({ exitCode: 0, reason: 'Completed' });
    expect(r.statusAt(89)?.metadata.name).toMatch(/^batch-onfailure-[a-z0-9]{5}$/);
  });
});

describe('job-never-fails', () => {
  const run = useStory('job-never-fails');

  it('fails without restarting: Failed, STATUS Error, exit 1 — getPhase rule 5 (Never)', () => {
    const r = run();
    const s0 = firstStart(r, 'worker');
    const failed = r.firstTime((p) => p.status.phase === 'Failed');
    expect(failed! - s0).toBeGreaterThanOrEqual(3 - EPS);
    expect(failed! - s0).toBeLessThanOrEqual(5);
    expect(r.getAt(59)).toMatchObject({ ready: '0/1', status: 'Error', restarts: '0' });
    expect(r.container(59, 'worker')!.state.terminated).toMatchObject({ exitCode: 1, reason: 'Error' });
  });
});

describe('active-deadline-exceeded', () => {
  const run = useStory('active-deadline-exceeded');

  it('fails the Pod with reason DeadlineExceeded ~30 s after startTime — active_deadline.go', () => {
    const r = run();
    const ev = r.events.filter((e) => e.reason === 'DeadlineExceeded');
    expect(ev).toHaveLength(1);
    expect(ev[0]!.message).toBe('Pod was active on the node longer than the specified deadline');
    expect(ev[0]!.t / 1000).toBeGreaterThanOrEqual(30);
    expect(ev[0]!.t / 1000).toBeLessThanOrEqual(31.5);
    const pod = r.statusAt(33)!;
    expect(pod.status.phase).toBe('Failed');
    expect(pod.status.reason).toBe('DeadlineExceeded');
    expect(statusColumn(pod)).toBe('DeadlineExceeded');
  });

  it('stops the container with the normal 30 s grace: sleep as PID 1 ignores SIGTERM → 137 at ~60 s', () => {
    const r = run();
    const ended = r.firstTime((p) => findContainer(p, 'worker')?.state.terminated !== undefined);
    expect(ended).toBeGreaterThanOrEqual(59.5);
    expect(ended).toBeLessThanOrEqual(63.5);
    expect(r.container(89, 'worker')!.state.terminated?.exitCode).toBe(137);
    expect(r.statusAt(89)!.status).toMatchObject({ phase: 'Failed', reason: 'DeadlineExceeded' });
  });
});

describe('sigterm-ignored', () => {
  const run = useStory('sigterm-ignored');

  it('shows Terminating with deletionTimestamp = delete + 30 s while the container ignores SIGTERM', () => {
    const r = run();
    const pod = r.statusAt(11)!;
    expect(statusColumn(pod)).toBe('Terminating');
    expect(tsToSec(pod.metadata.deletionTimestamp, r.trace)).toBe(40);
    expect(pod.metadata.deletionGracePeriodSeconds).toBe(30);
    expect(r.container(39, 'app')?.state.running).toBeDefined();
    const killing = r.events.find((e) => e.reason === 'Killing');
    expect(killing?.message).toBe('Stopping container app');
    expect(killing!.t / 1000).toBeGreaterThanOrEqual(10);
    expect(killing!.t / 1000).toBeLessThan(11);
  });

  it('is SIGKILLed at the deadline (exit 137), ends Failed and disappears at ~40 s — §1.4, fact 3', () => {
    const r = run();
    const last = lastPod(r)!;
    expect(findContainer(last, 'app')?.state.terminated?.exitCode).toBe(137);
    expect(last.status.phase).toBe('Failed');
    expect(r.goneAt).toBeGreaterThanOrEqual(40);
    expect(r.goneAt).toBeLessThanOrEqual(42);
    expect(r.statusAt(50)).toBeNull();
    expect(r.eventTimes('Started')).toHaveLength(1); // nothing restarts after deletion starts
  });
});

describe('prestop-exceeds-grace', () => {
  const run = useStory('prestop-exceeds-grace');

  it('abandons the preStop at the 10 s grace and kills 2 s later (minimumGracePeriodInSeconds) — fact 13', () => {
    const r = run();
    const pod = r.statusAt(6)!;
    expect(tsToSec(pod.metadata.deletionTimestamp, r.trace)).toBe(15);
    expect(r.container(16, 'app')?.state.running).toBeDefined();
    const ended = r.firstTime((p) => findContainer(p, 'app')?.state.terminated !== undefined);
    expect(ended).toBeGreaterThanOrEqual(16.5);
    expect(ended).toBeLessThanOrEqual(18);
    expect(findContainer(lastPod(r), 'app')?.state.terminated?.exitCode).toBe(137);
    expect(r.goneAt).toBeGreaterThanOrEqual(17);
    expect(r.goneAt).toBeLessThanOrEqual(19);
  });

  it('emits Killing before the hook, and the hook span is cut at the grace deadline', () => {
    const r = run();
    const killing = r.eventTimes('Killing', 'app');
    expect(killing[0]).toBeGreaterThanOrEqual(5);
    expect(killing[0]).toBeLessThan(5.5);
    const span = r.trace.spans.find((s) => s.kind === 'preStop' && s.container === 'app');
    expect(span).toBeDefined();
    expect(span!.start / 1000).toBeGreaterThanOrEqual(killing[0]!);
    expect(span!.end! / 1000).toBeGreaterThanOrEqual(14.5);
    expect(span!.end! / 1000).toBeLessThanOrEqual(15.5);
  });
});

describe('prestop-nginx-quit', () => {
  const run = useStory('prestop-nginx-quit');

  it('runs the Deployment\'s Pod until the delete', () => {
    const r = run();
    expect(r.getAt(29)).toMatchObject({ ready: '1/1', status: 'Running', restarts: '0' });
    expect(r.statusAt(29)?.metadata.name).toMatch(/^nginx-demo-[a-z0-9]+-[a-z0-9]{5}$/);
  });

  it('quits gracefully via preStop: no hook failure, exit 0, Succeeded, gone well before the 30 s grace', () => {
    const r = run();
    expect(r.eventTimes('Killing', 'nginx-demo')[0]).toBeGreaterThanOrEqual(30);
    expect(r.eventTimes('FailedPreStopHook')).toEqual([]);
    const last = lastPod(r)!;
    expect(findContainer(last, 'nginx-demo')?.state.terminated?.exitCode).toBe(0);
    expect(last.status.phase).toBe('Succeeded');
    expect(r.goneAt).toBeGreaterThanOrEqual(30);
    expect(r.goneAt).toBeLessThanOrEqual(35);
  });
});

describe('sidecars-start-stop-order', () => {
  const run = useStory('sidecars-start-stop-order');

  it('starts log-shipper, then proxy, then app — computeInitContainerActions waits for started', () => {
    const r = run();
    const [ls, px, app] = ['log-shipper', 'proxy', 'app'].map((c) => firstStart(r, c));
    expect(ls!).toBeLessThan(px!);
    expect(px!).toBeLessThan(app!);
  });

  it('runs with READY 3/3 (sidecars count) and the Pod Running', () => {
    const r = run();
    expect(r.getAt(25)).toMatchObject({ ready: '3/3', status: 'Running', restarts: '0' });
    expect(r.condition(25, 'Initialized')).toBe('True');
  });

  it('stops app first, then proxy, then log-shipper (reverse order) — kuberuntime_termination_order.go', () => {
    const r = run();
    const ended = (c: string): number | undefined =>
      r.firstTime((p) => findContainer(p, c)?.state.terminated !== undefined, 30);
    const tApp = ended('app')!;
    const tProxy = ended('proxy')!;
    const tLs = ended('log-shipper')!;
    expect(tApp).toBeLessThanOrEqual(tProxy);
    expect(tProxy).toBeLessThanOrEqual(tLs);
    expect(r.container(tApp, 'proxy')?.state.running).toBeDefined();
    expect(r.container(tApp, 'log-shipper')?.state.running).toBeDefined();
    expect(r.container(tProxy, 'log-shipper')?.state.running).toBeDefined();
    expect(tLs).toBeLessThanOrEqual(30 + 30 + 2);
  });

  it('ends Succeeded from the app container alone (sidecar exit codes do not count) and disappears', () => {
    const r = run();
    expect(lastPod(r)?.status.phase).toBe('Succeeded');
    expect(r.goneAt).toBeDefined();
  });
});
