import { describe, expect, it } from 'vitest';
import { formatClock, selectProbeCounters, stateOf, upperBound } from '@/state/selectors';
import type { ProbeRecord, Trace } from '@/engine';

describe('selectors', () => {
  it('upperBound finds the first element after t (events at exactly t count as happened)', () => {
    const list = [{ t: 0 }, { t: 10 }, { t: 10 }, { t: 20 }];
    expect(upperBound(list, -1)).toBe(0);
    expect(upperBound(list, 10)).toBe(3);
    expect(upperBound(list, 99)).toBe(4);
  });

  it('formatClock prints m:ss.s and h:mm:ss', () => {
    expect(formatClock(0)).toBe('0:00.0');
    expect(formatClock(65_340)).toBe('1:05.3');
    expect(formatClock(3_723_000)).toBe('1:02:03');
  });

  it('stateOf names the one state that is set', () => {
    const base = { name: 'a', lastState: {}, ready: false, restartCount: 0, image: 'x', imageID: '' };
    expect(stateOf({ ...base, state: { waiting: { reason: 'CrashLoopBackOff' } } })).toEqual({ state: 'waiting', reason: 'CrashLoopBackOff' });
    expect(stateOf({ ...base, state: { terminated: { exitCode: 1, reason: 'Error' } } }).reason).toBe('Error');
    expect(stateOf(null).state).toBe('none');
  });

  it('probe counters show the latest consecutive run at the cursor ("liveness 2/3 failures")', () => {
    const probe = (type: 'liveness' | 'readiness', threshold: number) => ({
      type, handler: { kind: 'exec', command: ['true'] }, initialDelaySeconds: 0, timeoutSeconds: 1,
      periodSeconds: 3, successThreshold: 1, failureThreshold: threshold, path: `spec.containers[0].${type}Probe`,
    });
    const rec = (t: number, p: ProbeRecord['probe'], result: ProbeRecord['result'], run: number, threshold: number): ProbeRecord =>
      ({ t, container: 'app', probe: p, result, run, threshold });
    const trace = {
      pod: { initContainers: [], containers: [{ name: 'app', livenessProbe: probe('liveness', 3), readinessProbe: probe('readiness', 3) }] },
      probes: [rec(3000, 'liveness', 'success', 1, 3), rec(6000, 'liveness', 'failure', 1, 3), rec(9000, 'liveness', 'failure', 2, 3)],
    } as unknown as Trace;
    expect(selectProbeCounters(trace, 9000).get('app')).toEqual([
      { probe: 'liveness', result: 'failure', run: 2, threshold: 3 },
      { probe: 'readiness', result: null, run: 0, threshold: 1 },
    ]);
    expect(selectProbeCounters(trace, 5999).get('app')![0]).toMatchObject({ result: 'success', run: 1 });
  });
});
