/**
 * Phase and restart rules, checked end to end from a manifest (k8s-semantics §12 facts 1, 2, 10–12,
 * 17, 25). Upstream: pkg/kubelet/kubelet_pods.go getPhase; kuberuntime/kuberuntime_manager.go
 * doBackOff; kuberuntime/kuberuntime_container.go startContainer; kubelet/active_deadline.go.
 */
import { describe, expect, it } from 'vitest';
import { columns, cs, lastPod, podAt, sim, state, statusSequence } from './support';

const pod = (spec: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n${spec}`;

describe('getPhase (kubelet_pods.go)', () => {
  it('fact 1: a failing init container with restartPolicy Always keeps the pod Pending while it restarts (Init:CrashLoopBackOff)', () => {
    const trace = sim(pod(`  initContainers:\n  - {name: setup, image: busybox:1.36, command: [sh, -c, "exit 1"]}\n  containers:\n  - {name: app, image: nginx:1.27}\n`), 30);
    const p = podAt(trace, 25)!;
    expect(p.status.phase).toBe('Pending');
    expect(state(cs(p, 'setup'))).toBe('waiting:CrashLoopBackOff');
    expect(state(cs(p, 'app'))).toBe('waiting:PodInitializing');
    expect(statusSequence(trace)).toContain('Init:CrashLoopBackOff');
    expect(trace.frames.every((f) => f.pod?.status.phase !== 'Running')).toBe(true);
  });

  it('fact 2: restartPolicy Always + every container exited 0 is Running (restarting), never Succeeded', () => {
    const trace = sim(pod(`  containers:\n  - {name: app, image: busybox:1.36, command: [sh, -c, "sleep 1"]}\n`), 60);
    expect(trace.frames.some((f) => f.pod?.status.phase === 'Succeeded')).toBe(false);
    expect(podAt(trace, 3)!.status.phase).toBe('Running');
    expect(statusSequence(trace)).toEqual(['ContainerCreating', 'Running', 'Completed', 'Running', 'Completed', 'CrashLoopBackOff', 'Running', 'Completed', 'CrashLoopBackOff', 'Running', 'Completed', 'CrashLoopBackOff']);
  });

  it('fact 2: restartPolicy OnFailure + every container exited 0 is Succeeded', () => {
    const trace = sim(pod(`  restartPolicy: OnFailure\n  containers:\n  - {name: a, image: busybox:1.36, command: [sh, -c, "sleep 1"]}\n  - {name: b, image: busybox:1.36, command: [sh, -c, "sleep 3"]}\n`), 20);
    // a done, b still running: Running (stopped=1, running=1)
    expect(podAt(trace, 3.5)!.status.phase).toBe('Running');
    const { pod: last } = lastPod(trace);
    expect(last.status.phase).toBe('Succeeded');
    expect(last.status.conditions?.find((c) => c.type === 'Ready')).toMatchObject({ status: 'False', reason: 'PodCompleted' });
  });
});

describe('CrashLoopBackOff (kuberuntime_manager.go doBackOff, flowcontrol.Backoff)', () => {
  const crash = pod(`  containers:\n  - {name: app, image: busybox:1.36, command: [sh, -c, "exit 1"]}\n`);

  it('facts 10–12: first restart immediate, then 10, 20, 40, 80, 160, 300 s after each exit; restartCount counts restarts made', () => {
    const trace = sim(crash, 1000);
    const starts = trace.events.filter((e) => e.reason === 'Started').map((e) => e.t);
    // The command exits at once, so the gap between starts is the back-off window (+1 s PLEG for the first).
    const gaps = starts.slice(1).map((t, i) => Math.round((t - starts[i]!) / 1000));
    expect(gaps.slice(0, 8)).toEqual([1, 10, 20, 40, 80, 160, 300, 300]);
    const rc = trace.frames.map((f) => (f.pod ? cs(f.pod, 'app')!.restartCount : 0));
    expect(rc.every((n, i) => i === 0 || n >= rc[i - 1]!)).toBe(true);
    expect(Math.max(...rc)).toBe(starts.length - 1);
  });

  it('fact 11: the waiting message and the BackOff event use kubelet wording with Go durations', () => {
    const trace = sim(crash, 400);
    const messages = new Set<string>();
    for (const f of trace.frames) {
      const w = f.pod && cs(f.pod, 'app')?.state.waiting;
      if (w?.reason === 'CrashLoopBackOff' && w.message) messages.add(w.message.replace(/pod=.*$/, ''));
    }
    expect([...messages]).toEqual(['10s', '20s', '40s', '1m20s', '2m40s', '5m0s'].map((d) => `back-off ${d} restarting failed container=app `));
    const uid = lastPod(trace).pod.metadata.uid;
    expect(trace.events.find((e) => e.reason === 'BackOff')?.message).toBe(`Back-off restarting failed container app in pod p_default(${uid})`);
  });

  it('fact 12: during back-off restartCount equals the restarts already made', () => {
    const trace = sim(crash, 30);
    const p = podAt(trace, 10)!;
    expect(state(cs(p, 'app'))).toBe('waiting:CrashLoopBackOff');
    expect(cs(p, 'app')!.restartCount).toBe(1);
    expect(cs(p, 'app')!.lastState.terminated).toMatchObject({ exitCode: 1, reason: 'Error' });
  });

  it('the back-off resets after the container ran more than 10 minutes (HasExpiredFunc 600 s)', () => {
    const trace = sim(pod(`  containers:\n  - name: app\n    image: busybox:1.36\n    command: [sh, -c, "exit 1"]\n`).replace('metadata: {name: p}', `metadata:\n  name: p\n  annotations:\n    podlife/behavior: |\n      app:\n        runs: [{exit: {after: 1s, code: 1}}, {exit: {after: 1s, code: 1}}, {exit: {after: 11m, code: 1}}]\n`), 900);
    const starts = trace.events.filter((e) => e.reason === 'Started').map((e) => Math.round(e.t / 1000));
    // run 3 starts after a 10 s back-off, lives 11 min, then restarts at once (next delay would have been 20 s)
    expect(starts[3]! - starts[2]!).toBe(660 + 1);
  });
});

describe('after deletion nothing restarts (container/helpers.go ShouldContainerBeRestarted)', () => {
  it('fact 17: a container that exits during termination is not restarted, whatever the restartPolicy', () => {
    const trace = sim(pod(`  containers:\n  - {name: app, image: busybox:1.36, command: [sh, -c, "trap 'exit 3' TERM; while true; do sleep 1; done"]}\n`), 40, ['5 delete']);
    expect(trace.events.filter((e) => e.reason === 'Started')).toHaveLength(1);
    const { pod: last } = lastPod(trace);
    expect(last.status.phase).toBe('Failed');
    expect(state(cs(last, 'app'))).toBe('terminated:Error:3');
  });
});

describe('activeDeadlineSeconds (kubelet/active_deadline.go)', () => {
  it('fact 25: measured from startTime, the pod becomes Failed/DeadlineExceeded and its containers are stopped', () => {
    const trace = sim(pod(`  activeDeadlineSeconds: 8\n  containers:\n  - {name: app, image: nginx:1.27}\n`), 60);
    const at8 = podAt(trace, 8)!;
    expect(at8.status).toMatchObject({ phase: 'Failed', reason: 'DeadlineExceeded', message: 'Pod was active on the node longer than the specified deadline' });
    expect(podAt(trace, 7.9)!.status.phase).toBe('Running');
    expect(trace.events.find((e) => e.reason === 'DeadlineExceeded')).toMatchObject({ t: 8000, type: 'Normal' });
    expect(trace.events.find((e) => e.reason === 'Killing')).toMatchObject({ t: 8000, message: 'Stopping container app' });
    const { t, pod: last } = lastPod(trace);
    expect(state(cs(last, 'app'))).toBe('terminated:Completed:0');
    // printPod: status.reason first, then the container reason overrides it once initialized
    expect(columns(last, t)).toBe('0/1 Completed 0');
  });
});
