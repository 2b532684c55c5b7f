/**
 * Probe facts (k8s-semantics §12 facts 5–9) from a manifest: pkg/apis/core/v1/defaults.go
 * SetDefaults_Probe; pkg/kubelet/prober/worker.go doProbe; prober_manager.go UpdatePodStatus /
 * isContainerStarted; kuberuntime/kuberuntime_manager.go computePodActions.
 */
import { describe, expect, it } from 'vitest';
import { parseManifest } from '@/engine';
import { cs, podAt, sim } from './support';

const withBehaviour = (behaviour: string, spec: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    podlife/behavior: |\n${behaviour.replace(/^/gm, '      ')}\nspec:\n${spec}`;

describe('probe defaults (defaults.go SetDefaults_Probe)', () => {
  it('fact 5: period 10 s, timeout 1 s, success 1, failure 3, initialDelay 0; periodSeconds 0 is defaulted, not rejected', () => {
    const r = parseManifest(`apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: nginx\n    livenessProbe: {tcpSocket: {port: 80}}\n    readinessProbe: {tcpSocket: {port: 80}, periodSeconds: 0}\n`);
    const c = r.pod!.containers[0]!;
    expect(c.livenessProbe).toMatchObject({ periodSeconds: 10, timeoutSeconds: 1, successThreshold: 1, failureThreshold: 3, initialDelaySeconds: 0 });
    expect(c.readinessProbe?.periodSeconds).toBe(10);
  });
});

describe('liveness (worker.go doProbe + computePodActions)', () => {
  it('fact 6: periodSeconds 3, failureThreshold 3 → killed at the 3rd consecutive failure, 6 s after the first, after three Unhealthy events', () => {
    const trace = sim(
      withBehaviour('app:\n  runs:\n  - http: {/healthz: [{from: 0, status: 200}, {from: 10s, status: 500}]}\n  - {}', '  containers:\n  - name: app\n    image: nginx:1.27\n    livenessProbe:\n      httpGet: {path: /healthz, port: 80}\n      periodSeconds: 3\n'),
      40,
    );
    const kill = trace.events.find((e) => e.reason === 'Killing')!;
    const fails = trace.probes.filter((p) => p.probe === 'liveness' && p.result === 'failure' && p.t <= kill.t).map((p) => p.t);
    expect(fails).toHaveLength(3);
    expect(fails[2]! - fails[0]!).toBe(6000);
    // the app answers 500 from 10 s after its start; the first failing tick comes within one period
    const started = trace.events.find((e) => e.reason === 'Started')!.t;
    expect(fails[0]! - (started + 10_000)).toBeGreaterThanOrEqual(0);
    expect(fails[0]! - (started + 10_000)).toBeLessThan(3000);
    expect(kill).toMatchObject({ t: fails[2], message: 'Container app failed liveness probe, will be restarted' });
    const before = trace.events.filter((e) => e.t <= kill.t && e.reason === 'Unhealthy').map((e) => e.message);
    expect(before).toEqual(Array(3).fill('Liveness probe failed: HTTP probe failed with statuscode: 500'));
  });
});

describe('readiness and startup (prober_manager.go UpdatePodStatus, isContainerStarted)', () => {
  it('fact 7: without a readiness probe a container is ready as soon as it runs; with one it is not ready before its first success', () => {
    const trace = sim(`apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - {name: plain, image: busybox:1.36, command: [sleep, "3600"]}\n  - name: probed\n    image: busybox:1.36\n    command: [sh, -c, "sleep 5; touch /tmp/ready; sleep 3600"]\n    readinessProbe: {exec: {command: [cat, /tmp/ready]}, periodSeconds: 2}\n`, 20);
    const early = podAt(trace, 2)!;
    expect(cs(early, 'plain')).toMatchObject({ ready: true, started: true });
    expect(cs(early, 'probed')).toMatchObject({ ready: false, started: true });
    expect(cs(podAt(trace, 15)!, 'probed')!.ready).toBe(true);
  });

  it('fact 8: liveness and readiness do not run before the startup probe succeeds; started stays false until then', () => {
    const trace = sim(
      withBehaviour('app: {startup: 12s}', '  containers:\n  - name: app\n    image: nginx:1.27\n    startupProbe: {tcpSocket: {port: 80}, periodSeconds: 2, failureThreshold: 30}\n    livenessProbe: {tcpSocket: {port: 80}, periodSeconds: 2}\n    readinessProbe: {tcpSocket: {port: 80}, periodSeconds: 2}\n'),
      30,
    );
    const startupOk = trace.probes.find((p) => p.probe === 'startup' && p.result === 'success')!.t;
    const first = (type: string) => trace.probes.find((p) => p.probe === type)!.t;
    expect(first('liveness')).toBeGreaterThanOrEqual(startupOk);
    expect(first('readiness')).toBeGreaterThanOrEqual(startupOk);
    expect(cs(podAt(trace, startupOk / 1000 - 0.5)!, 'app')).toMatchObject({ started: false, ready: false });
    expect(cs(podAt(trace, startupOk / 1000)!, 'app')!.started).toBe(true);
  });

  it('fact 9: once the pod is deleted liveness stops (StopLivenessAndStartup) but readiness keeps probing until the container stops', () => {
    const trace = sim(
      `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: app\n    image: busybox:1.36\n    command: [sh, -c, "trap 'sleep 8; exit 0' TERM; while true; do sleep 1; done"]\n    livenessProbe: {exec: {command: ["true"]}, periodSeconds: 1}\n    readinessProbe: {exec: {command: ["true"]}, periodSeconds: 1}\n`,
      40,
      ['10 delete'],
    );
    const after = (type: string) => trace.probes.filter((p) => p.probe === type && p.t > 10_000).length;
    expect(after('liveness')).toBe(0);
    expect(after('readiness')).toBeGreaterThanOrEqual(7);
    // The kubelet does not flip Ready because of the deletion (endpoints do, via `terminating`).
    expect(podAt(trace, 15)!.status.conditions?.find((c) => c.type === 'Ready')?.status).toBe('True');
  });
});
