/**
 * The status a pod ends with: pkg/kubelet/status/status_manager.go `TerminatePod` (with
 * `hasPodInitialized` and `initializedContainers`) runs in SyncTerminatedPod after every container
 * stopped. It turns missing container states into ContainerStatusUnknown (137) only where there is
 * evidence the container was started, and forces a Pending/Running phase to Failed.
 */
import { describe, expect, it } from 'vitest';
import { cs, columns, lastPod, sim, state } from './support';

const initFailsNever = `
apiVersion: v1
kind: Pod
metadata: {name: initfail}
spec:
  restartPolicy: Never
  initContainers:
  - name: setup
    image: busybox:1.36
    command: ["sh", "-c", "exit 3"]
  containers:
  - name: app
    image: nginx:1.27
`;

const longInit = `
apiVersion: v1
kind: Pod
metadata: {name: initdel}
spec:
  terminationGracePeriodSeconds: 5
  initContainers:
  - name: wait
    image: busybox:1.36
    command: ["sh", "-c", "sleep 600"]
  - name: second
    image: busybox:1.36
    command: ["true"]
  containers:
  - name: app
    image: nginx:1.27
`;

describe('TerminatePod (status_manager.go)', () => {
  it('restartPolicy Never + failed init container: the never-started app container stays Waiting/PodInitializing (hasPodInitialized is false)', () => {
    const trace = sim(initFailsNever, 30);
    const { t, pod } = lastPod(trace);
    expect(pod.status.phase).toBe('Failed');
    expect(state(cs(pod, 'setup'))).toBe('terminated:Error:3');
    // hasPodInitialized: no regular container left Waiting, the last init container never exited 0.
    expect(state(cs(pod, 'app'))).toBe('waiting:PodInitializing');
    expect(columns(pod, t)).toBe('0/1 Init:Error 0');
  });

  it('a pod deleted during init ends Failed (TerminatePod turns Pending into Failed) before it disappears, showing Init:Error', () => {
    const trace = sim(longInit, 60, ['5 delete']);
    const { t, pod } = lastPod(trace);
    expect(pod.metadata.deletionTimestamp).toBeDefined();
    expect(pod.status.phase).toBe('Failed');
    // sleep as PID 1 ignores TERM: killed at the 5 s deadline.
    expect(state(cs(pod, 'wait'))).toBe('terminated:Error:137');
    // initializedContainers: the waiting suffix (never attempted) keeps its Waiting state.
    expect(state(cs(pod, 'second'))).toBe('waiting:PodInitializing');
    expect(state(cs(pod, 'app'))).toBe('waiting:PodInitializing');
    // printPod: terminal phase, so not Terminating; the first unfinished init container speaks.
    expect(columns(pod, t)).toBe('0/1 Init:Error 0');
  });

  it('a pod without init containers deleted while its image is pulling ends Failed with ContainerStatusUnknown 137 (hasPodInitialized is true)', () => {
    const trace = sim(longInit.replace(/ {2}initContainers:[\s\S]*?(?= {2}containers:)/, ''), 30, ['1.5 delete']);
    const { pod } = lastPod(trace);
    expect(pod.status.phase).toBe('Failed');
    const app = cs(pod, 'app')!;
    expect(app.state.terminated).toMatchObject({
      exitCode: 137,
      reason: 'ContainerStatusUnknown',
      message: 'The container could not be located when the pod was terminated',
    });
  });
});
