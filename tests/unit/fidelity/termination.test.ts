/**
 * Deletion and stopping (k8s-semantics §12 facts 3, 13–16, 18): kuberuntime/kuberuntime_container.go
 * killContainer / executePreStopHook, kuberuntime_manager.go minimumGracePeriodInSeconds,
 * kuberuntime_termination_order.go, kubelet.go SyncTerminatingPod, kubectl delete.go, registry
 * pod strategy.go CheckGracefulDelete.
 */
import { describe, expect, it } from 'vitest';
import { columns, cs, lastPod, podAt, sim, state } from './support';

const pod = (spec: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n${spec}`;
const exitOf = (trace: ReturnType<typeof sim>, name: string) => Date.parse(cs(lastPod(trace).pod, name)!.state.terminated!.finishedAt!) - Date.parse(lastPod(trace).pod.metadata.creationTimestamp!);

describe('graceful deletion (SyncTerminatingPod; docs pod-lifecycle "Pod phase")', () => {
  it('fact 3: every regular container exits 0 after TERM → Succeeded before removal; PID 1 ignoring TERM → 137 and Failed', () => {
    const good = lastPod(sim(pod('  containers:\n  - {name: app, image: nginx:1.27}\n'), 40, ['10 delete'])).pod;
    expect(good.status.phase).toBe('Succeeded');
    expect(state(cs(good, 'app'))).toBe('terminated:Completed:0');
    const stubborn = sim(pod('  terminationGracePeriodSeconds: 5\n  containers:\n  - {name: app, image: busybox:1.36, command: [sleep, "3600"]}\n'), 40, ['10 delete']);
    const bad = lastPod(stubborn).pod;
    expect(bad.status.phase).toBe('Failed');
    expect(state(cs(bad, 'app'))).toBe('terminated:Error:137');
    expect(exitOf(stubborn, 'app')).toBe(15_000);
  });

  it('while terminating, kubectl shows Terminating with the deletionTimestamp = now + grace', () => {
    const trace = sim(pod('  containers:\n  - {name: app, image: busybox:1.36, command: [sleep, "3600"]}\n'), 60, ['10 delete']);
    const p = podAt(trace, 12)!;
    expect(p.metadata.deletionTimestamp).toBe('2025-01-01T00:00:40Z');
    expect(p.metadata.deletionGracePeriodSeconds).toBe(30);
    expect(columns(p, 12_000)).toBe('1/1 Terminating 0');
  });
});

describe('preStop (killContainer, executePreStopHook)', () => {
  const slowHook = pod('  terminationGracePeriodSeconds: 5\n  containers:\n  - name: app\n    image: busybox:1.36\n    command: [sleep, "3600"]\n    lifecycle:\n      preStop:\n        exec: {command: [sleep, "100"]}\n');

  it('fact 13: a preStop hook that outlives the grace period is cut at the deadline and TERM still gets 2 s before KILL (grace + 2)', () => {
    const trace = sim(slowHook, 40, ['10 delete']);
    expect(exitOf(trace, 'app')).toBe(10_000 + 5_000 + 2_000);
    expect(state(cs(lastPod(trace).pod, 'app'))).toBe('terminated:Error:137');
  });

  it('fact 14: the Killing event comes before the preStop hook runs', () => {
    const trace = sim(slowHook, 40, ['10 delete']);
    const killing = trace.events.find((e) => e.reason === 'Killing')!;
    const hook = trace.spans.find((s) => s.kind === 'preStop')!;
    expect(killing).toMatchObject({ t: 10_000, message: 'Stopping container app' });
    expect(hook.start).toBeGreaterThanOrEqual(killing.t);
    // TERM only after the hook was abandoned at the grace deadline
    expect(trace.spans.find((s) => s.kind === 'sigterm')?.start).toBe(15_000);
  });
});

describe('postStart (kuberuntime_container.go startContainer)', () => {
  it('fact 15: until postStart returns the container is reported Waiting/ContainerCreating; a failing hook kills it', () => {
    const trace = sim(pod('  terminationGracePeriodSeconds: 3\n  containers:\n  - name: app\n    image: busybox:1.36\n    command: [sleep, "3600"]\n    lifecycle:\n      postStart:\n        exec: {command: [sh, -c, "sleep 4; exit 1"]}\n'), 30);
    const started = trace.events.find((e) => e.reason === 'Started')!.t / 1000;
    expect(state(cs(podAt(trace, started + 2)!, 'app'))).toBe('waiting:ContainerCreating');
    const failed = trace.events.find((e) => e.reason === 'FailedPostStartHook')!;
    expect(failed).toMatchObject({ type: 'Warning', message: 'PostStartHook failed' });
    expect(trace.events.find((e) => e.reason === 'Killing')).toMatchObject({ t: failed.t, message: 'FailedPostStartHook' });
    // killed (sleep ignores TERM: KILL after the 3 s grace), then restarted: restartCount 1 with lastState 137
    const later = cs(podAt(trace, 25)!, 'app')!;
    expect(later.restartCount).toBeGreaterThanOrEqual(1);
    expect(later.lastState.terminated?.exitCode).toBe(137);
  });
});

describe('kubectl delete flags (kubectl delete.go, registry strategy.go)', () => {
  const web = pod('  containers:\n  - {name: app, image: nginx:1.27}\n');

  it('fact 16: --grace-period=0 without --force is sent as 1 s', () => {
    const trace = sim(web, 30, ['10 delete --grace-period=0']);
    expect(podAt(trace, 10)!.metadata.deletionGracePeriodSeconds).toBe(1);
  });

  it('fact 16: --force --grace-period=0 removes the object at once', () => {
    const trace = sim(web, 30, ['10 delete --grace-period=0 --force']);
    expect(podAt(trace, 10)).toBeNull();
    expect(trace.goneAt).toBe(10_000);
  });
});

describe('sidecar termination order (kuberuntime_termination_order.go)', () => {
  it('fact 18: sidecars get TERM only after the regular containers exited, in reverse spec order', () => {
    const handler = (secs: number) => `[sh, -c, "trap 'sleep ${secs}; exit 0' TERM; while true; do sleep 1; done"]`;
    const trace = sim(
      pod(`  initContainers:\n  - {name: first, image: busybox:1.36, restartPolicy: Always, command: ${handler(1)}}\n  - {name: second, image: busybox:1.36, restartPolicy: Always, command: ${handler(1)}}\n  containers:\n  - {name: app, image: busybox:1.36, command: ${handler(3)}}\n`),
      60,
      ['20 delete'],
    );
    const app = exitOf(trace, 'app');
    const second = exitOf(trace, 'second');
    const first = exitOf(trace, 'first');
    expect(app).toBeLessThan(second);
    expect(second).toBeLessThan(first);
    expect(first).toBeLessThanOrEqual(50_000);
    expect(lastPod(trace).pod.status.phase).toBe('Succeeded');
  });
});
