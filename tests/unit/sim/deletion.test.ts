import { describe, expect, it } from 'vitest';
import { container, exec, pod, sleep } from '../../support/podBuilder';
import { at, conditionAt, csAt, entered, events, phaseAt, podAt, run, stateAt } from '../../support/simHarness';

const present = { presentImages: ['registry.example/app:1.0'] };

describe('graceful deletion (registry BeforeDelete, SyncTerminatingPod, killContainer)', () => {
  it('sets deletionTimestamp = now + grace and deletionGracePeriodSeconds; Killing "Stopping container"; TERM exit 143 seen at the next PLEG relist; Failed; then gone', () => {
    const trace = run({ pod: pod(), options: present, interventions: [at(10, { type: 'delete' })], until: 60 });
    expect(podAt(trace, 10)?.metadata).toMatchObject({ deletionTimestamp: '2025-01-01T00:00:40Z', deletionGracePeriodSeconds: 30 });
    expect(events(trace, 'Killing')[0]).toMatchObject({ t: 10_000, message: 'Stopping container app' });
    // The deleted pod is first published with its containers still running (kubectl: Terminating) …
    expect(stateAt(trace, 10, 'app')).toBe('running');
    expect(phaseAt(trace, 10)).toBe('Running');
    // … the exit (at 10 s: finishedAt) is observed by the kubelet at the next relist (genericPlegRelistPeriod 1 s).
    expect(stateAt(trace, 11, 'app')).toBe('terminated:Error:143');
    expect(csAt(trace, 11, 'app')?.state.terminated?.finishedAt).toBe('2025-01-01T00:00:10Z');
    expect(phaseAt(trace, 11)).toBe('Failed');
    expect(conditionAt(trace, 11, 'Ready')).toMatchObject({ status: 'False', reason: 'PodFailed' });
    expect(trace.goneAt).toBe(12_000);
    expect(trace.frames[trace.frames.length - 1]).toMatchObject({ t: 12_000, pod: null });
    expect(podAt(trace, 30)).toBeNull();
  });

  it('a container that exits 0 on TERM makes the deleted pod Succeeded', () => {
    const trace = run({ pod: pod(), behaviours: { app: { sigterm: { exitAfter: 3000, code: 0 } } }, options: present, interventions: [at(10, { type: 'delete' })], until: 60 });
    // exits at 13 s, observed at the 14 s relist
    expect(phaseAt(trace, 13)).toBe('Running');
    expect(phaseAt(trace, 14)).toBe('Succeeded');
    expect(conditionAt(trace, 14, 'ContainersReady')?.reason).toBe('PodCompleted');
    expect(trace.goneAt).toBe(15_000);
  });

  it('a process ignoring TERM is killed at the grace deadline with 137', () => {
    const trace = run({ pod: pod(), behaviours: { app: { sigterm: 'ignore' } }, options: present, interventions: [at(10, { type: 'delete', gracePeriodSeconds: 5 })], until: 60 });
    // KILL at 15 s; the kubelet observes the exit at the next relist
    expect(entered(trace, 'app', 'exited')).toEqual([16]);
    expect(csAt(trace, 16, 'app')?.state.terminated).toMatchObject({ exitCode: 137, finishedAt: '2025-01-01T00:00:15Z' });
    expect(trace.spans.find((s) => s.kind === 'sigterm')).toMatchObject({ start: 10_000, end: 15_000 });
  });

  it('the Killing event precedes the preStop hook, which counts against the grace period', () => {
    const trace = run({
      pod: pod({ containers: [container('app', { preStop: sleep(4) })] }),
      behaviours: { app: { sigterm: 'ignore' } },
      options: present,
      interventions: [at(10, { type: 'delete', gracePeriodSeconds: 10 })],
      until: 60,
    });
    const killing = trace.events.findIndex((e) => e.reason === 'Killing');
    expect(killing).toBeGreaterThanOrEqual(0);
    expect(trace.spans.find((s) => s.kind === 'preStop')).toMatchObject({ start: 10_000, end: 14_000, ok: true });
    // TERM at 14, KILL at 20 (10 s grace − 4 s preStop)
    expect(trace.spans.find((s) => s.kind === 'sigterm')).toMatchObject({ start: 14_000, end: 20_000 });
  });

  it('a preStop that outlives the grace period still leaves 2 s between TERM and KILL (minimumGracePeriodInSeconds)', () => {
    const trace = run({
      pod: pod({ containers: [container('app', { preStop: sleep(100) })] }),
      behaviours: { app: { sigterm: 'ignore' } },
      options: present,
      interventions: [at(10, { type: 'delete', gracePeriodSeconds: 5 })],
      until: 60,
    });
    expect(trace.spans.find((s) => s.kind === 'preStop')).toMatchObject({ end: 15_000 });
    // KILL at 17 s, observed at 18 s
    expect(entered(trace, 'app', 'exited')).toEqual([18]);
    expect(events(trace, 'FailedPreStopHook')).toHaveLength(0);
  });

  it('a failing preStop emits FailedPreStopHook and the stop continues', () => {
    const trace = run({ pod: pod({ containers: [container('app', { preStop: exec('false') })] }), options: present, interventions: [at(10, { type: 'delete' })], until: 60 });
    expect(events(trace, 'FailedPreStopHook')[0]).toMatchObject({ t: 10_000, message: 'PreStopHook failed' });
    // TERM right after the failed hook: exit at 10 s, observed at the 11 s relist
    expect(trace.spans.find((s) => s.kind === 'sigterm')).toMatchObject({ start: 10_000, end: 10_000 });
    expect(entered(trace, 'app', 'exited')).toEqual([11]);
  });

  it('nothing restarts after deletion starts, even with restartPolicy Always and a crash-looping container', () => {
    const trace = run({
      pod: pod({ containers: [container('app'), container('crash')] }),
      behaviours: { crash: { exit: { after: 0, code: 1 } }, app: { sigterm: { exitAfter: 8000, code: 0 } } },
      options: present,
      interventions: [at(5, { type: 'delete' })],
      until: 60,
    });
    expect(events(trace, 'Started', 'crash').every((e) => e.t < 5000)).toBe(true);
    expect(entered(trace, 'crash', 'done')).toEqual([5]);
    // without a pending restart the newest instance (exited 1) is the state again, not CrashLoopBackOff
    expect(csAt(trace, 14, 'crash')?.state.terminated).toMatchObject({ reason: 'Error', exitCode: 1 });
    // app exits 0 at 13 s, observed at 14 s
    expect(phaseAt(trace, 14)).toBe('Failed');
  });
});

