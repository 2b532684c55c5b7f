/**
 * Probe scenarios (k8s-semantics.md §4: prober/worker.go doProbe, thresholds, initial values,
 * startup gating; §4.4 liveness kill; §12 facts 5–8).
 */
import { describe, expect, it } from 'vitest';
import { EPS, findContainer, firstStart, statusColumn, useStory } from './runScenario';

const LIVENESS_KILL = 'failed liveness probe, will be restarted';

describe('liveness-exec', () => {
  const run = useStory('liveness-exec');

  it('kills the container at the third consecutive failure, ~40–45 s after it started — worker.go failureThreshold 3', () => {
    const r = run();
    const s0 = firstStart(r, 'liveness');
    const kills = r.eventTimes('Killing', 'liveness', LIVENESS_KILL);
    expect(kills.length).toBeGreaterThanOrEqual(1);
    // /tmp/healthy disappears at s0+30; probes every 5 s → 3rd failure in [s0+40, s0+45].
    expect(kills[0]! - s0).toBeGreaterThanOrEqual(39 - EPS);
    expect(kills[0]! - s0).toBeLessThanOrEqual(46);
    const unhealthy = r.eventTimes('Unhealthy', 'liveness', 'Liveness probe failed').filter((t) => t <= kills[0]!);
    expect(unhealthy).toHaveLength(3);
    expect(unhealthy[0]! - s0).toBeGreaterThanOrEqual(29.5 - EPS);
  });

  it('needs the full 30 s grace to stop it (sh as PID 1 ignores SIGTERM → 137), then restarts at once — first restart is immediate', () => {
    const r = run();
    const kill = r.eventTimes('Killing', 'liveness', LIVENESS_KILL)[0]!;
    const restarts = r.restartTimes('liveness');
    expect(restarts[0]! - kill).toBeGreaterThanOrEqual(29.5 - EPS);
    expect(restarts[0]! - kill).toBeLessThanOrEqual(33);
    const first = r.container(restarts[0]! + 0.5, 'liveness')!;
    expect(first.lastState.terminated?.exitCode).toBe(137);
  });

  it('keeps being killed and restarted: fresh filesystem each time, so the cycle repeats', () => {
    const r = run();
    expect(r.eventTimes('Killing', 'liveness', LIVENESS_KILL).length).toBeGreaterThanOrEqual(3);
    expect(r.container(299, 'liveness')!.restartCount).toBeGreaterThanOrEqual(2);
    expect(r.always((p) => p.status.phase === 'Running', firstStart(r, 'liveness') + 1, 299)).toBe(true);
  });
});

describe('liveness-http', () => {
  const run = useStory('liveness-http');

  it('gets 500 from /healthz after 10 s and kills at the third failure, ~16–19 s after start', () => {
    const r = run();
    const s0 = firstStart(r, 'liveness');
    const kill = r.eventTimes('Killing', 'liveness', LIVENESS_KILL)[0];
    expect(kill).toBeDefined();
    expect(kill! - s0).toBeGreaterThanOrEqual(15.9 - EPS);
    expect(kill! - s0).toBeLessThanOrEqual(19.5);
    const msgs = r.events.filter((e) => e.reason === 'Unhealthy' && e.t <= kill! * 1000).map((e) => e.message);
    expect(msgs).toEqual([
      'Liveness probe failed: HTTP probe failed with statuscode: 500',
      'Liveness probe failed: HTTP probe failed with statuscode: 500',
      'Liveness probe failed: HTTP probe failed with statuscode: 500',
    ]);
  });

  it('probes every 3 s, none before initialDelaySeconds 3', () => {
    const r = run();
    const s0 = firstStart(r, 'liveness');
    const live = r.probes.filter((p) => p.probe === 'liveness' && p.t < (s0 + 30) * 1000);
    expect(live.length).toBeGreaterThanOrEqual(4);
    expect(live[0]!.t / 1000 - s0).toBeGreaterThanOrEqual(3 - EPS);
    for (let i = 1; i < live.length && live[i]!.t / 1000 < s0 + 17; i++) {
      expect(live[i]!.t - live[i - 1]!.t).toBe(3000);
    }
  });

  it('restarts repeatedly (each new process serves 200 for its first 10 s again)', () => {
    const r = run();
    expect(r.container(179, 'liveness')!.restartCount).toBeGreaterThanOrEqual(2);
  });
});

