/**
 * Simulator fidelity, round 2 (the upstream review): each test names the kubelet rule it pins.
 * Runs real manifests through the public engine (parser, behaviour runtime, simulator).
 */
import { describe, expect, it } from 'vitest';
import { parseAction, simulate } from '@/engine';
import type { SimOptions, Trace } from '@/engine';
import { columns, cs, lastPod, podAt, sim, state, statusSequence } from './support';

const pod = (spec: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n${spec}`;
const run = (manifest: string, untilS: number, options: SimOptions, actions: string[] = [], seed = 1): Trace =>
  simulate({ manifest, until: untilS * 1000, options, seed, interventions: actions.map((a) => parseAction(a)) });
const times = (trace: Trace, reason: string) => trace.events.filter((e) => e.reason === reason).map((e) => e.t);

describe('first readiness probe (worker.go doProbe waits for the container ID; prober_manager.go UpdatePodStatus)', () => {
  const nginx = pod('  containers:\n  - name: web\n    image: nginx:1.27\n    ports: [{containerPort: 80}]\n    readinessProbe:\n      httpGet: {path: /, port: 80}\n      periodSeconds: 10\n');

  it('nginx with a readinessProbe is ready about 1 s after Started, with no false "connection refused" warning', () => {
    const trace = run(nginx, 30, { presentImages: ['nginx:1.27'] });
    const started = times(trace, 'Started')[0]!;
    expect(times(trace, 'Unhealthy')).toEqual([]);
    // the manual probe runs at the relist sync that first shows the container ID
    expect(trace.probes[0]).toMatchObject({ t: started + 1000, probe: 'readiness', result: 'success' });
    expect(columns(podAt(trace, started / 1000)!, started)).toBe('0/1 Running 0');
    expect(columns(podAt(trace, started / 1000 + 1)!, started + 1000)).toBe('1/1 Running 0');
  });
});

describe('preStop exec cut off at the grace deadline (handlers.go RunInContainer without timeout; executePreStopHook)', () => {
  it('keeps running past the deadline, dies with the container (137) and then emits Warning FailedPreStopHook', () => {
    const m = pod('  terminationGracePeriodSeconds: 5\n  containers:\n  - name: app\n    image: busybox:1.36\n    command: [sleep, "3600"]\n    lifecycle:\n      preStop:\n        exec: {command: [sleep, "100"]}\n');
    const trace = sim(m, 40, ['10 delete']);
    // TERM at 15 (the kubelet stopped waiting), KILL 2 s later: the hook dies with the container at 17
    expect(trace.spans.find((s) => s.kind === 'preStop')).toMatchObject({ start: 10_000, end: 15_000, ok: false });
    const failed = trace.events.filter((e) => e.reason === 'FailedPreStopHook');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ t: 17_000, type: 'Warning', message: 'PreStopHook failed', container: 'app' });
    expect(state(cs(lastPod(trace).pod, 'app'))).toBe('terminated:Error:137');
  });

  it('an exec preStop that ends in time emits nothing, even when PID 1 exits right after it', () => {
    const m = pod('  containers:\n  - name: app\n    image: busybox:1.36\n    command: [sleep, "3600"]\n    lifecycle:\n      preStop:\n        exec: {command: [sh, -c, "sleep 2"]}\n');
    const trace = sim(m, 60, ['10 delete']);
    expect(times(trace, 'FailedPreStopHook')).toEqual([]);
  });
});

describe('activeDeadlineSeconds during CrashLoopBackOff (helpers.go ShouldContainerBeRestarted ignores deadlines; status_manager.go TerminatePod)', () => {
  const crashing = (extra: string) => pod(`${extra}  containers:\n  - {name: app, image: busybox:1.36, command: [sh, -c, "exit 1"]}\n`);

  it('keeps Waiting CrashLoopBackOff, then TerminatePod writes ContainerStatusUnknown/137 (the Error run stays in lastState)', () => {
    const trace = sim(crashing('  activeDeadlineSeconds: 30\n'), 40);
    expect(state(cs(podAt(trace, 29)!, 'app'))).toBe('waiting:CrashLoopBackOff');
    const last = lastPod(trace).pod;
    expect(last.status).toMatchObject({ phase: 'Failed', reason: 'DeadlineExceeded' });
    const app = cs(last, 'app')!;
    expect(app.state.terminated).toMatchObject({ exitCode: 137, reason: 'ContainerStatusUnknown', message: 'The container could not be located when the pod was terminated' });
    expect(app.lastState.terminated).toMatchObject({ exitCode: 1, reason: 'Error' });
  });

  it('a deletion during CrashLoopBackOff is different: no restart with a deletionTimestamp, so the last run shows terminated Error', () => {
    const trace = sim(crashing(''), 60, ['20 delete']);
    expect(state(cs(podAt(trace, 19)!, 'app'))).toBe('waiting:CrashLoopBackOff');
    expect(state(cs(lastPod(trace).pod, 'app'))).toBe('terminated:Error:1');
  });
});

describe('FallbackToLogsOnError (kuberuntime_container.go readLastStringFromContainerLogs)', () => {
  it('the message is the log tail with its trailing newline', () => {
    const m = pod('  restartPolicy: Never\n  containers:\n  - name: app\n    image: busybox:1.36\n    command: [sh, -c, "echo first; echo boom; exit 3"]\n    terminationMessagePolicy: FallbackToLogsOnError\n');
    const t = cs(lastPod(sim(m, 20)).pod, 'app')!.state.terminated!;
    expect(t).toMatchObject({ exitCode: 3, reason: 'Error', message: 'first\nboom\n' });
  });
});

describe('Error → CrashLoopBackOff (kubelet.go SyncPod generates status before reasonCache.Update; issue #123602)', () => {
  const m = pod('  containers:\n  - {name: app, image: busybox:1.36, command: [sh, -c, "sleep 2; exit 1"]}\n');

  it('idealised timing: every crash shows Error for the relist second before CrashLoopBackOff', () => {
    const trace = run(m, 120, { presentImages: ['busybox:1.36'] });
    const seq = statusSequence(trace);
    expect(seq.slice(0, 6)).toEqual(['ContainerCreating', 'Running', 'Error', 'Running', 'Error', 'CrashLoopBackOff']);
    // second exit at 6 s (restart at 4 s): Error at 6, CrashLoopBackOff at the 7 s relist sync
    expect(state(cs(podAt(trace, 6)!, 'app'))).toBe('terminated:Error:1');
    expect(state(cs(podAt(trace, 7)!, 'app'))).toBe('waiting:CrashLoopBackOff');
  });

  it('with jitter: after each back-off sync Error stays until the requeued sync 10–15 s later; restarts never come before expiry', () => {
    let seen = 0;
    for (const seed of [1, 2, 3, 4, 5]) {
      const trace = run(m, 300, { presentImages: ['busybox:1.36'], jitter: true }, [], seed);
      const starts = times(trace, 'Started');
      const backOffs = times(trace, 'BackOff');
      // the first BackOff after each start is the relist sync that first found the back-off
      for (let i = 0; i + 1 < starts.length; i++) {
        const sync = backOffs.find((t) => t > starts[i]! && t < starts[i + 1]!);
        if (sync === undefined) continue;
        const terminated = cs(podAt(trace, sync / 1000)!, 'app')!.state.terminated!;
        const finished = Date.parse(terminated.finishedAt!) - Date.parse('2025-01-01T00:00:00Z');
        expect(state(cs(podAt(trace, (sync + 9_999) / 1000)!, 'app')), `seed ${seed}`).toBe('terminated:Error:1');
        const clb = trace.frames.find((f) => f.t > sync && f.t < starts[i + 1]! && f.pod && state(cs(f.pod, 'app')) === 'waiting:CrashLoopBackOff');
        if (clb) {
          seen++;
          expect(clb.t - sync, `seed ${seed}`).toBeGreaterThanOrEqual(10_000);
          expect(clb.t - sync, `seed ${seed}`).toBeLessThan(15_000);
        }
        // doBackOff: 10 s after the second exit, then doubling; never earlier
        expect(starts[i + 1]! - finished, `seed ${seed}`).toBeGreaterThanOrEqual(10_000);
      }
    }
    expect(seen).toBeGreaterThan(5);
  });
});

describe('pull durations (image_manager.go EnsureImageExists; containerd resolve before fetch)', () => {
  it('a missing image fails on the manifest after 0.5–1 s, not after the full pull time', () => {
    // a typo of a library image: unknown (80 MB, a 2.5 s download), and its manifest does not exist
    const trace = sim(pod('  containers:\n  - {name: app, image: ngnix:1.27}\n'), 5);
    const pulling = times(trace, 'Pulling')[0]!;
    const failed = trace.events.find((e) => e.reason === 'Failed' && e.message.startsWith('Failed to pull image'))!;
    expect(failed.t - pulling).toBeGreaterThanOrEqual(500);
    expect(failed.t - pulling).toBeLessThan(1000);
  });

  it('Always on an image already on the node is a quick manifest check (0.3–0.8 s) with the kubelet\'s Pulled text', () => {
    const trace = run(pod('  containers:\n  - {name: app, image: nginx:latest}\n'), 5, { presentImages: ['nginx:latest'] });
    const pulled = trace.events.find((e) => e.reason === 'Pulled')!;
    const ms = pulled.t - times(trace, 'Pulling')[0]!;
    expect(ms).toBeGreaterThanOrEqual(300);
    expect(ms).toBeLessThan(800);
    expect(pulled.message).toBe(`Successfully pulled image "nginx:latest" in ${ms}ms (${ms}ms including waiting). Image size: ${72 * 1024 * 1024} bytes.`);
  });

  it('the first pull of an absent image still downloads it in full (size / 40 MB/s + 0.5 s)', () => {
    const trace = sim(pod('  containers:\n  - {name: app, image: nginx:1.27}\n'), 5);
    const pulled = trace.events.find((e) => e.reason === 'Pulled')!;
    expect(pulled.t - times(trace, 'Pulling')[0]!).toBe(500 + 1800);
  });
});