describe('TerminatePod (status_manager.go)', () => {
  it('a regular container that never got a terminated state is reported ContainerStatusUnknown 137 and the pod Failed', () => {
    const trace = run({ pod: pod(), runtime: { pullMs: 60_000 }, interventions: [at(10, { type: 'delete' })], until: 60 });
    expect(csAt(trace, 10, 'app')?.state.terminated).toEqual({
      exitCode: 137,
      reason: 'ContainerStatusUnknown',
      message: 'The container could not be located when the pod was terminated',
    });
    expect(phaseAt(trace, 10)).toBe('Failed');
    expect(trace.spans.find((s) => s.kind === 'pull')).toMatchObject({ end: 10_000, ok: false });
  });
});

describe('kubectl delete flags and immediate deletions (kubectl delete.go, registry/core/pod/strategy.go)', () => {
  it('--grace-period=0 without --force is sent as 1 s', () => {
    const trace = run({ pod: pod(), behaviours: { app: { sigterm: 'ignore' } }, options: present, interventions: [at(10, { type: 'delete', gracePeriodSeconds: 0 })], until: 60 });
    expect(podAt(trace, 10)?.metadata.deletionGracePeriodSeconds).toBe(1);
    // killContainer still gives TERM at least 2 s: KILL at 12 s, observed at 13 s
    expect(trace.spans.find((s) => s.kind === 'sigterm')).toMatchObject({ start: 10_000, end: 12_000 });
    expect(entered(trace, 'app', 'exited')).toEqual([13]);
  });

  it('--force --grace-period=0 removes the object at once; the kubelet still stops the container', () => {
    const trace = run({ pod: pod(), options: present, interventions: [at(10, { type: 'delete', gracePeriodSeconds: 0, force: true })], until: 60 });
    expect(trace.goneAt).toBe(10_000);
    expect(podAt(trace, 10)).toBeNull();
    expect(events(trace, 'Killing')).toHaveLength(1);
  });

  it('a pod in a terminal phase is removed at once', () => {
    const trace = run({ pod: pod({ restartPolicy: 'Never' }), behaviours: { app: { exit: { after: 1000, code: 0 } } }, options: present, interventions: [at(10, { type: 'delete' })], until: 60 });
    expect(phaseAt(trace, 9)).toBe('Succeeded');
    expect(trace.goneAt).toBe(10_000);
  });

  it('a later delete may only shorten the grace period', () => {
    const trace = run({
      pod: pod(),
      behaviours: { app: { sigterm: 'ignore' } },
      options: present,
      interventions: [at(10, { type: 'delete', gracePeriodSeconds: 20 }), at(11, { type: 'delete', gracePeriodSeconds: 60 })],
      until: 60,
    });
    expect(podAt(trace, 12)?.metadata.deletionTimestamp).toBe('2025-01-01T00:00:30Z');
  });
});

describe('activeDeadlineSeconds (kubelet/active_deadline.go)', () => {
  it('fails the pod with DeadlineExceeded measured from startTime and kills its containers', () => {
    const trace = run({ pod: pod({ activeDeadlineSeconds: 20 }), options: present, until: 60 });
    expect(events(trace, 'DeadlineExceeded')[0]).toMatchObject({ t: 20_000, type: 'Normal', message: 'Pod was active on the node longer than the specified deadline' });
    expect(podAt(trace, 20)?.status).toMatchObject({ phase: 'Failed', reason: 'DeadlineExceeded', message: 'Pod was active on the node longer than the specified deadline' });
    expect(stateAt(trace, 21, 'app')).toBe('terminated:Error:143');
    expect(phaseAt(trace, 60)).toBe('Failed');
    expect(trace.goneAt).toBeUndefined();
  });
});

describe('pod machine through termination', () => {
  it('goes running → terminating → failed → gone on deletion, recording the events that drove it', () => {
    const trace = run({ pod: pod(), options: present, interventions: [at(10, { type: 'delete' })], until: 60 });
    const pod_ = trace.transitions.filter((x) => x.machine === 'pod').map((x) => `${x.t / 1000} ${x.from}→${x.to} ${x.event}`);
    expect(pod_).toEqual(['1 pending→running SANDBOX_READY', '10 running→terminating TERMINATE', '11 terminating→failed TERMINATED', '12 failed→gone REMOVED']);
  });
});
