import { describe, expect, it } from 'vitest';
import { deriveLanes } from '@/ui/panels/timeline/model/lanes';
import { deriveBands, deriveDeletion } from '@/ui/panels/timeline/model/bands';
import { CREATION_TIME_MS } from '@/engine';
import { traceOf } from './run';

describe('trace → container lanes', () => {
  const crash = traceOf('crashloop-backoff');
  const [app] = deriveLanes(crash);

  it('a CrashLoopBackOff container alternates Waiting(CrashLoopBackOff) and Terminated(Error) and every restart opens a new segment', () => {
    expect(app!.name).toBe('app');
    const reasons = app!.segments.map((s) => s.reason);
    expect(reasons[0]).toBe('ContainerCreating');
    expect(reasons).toContain('CrashLoopBackOff');
    expect(reasons).toContain('Error');
    // segments tile time without gaps or overlaps
    for (let i = 1; i < app!.segments.length; i++) expect(app!.segments[i]!.start).toBe(app!.segments[i - 1]!.end);
    // the restart count only goes up, and each increase is a restart marker
    const counts = app!.restarts.map((r) => r.count);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(app!.restarts.length).toBeGreaterThanOrEqual(6);
  });

  it('back-off waits are bars labelled with the kubelet delay, doubling from 10 s to the 5-minute cap (kuberuntime_manager.go doBackOff)', () => {
    const backoffs = app!.bars.filter((b) => b.kind === 'backoff').map((b) => b.label);
    expect(backoffs.slice(0, 6)).toEqual(['back-off 10s', 'back-off 20s', 'back-off 40s', 'back-off 1m20s', 'back-off 2m40s', 'back-off 5m0s']);
    const last = app!.bars[app!.bars.length - 1]!;
    expect(last.open).toBe(true);
    expect(last.end).toBe(crash.until);
  });

  it('a liveness kill shows the SIGTERM bar that ran into the grace period and ended in KILL', () => {
    const [c] = deriveLanes(traceOf('liveness-exec'));
    const term = c!.bars.filter((b) => b.kind === 'sigterm');
    expect(term[0]).toMatchObject({ start: 45_000, end: 75_000, label: 'SIGTERM → KILL 30s' });
    const live = c!.probes.find((p) => p.probe === 'liveness')!;
    expect(live.threshold).toBe(3);
    expect(live.records.every((r) => r.container === c!.name && r.probe === 'liveness')).toBe(true);
    const firstFail = live.records.findIndex((r) => r.result === 'failure');
    expect(live.records.slice(firstFail, firstFail + 3).map((r) => `${r.run}/${r.threshold}`)).toEqual(['1/3', '2/3', '3/3']);
  });

  it('init containers come first and end Completed before the app container starts', () => {
    const lanes = deriveLanes(traceOf('readiness-service-endpoints'));
    expect(lanes.map((l) => l.kind)).toEqual(['init', 'app']);
    const init = lanes[0]!.segments;
    expect(init[init.length - 1]!.reason).toBe('Completed');
    const appRunning = lanes[1]!.segments.find((s) => s.state === 'running')!;
    expect(appRunning.start).toBeGreaterThanOrEqual(init[init.length - 1]!.start);
  });
});

describe('trace → pod bands', () => {
  it('phase, the four conditions and Service membership fold into bands that agree with the frames', () => {
    const tr = traceOf('readiness-service-endpoints');
    const rows = deriveBands(tr);
    expect(rows.map((r) => r.id).slice(0, 5)).toEqual(['phase', 'cond:PodScheduled', 'cond:Initialized', 'cond:ContainersReady', 'cond:Ready']);
    const ready = rows.find((r) => r.id === 'cond:Ready')!;
    expect(ready.bands.some((b) => b.value === 'True')).toBe(true);
    const svc = rows.find((r) => r.id.startsWith('svc:'))!;
    // endpoint membership follows Ready=True exactly (endpoints_controller.go podToEndpointAddress)
    for (const b of svc.bands.filter((x) => x.value === 'endpoint')) {
      const mid = (b.start + b.end) / 2;
      const r = ready.bands.find((x) => x.start <= mid && x.end >= mid)!;
      expect(r.value).toBe('True');
    }
  });

  it('a deletion gives the grace window, the TERM moment, no KILL when the container stops in time, and when the pod is gone', () => {
    const tr = traceOf('prestop-http-shutdown');
    const del = deriveDeletion(tr, CREATION_TIME_MS)!;
    expect(del.start).toBe(20_000);
    expect(del.deadline).toBe(50_000);
    expect(del.graceSeconds).toBe(30);
    expect(del.term.map((x) => x.t)).toEqual([20_000]);
    expect(del.kill).toEqual([]);
    expect(del.gone).toBe(tr.goneAt);
  });

  it('a SIGTERM-ignoring container is killed when the grace period runs out', () => {
    const tr = traceOf('sigterm-ignored');
    const del = deriveDeletion(tr, CREATION_TIME_MS)!;
    expect(del.kill.length).toBeGreaterThan(0);
    expect(del.kill[0]!.t).toBe(del.deadline);
  });

  it('an undeleted pod has no deletion', () => {
    expect(deriveDeletion(traceOf('crashloop-backoff'), CREATION_TIME_MS)).toBeNull();
  });
});
