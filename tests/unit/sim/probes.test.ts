import { describe, expect, it } from 'vitest';
import { container, exec, httpGet, pod, probe, tcp } from '../../support/podBuilder';
import { at, csAt, entered, events, restarts, run } from '../../support/simHarness';

const present = { presentImages: ['registry.example/app:1.0'] };
const web = (init: Parameters<typeof container>[1]) => pod({ containers: [container('app', { ports: [{ containerPort: 8080, protocol: 'TCP' }], ...init })] });
const probeTimes = (trace: ReturnType<typeof run>, type: string) => trace.probes.filter((p) => p.probe === type).map((p) => p.t / 1000);

describe('liveness (prober/worker.go doProbe, kuberuntime_manager.go computePodActions)', () => {
  it('with periodSeconds 3 and failureThreshold 3 kills at the third consecutive failure, after three Unhealthy events', () => {
    const trace = run({
      pod: web({ livenessProbe: probe('liveness', httpGet(8080, '/healthz'), { periodSeconds: 3 }) }),
      behaviours: { app: { runs: [{ http: { '/healthz': [{ from: 0, status: 200 }, { from: 10_000, status: 500 }] } }, {}] } },
      options: present,
      until: 30,
    });
    // ticks at 3,6,9,12,15,18 (worker started at admission); app started at 1 → 500 from 11 s
    const fails = trace.probes.filter((p) => p.probe === 'liveness' && p.result === 'failure');
    expect(fails.map((p) => [p.t / 1000, p.run, p.threshold])).toEqual([
      [12, 1, 3],
      [15, 2, 3],
      [18, 3, 3],
    ]);
    expect(events(trace, 'Unhealthy').map((e) => e.message)).toEqual(Array(3).fill('Liveness probe failed: HTTP probe failed with statuscode: 500'));
    expect(events(trace, 'Killing')[0]).toMatchObject({ t: 18_000, message: 'Container app failed liveness probe, will be restarted' });
    // default image dies of TERM at once (143); the restart happens in the same sync
    expect(restarts(trace, 'app')).toEqual([[18, 1]]);
    expect(csAt(trace, 19, 'app')?.lastState.terminated).toMatchObject({ exitCode: 143, reason: 'Error' });
  });

  it('liveness does not run before startedAt + initialDelaySeconds (whole seconds)', () => {
    const trace = run({ pod: web({ livenessProbe: probe('liveness', tcp(8080), { periodSeconds: 2, initialDelaySeconds: 5 }) }), options: present, until: 12 });
    // started at 1: ticks 2,4 skipped (elapsed 1, 3 s); 6 → elapsed 5 → runs
    expect(probeTimes(trace, 'liveness')).toEqual([6, 8, 10, 12]);
  });

  it('probe-level terminationGracePeriodSeconds bounds the liveness kill', () => {
    const trace = run({
      pod: web({ livenessProbe: probe('liveness', httpGet(8080), { periodSeconds: 1, failureThreshold: 1, terminationGracePeriodSeconds: 5 }) }),
      behaviours: { app: { runs: [{ http: { '*': [{ from: 0, status: 503 }] }, sigterm: 'ignore' }, {}] } },
      options: present,
      until: 20,
    });
    // the worker ticks at 1,2,3 … and the container started at 1: first probe fails at 1
    expect(events(trace, 'Killing')[0]?.t).toBe(1000);
    expect(entered(trace, 'app', 'exited')[0]).toBe(6); // KILL 5 s after TERM (not the pod's 30 s)
    expect(csAt(trace, 7, 'app')?.lastState.terminated?.exitCode).toBe(137);
  });

  it('a hanging endpoint fails with the client timeout text', () => {
    const trace = run({
      pod: web({ livenessProbe: probe('liveness', httpGet(8080, '/'), { periodSeconds: 5, failureThreshold: 10 }) }),
      behaviours: { app: { http: { '/': [{ from: 0, status: 0 }] } } },
      options: present,
      until: 6,
    });
    expect(trace.probes[0]).toMatchObject({
      result: 'failure',
      timedOut: true,
      output: 'Get "http://10.244.0.7:8080/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
    });
  });

  it('restartPolicy Never: the kill message has no "will be restarted" and the container stays terminated', () => {
    const trace = run({
      pod: pod({ restartPolicy: 'Never', containers: [container('app', { livenessProbe: probe('liveness', exec('false'), { periodSeconds: 1, failureThreshold: 2 }) })] }),
      options: present,
      until: 20,
    });
    expect(events(trace, 'Killing')[0]?.message).toBe('Container app failed liveness probe');
    expect(restarts(trace, 'app')).toEqual([]);
  });
});

