import { describe, expect, it, vi } from 'vitest';
import { formatDiagnostic, traceToJson, traceToText, watchLines } from '@/cli/format';
import { crashTrace } from './trace';

// The formatters are pure functions over a Trace; the simulator itself is not needed here.
vi.mock('@/engine/sim/simulate', () => ({ simulate: vi.fn(), createSimulation: vi.fn() }));

describe('traceToJson (ARCHITECTURE §4 JSON shape)', () => {
  const json = traceToJson(crashTrace());

  it('has version, until in seconds, frames with t in seconds (ms precision) and kubectl columns', () => {
    expect(json.version).toBe(1);
    expect(json.until).toBe(120);
    expect(json.frames.map((f) => f.t)).toEqual([0, 1, 2, 10, 10.5, 12, 13, 30, 31.234]);
    expect(json.frames[4]!.kubectl).toEqual({ ready: '0/1', status: 'CrashLoopBackOff', restarts: '0' });
    expect(json.frames[5]!.kubectl).toEqual({ ready: '1/1', status: 'Running', restarts: '1 (2s ago)' });
  });

  it('pod metadata is reduced to name, creationTimestamp and deletionTimestamp when set', () => {
    expect(json.frames[0]!.pod!.metadata).toEqual({ name: 'web', creationTimestamp: '2025-01-01T00:00:00Z' });
    expect(json.frames[7]!.pod!.metadata.deletionTimestamp).toBe('2025-01-01T00:01:00Z');
    expect(json.frames[7]!.kubectl!.status).toBe('Terminating');
  });

  it('pod: null once the deleted pod is gone', () => {
    expect(json.frames.at(-1)).toEqual({ t: 31.234, pod: null, kubectl: null });
  });

  it('events and probes in seconds, container only when known', () => {
    expect(json.events[0]).toEqual({ t: 0, type: 'Normal', reason: 'Scheduled', message: 'Successfully assigned default/web to node-1' });
    expect(json.events[1]).toMatchObject({ t: 10.5, reason: 'BackOff', container: 'app' });
    expect(json.probes).toEqual([{ t: 5, container: 'app', probe: 'readiness', result: 'success' }]);
  });
});

describe('traceToText', () => {
  it('prints a kubectl get -w line only when READY, STATUS or the restart count change', () => {
    expect(watchLines(crashTrace())).toEqual([
      'NAME   READY   STATUS    RESTARTS   AGE',
      'web    0/1     Pending   0          0s',
      'web    0/1     ContainerCreating   0          1s',
      'web    1/1     Running             0          2s',
      'web    0/1     Error               0          10s',
      'web    0/1     CrashLoopBackOff    0          10s',
      'web    1/1     Running             1 (2s ago)   12s',
      'web    1/1     Terminating         1 (20s ago)   30s',
    ]);
  });

  it('ends with kubectl describe at --at, or NotFound once the pod is gone', () => {
    const atTwelve = traceToText(crashTrace(), 12_000);
    expect(atTwelve).toContain('$ kubectl describe pod web    # at 12s\nName:             web\n');
    expect(atTwelve).toContain('Restart Count:  1');
    expect(atTwelve).toContain('Warning  BackOff    2s    kubelet            Back-off restarting failed container app');
    expect(atTwelve).not.toContain('Killing');
    const end = traceToText(crashTrace());
    expect(end).toContain('# pod deleted at 31.234s');
    expect(end.endsWith('Error from server (NotFound): pods "web" not found\n')).toBe(true);
  });
});

describe('formatDiagnostic', () => {
  it('prints file:line:column: path: message, adding the path only when the message lacks it', () => {
    const range = { start: { line: 12, column: 7 }, end: { line: 12, column: 9 } };
    expect(formatDiagnostic('pod.yaml', { severity: 'error', code: 'V001', message: 'spec.containers[0].image: Required value', path: 'spec.containers[0].image', range })).toBe(
      'pod.yaml:12:7: spec.containers[0].image: Required value',
    );
    expect(formatDiagnostic('pod.yaml', { severity: 'warning', code: 'W001', message: 'unknown field', path: 'spec.foo', range })).toBe(
      'pod.yaml:12:7: warning: spec.foo: unknown field',
    );
  });
});