describe('tcp-readiness-liveness', () => {
  const run = useStory('tcp-readiness-liveness');

  it('is Running but unready for the first 15 s (readiness initial value Failure), then Ready', () => {
    const r = run();
    const s0 = firstStart(r, 'goproxy');
    expect(r.statusAt(s0 + 14)?.status.phase).toBe('Running');
    expect(r.getAt(s0 + 14)?.ready).toBe('0/1');
    expect(r.condition(s0 + 14, 'Ready')).toBe('False');
    const ready = r.firstTime((p) => findContainer(p, 'goproxy')?.ready === true);
    expect(ready! - s0).toBeGreaterThanOrEqual(15 - EPS);
    expect(ready! - s0).toBeLessThanOrEqual(26);
  });

  it('never restarts: the TCP liveness probe keeps succeeding', () => {
    const r = run();
    expect(r.getAt(119)).toMatchObject({ ready: '1/1', status: 'Running', restarts: '0' });
    expect(r.eventTimes('Killing')).toEqual([]);
    expect(r.probes.filter((p) => p.probe === 'liveness').every((p) => p.result === 'success')).toBe(true);
  });
});

describe('startup-probe-slow-start', () => {
  const run = useStory('startup-probe-slow-start');

  it('holds liveness back until the startup probe succeeds — worker.go skips liveness before started', () => {
    const r = run();
    const s0 = firstStart(r, 'app');
    expect(r.container(s0 + 80, 'app')).toMatchObject({ started: false, ready: false });
    const started = r.firstTime((p) => findContainer(p, 'app')?.started === true);
    expect(started! - s0).toBeGreaterThanOrEqual(90 - EPS);
    expect(started! - s0).toBeLessThanOrEqual(101);
    const firstLiveness = r.probes.find((p) => p.probe === 'liveness');
    expect(firstLiveness!.t / 1000).toBeGreaterThanOrEqual(started! - 0.001);
    expect(r.probes.some((p) => p.probe === 'startup' && p.result === 'failure')).toBe(true);
  });

  it('becomes Ready without a single restart (no readinessProbe → ready once started)', () => {
    const r = run();
    const s0 = firstStart(r, 'app');
    const ready = r.firstTime((p) => findContainer(p, 'app')?.ready === true);
    expect(ready! - s0).toBeLessThanOrEqual(102);
    expect(r.getAt(299)).toMatchObject({ ready: '1/1', status: 'Running', restarts: '0' });
    expect(r.eventTimes('Killing')).toEqual([]);
  });
});

describe('startup-probe-missing', () => {
  const run = useStory('startup-probe-missing');

  it('is killed by liveness after three refused connections, long before the app listens', () => {
    const r = run();
    const s0 = firstStart(r, 'app');
    const kill = r.eventTimes('Killing', 'app', LIVENESS_KILL)[0];
    expect(kill! - s0).toBeGreaterThanOrEqual(19 - EPS);
    expect(kill! - s0).toBeLessThanOrEqual(31);
  });

  it('never serves: every liveness probe fails, restarts pile up into CrashLoopBackOff', () => {
    const r = run();
    expect(r.probes.filter((p) => p.probe === 'liveness').every((p) => p.result === 'failure')).toBe(true);
    expect(r.container(299, 'app')!.restartCount).toBeGreaterThanOrEqual(3);
    expect(r.firstTime((p) => statusColumn(p) === 'CrashLoopBackOff')).toBeDefined();
    expect(r.eventTimes('Killing', 'app', LIVENESS_KILL).length).toBeGreaterThanOrEqual(3);
  });

  it('still shows READY 1/1 while each doomed attempt runs: no readinessProbe means ready once running (fact 7)', () => {
    const r = run();
    const s0 = firstStart(r, 'app');
    expect(r.container(s0 + 5, 'app')).toMatchObject({ ready: true, started: true });
    expect(r.getAt(s0 + 5)?.ready).toBe('1/1');
  });
});