describe('readiness (prober_manager.go UpdatePodStatus, worker.go initial values)', () => {
  it('is not ready before its first result and becomes ready with the manual probe right after start', () => {
    const trace = run({ pod: web({ readinessProbe: probe('readiness', tcp(8080), { periodSeconds: 10 }) }), behaviours: { app: { startup: 0 } }, options: present, until: 15 });
    expect(trace.probes[0]).toMatchObject({ t: 1000, probe: 'readiness', result: 'success', run: 1, threshold: 1 });
    expect(csAt(trace, 1, 'app')?.ready).toBe(true);
    expect(probeTimes(trace, 'readiness')).toEqual([1, 10]);
  });

  it('a container without a readiness probe is ready as soon as it runs', () => {
    const trace = run({ pod: web({}), options: present, until: 3 });
    expect(csAt(trace, 1, 'app')).toMatchObject({ ready: true, started: true });
  });

  it('successThreshold 2 needs two consecutive successes; failureThreshold 3 needs three failures to unready', () => {
    const trace = run({
      pod: web({ readinessProbe: probe('readiness', httpGet(8080), { periodSeconds: 1, successThreshold: 2 }) }),
      behaviours: { app: { http: { '*': [{ from: 0, status: 200 }, { from: 10_000, status: 503 }] } } },
      options: present,
      until: 20,
    });
    expect(csAt(trace, 1, 'app')?.ready).toBe(false); // manual probe at 1: run 1 of 2
    expect(csAt(trace, 2, 'app')?.ready).toBe(true);
    // 503 from 11 s: failures at 11,12,13 → unready at 13
    expect(csAt(trace, 12, 'app')?.ready).toBe(true);
    expect(csAt(trace, 13, 'app')?.ready).toBe(false);
    expect(events(trace, 'Unhealthy')[0]?.message).toBe('Readiness probe failed: HTTP probe failed with statuscode: 503');
  });

  it('an exec probe failure reports the command output', () => {
    const trace = run({ pod: web({ readinessProbe: probe('readiness', exec('cat', '/tmp/healthy'), { periodSeconds: 5 }) }), options: present, until: 6 });
    expect(events(trace, 'Unhealthy')[0]?.message).toBe("Readiness probe failed: cat: can't open '/tmp/healthy': No such file or directory\n");
  });
});

describe('startup probe (worker.go, prober_manager.go isContainerStarted)', () => {
  it('gates liveness and readiness and keeps started=false until it succeeds', () => {
    const trace = run({
      pod: web({
        startupProbe: probe('startup', tcp(8080), { periodSeconds: 2, failureThreshold: 10 }),
        livenessProbe: probe('liveness', tcp(8080), { periodSeconds: 2 }),
        readinessProbe: probe('readiness', tcp(8080), { periodSeconds: 2 }),
      }),
      behaviours: { app: { startup: 6000 } },
      options: present,
      until: 12,
    });
    // app starts at 1, listens from 7: startup fails at 2,4,6 and succeeds at 8
    expect(probeTimes(trace, 'startup')).toEqual([2, 4, 6, 8]);
    expect(csAt(trace, 7, 'app')).toMatchObject({ started: false, ready: false });
    expect(csAt(trace, 8, 'app')).toMatchObject({ started: true, ready: true });
    expect(Math.min(...probeTimes(trace, 'liveness'))).toBe(8); // same tick as the startup success
    expect(probeTimes(trace, 'readiness')[0]).toBe(8); // manual readiness probe once started
  });

  it('kills the container after failureThreshold failures with "failed startup probe"', () => {
    const trace = run({ pod: web({ startupProbe: probe('startup', exec('false'), { periodSeconds: 1, failureThreshold: 3 }) }), options: present, until: 6 });
    expect(events(trace, 'Killing')[0]).toMatchObject({ t: 3000, message: 'Container app failed startup probe, will be restarted' });
    expect(events(trace, 'Unhealthy')[0]?.message).toBe('Startup probe failed: ');
  });
});

describe('probes during deletion (StopLivenessAndStartup)', () => {
  it('liveness stops when the pod gets a deletionTimestamp; readiness keeps probing until the container stops', () => {
    const trace = run({
      pod: web({ livenessProbe: probe('liveness', tcp(8080), { periodSeconds: 1 }), readinessProbe: probe('readiness', tcp(8080), { periodSeconds: 1 }) }),
      behaviours: { app: { sigterm: { exitAfter: 5000, code: 0 } } },
      options: present,
      interventions: [at(10.5, { type: 'delete' })],
      until: 30,
    });
    expect(Math.max(...probeTimes(trace, 'liveness'))).toBe(10);
    expect(Math.max(...probeTimes(trace, 'readiness'))).toBe(15);
  });
});
