/**
 * What `kubectl get` and the conditions show (k8s-semantics §12 facts 19–24):
 * pkg/printers/internalversion/printers.go printPod; kuberuntime_container.go
 * computeInitContainerActions; pkg/kubelet/status/generate.go; status_manager.go
 * updateLastTransitionTime; pkg/apis/core/v1/defaults.go SetDefaults_Container; kubelet/images.
 */
import { describe, expect, it } from 'vitest';
import { parseManifest } from '@/engine';
import { columns, cs, podAt, sim, statusSequence } from './support';

const pod = (spec: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n${spec}`;
const cond = (p: NonNullable<ReturnType<typeof podAt>>, type: string) => p.status.conditions?.find((c) => c.type === type);

describe('init containers and sidecars (computeInitContainerActions)', () => {
  it('fact 19: the next init container waits until the sidecar startup probe succeeded', () => {
    const trace = sim(
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    podlife/behavior: |\n      proxy: {startup: 9s}\nspec:\n  initContainers:\n  - name: proxy\n    image: nginx:1.27\n    restartPolicy: Always\n    startupProbe: {tcpSocket: {port: 80}, periodSeconds: 2, failureThreshold: 30}\n  - {name: setup, image: busybox:1.36, command: ["true"]}\n  containers:\n  - {name: app, image: busybox:1.36, command: [sleep, "3600"]}\n`,
      40,
    );
    const ok = trace.probes.find((p) => p.container === 'proxy' && p.result === 'success')!.t;
    const setupCreated = trace.events.find((e) => e.reason === 'Created' && e.container === 'setup')!.t;
    expect(setupCreated).toBeGreaterThanOrEqual(ok);
    expect(trace.probes.filter((p) => p.container === 'proxy' && p.result === 'failure').length).toBeGreaterThan(0);
  });

  it('fact 20: STATUS walks Init:0/N (N counts sidecars) → Init:1/N → PodInitializing → Running', () => {
    const trace = sim(
      pod('  initContainers:\n  - {name: side, image: busybox:1.36, restartPolicy: Always, command: [sleep, "3600"]}\n  - {name: setup, image: busybox:1.36, command: [sleep, "3"]}\n  containers:\n  - {name: app, image: nginx:1.27}\n'),
      30,
    );
    expect(statusSequence(trace)).toEqual(['Init:0/2', 'Init:1/2', 'PodInitializing', 'Running']);
  });

  it('fact 21: READY counts started+ready sidecars; RESTARTS excludes finished regular init containers and shows (Xs ago)', () => {
    const trace = sim(
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    podlife/behavior: |\n      setup:\n        runs: [{exit: {after: 1s, code: 1}}, {exit: {after: 1s, code: 0}}]\nspec:\n  initContainers:\n  - {name: setup, image: busybox:1.36, command: [sleep, "1"]}\n  - {name: side, image: busybox:1.36, restartPolicy: Always, command: [sh, -c, "sleep 6; exit 1"]}\n  containers:\n  - {name: app, image: nginx:1.27}\n`,
      60,
    );
    // setup restarted once during init: counted while initializing …
    const initFrame = trace.frames.find((f) => f.pod && cs(f.pod, 'setup')?.restartCount === 1 && !cs(f.pod, 'side')?.state.running);
    expect(initFrame && columns(initFrame.pod!, initFrame.t)).toMatch(/^0\/2 Init:\S+ 1 \(\d+s ago\)$/);
    // … and no longer once initialized: only the sidecar's and app's restarts count
    const p = podAt(trace, 9)!;
    expect(cs(p, 'setup')!.restartCount).toBe(1);
    expect(columns(p, 9000)).toBe('2/2 Running 0');
    const later = podAt(trace, 30)!;
    expect(cs(later, 'side')!.restartCount).toBeGreaterThanOrEqual(1);
    expect(columns(later, 30_000)).toMatch(new RegExp(`^\\d/2 \\S+ ${cs(later, 'side')!.restartCount} \\(\\d+s ago\\)$`));
  });
});

describe('image pulls (defaults.go SetDefaults_Container, images/image_manager.go)', () => {
  it('fact 22: imagePullPolicy defaults to Always for :latest or no tag, else IfNotPresent (digest too)', () => {
    const r = parseManifest(pod('  containers:\n  - {name: a, image: nginx}\n  - {name: b, image: "nginx:latest"}\n  - {name: c, image: "nginx:1.27"}\n  - {name: d, image: "localhost:5000/app"}\n  - {name: e, image: "nginx@sha256:0000000000000000000000000000000000000000000000000000000000000000"}\n'));
    expect(r.pod!.containers.map((c) => c.imagePullPolicy)).toEqual(['Always', 'Always', 'IfNotPresent', 'Always', 'IfNotPresent']);
  });

  it('fact 22: a missing image alternates ErrImagePull / ImagePullBackOff, retrying 10, 20, 40 s after each failure', () => {
    const trace = sim(pod('  containers:\n  - {name: app, image: "nginx:nosuchtag"}\n'), 120);
    const pulls = trace.events.filter((e) => e.reason === 'Pulling').map((e) => e.t);
    const fails = trace.events.filter((e) => e.reason === 'Failed' && e.message.startsWith('Failed to pull')).map((e) => e.t);
    expect(pulls.slice(1).map((t, i) => Math.round((t - fails[i]!) / 1000))).toEqual([10, 20, 40]);
    expect(statusSequence(trace).slice(0, 4)).toEqual(['ContainerCreating', 'ErrImagePull', 'ImagePullBackOff', 'ErrImagePull']);
    expect(trace.events.some((e) => e.reason === 'BackOff' && e.message === 'Back-off pulling image "nginx:nosuchtag"')).toBe(true);
  });
});

describe('conditions (status/generate.go, status_manager.go)', () => {
  it('fact 23: Ready copies ContainersReady reason and message while not ready; after success both say PodCompleted', () => {
    const trace = sim(pod('  restartPolicy: Never\n  containers:\n  - {name: app, image: busybox:1.36, command: [sleep, "5"]}\n  - {name: web, image: busybox:1.36, command: [sleep, "2"]}\n'), 20);
    const mid = podAt(trace, 4)!;
    expect(cond(mid, 'ContainersReady')).toMatchObject({ status: 'False', reason: 'ContainersNotReady', message: 'containers with unready status: [web]' });
    expect(cond(mid, 'Ready')).toMatchObject({ status: 'False', reason: 'ContainersNotReady', message: 'containers with unready status: [web]' });
    const end = podAt(trace, 19)!;
    expect(end.status.phase).toBe('Succeeded');
    expect(cond(end, 'Ready')).toMatchObject({ status: 'False', reason: 'PodCompleted' });
    expect(cond(end, 'ContainersReady')).toMatchObject({ status: 'False', reason: 'PodCompleted' });
    expect(cond(end, 'Initialized')).toMatchObject({ status: 'True', reason: 'PodCompleted' });
  });

  it('fact 24: lastTransitionTime moves only when status flips, not when the reason changes', () => {
    const trace = sim(pod('  restartPolicy: Never\n  containers:\n  - {name: app, image: busybox:1.36, command: [sleep, "5"]}\n  - {name: web, image: busybox:1.36, command: [sleep, "2"]}\n'), 20);
    const notReady = cond(podAt(trace, 4)!, 'Ready')!;
    const completed = cond(podAt(trace, 19)!, 'Ready')!;
    expect(notReady.reason).toBe('ContainersNotReady');
    expect(completed.reason).toBe('PodCompleted');
    expect(completed.lastTransitionTime).toBe(notReady.lastTransitionTime);
    expect(cond(podAt(trace, 19)!, 'PodScheduled')?.lastTransitionTime).toBe('2025-01-01T00:00:00Z');
  });
});
