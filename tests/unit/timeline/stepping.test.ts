import { describe, expect, it } from 'vitest';
import { MAX_UNTIL } from '@/engine';
import type { ProbeRecord, Trace } from '@/engine';
import { clusterEvents, probeLod, TICK_MIN_PX } from '@/ui/panels/timeline/model/aggregate';
import {
  activityTimes, changeTimes, coarseStep, eventTimes, extendedHorizon, horizonStep, nextTime, prevTime, skipIdleTarget,
  traceRecords, TRACE_RECORD_BUDGET,
} from '@/ui/panels/timeline/model/stepping';
import { clampView, follow, MIN_SPAN_MS, panBy, zoomAt } from '@/ui/panels/timeline/model/view';
import { traceOf } from './run';

const probe = (t: number, result: ProbeRecord['result'], timedOut = false): ProbeRecord =>
  ({ t, container: 'app', probe: 'liveness', result, run: 1, threshold: 3, ...(timedOut ? { timedOut } : {}) });

describe('probe tick aggregation', () => {
  const records = Array.from({ length: 3600 }, (_, i) => probe(i * 1000, i === 1234 ? 'failure' : i === 2000 ? 'failure' : 'success', i === 2000));

  it('draws individual ticks when zoomed in far enough', () => {
    const lod = probeLod(records, 10_000, 40_000, 900);
    expect(lod.mode).toBe('ticks');
    if (lod.mode === 'ticks') expect(lod.ticks.map((r) => r.t)).toEqual(Array.from({ length: 31 }, (_, i) => 10_000 + i * 1000));
  });

  it('buckets thousands of ticks when zoomed out, keeping every count and surfacing the failure and the timeout', () => {
    const lod = probeLod(records, 0, 3_600_000, 900);
    expect(lod.mode).toBe('buckets');
    if (lod.mode !== 'buckets') return;
    expect(lod.buckets.length).toBeLessThanOrEqual(900 / 6 + 1);
    const total = lod.buckets.reduce((n, b) => n + b.success + b.failure + b.timeout + b.unknown, 0);
    expect(total).toBe(3600);
    const bad = lod.buckets.filter((b) => b.failure + b.timeout > 0);
    expect(bad.map((b) => [b.failure, b.timeout])).toEqual([[1, 0], [0, 1]]);
    expect(bad[0]!.sample.t).toBe(1_234_000);
  });

  it('switches mode exactly at TICK_MIN_PX px per tick', () => {
    const width = 31 * TICK_MIN_PX;
    expect(probeLod(records, 10_000, 40_000, width).mode).toBe('ticks');
    expect(probeLod(records, 10_000, 40_000, width - 1).mode).toBe('buckets');
  });

  it('clusters close events and marks a cluster red when any member is a Warning', () => {
    const tr = traceOf('crashloop-backoff');
    const close = clusterEvents(tr.events, 0, 20_000, 2000);
    const far = clusterEvents(tr.events, 0, 20_000, 100);
    expect(far.length).toBeLessThan(close.length);
    expect(far.reduce((n, c) => n + c.events.length, 0)).toBe(close.reduce((n, c) => n + c.events.length, 0));
    expect(close.find((c) => c.events.some((e) => e.reason === 'BackOff'))!.warning).toBe(true);
  });
});

describe('cursor stepping', () => {
  const tr = traceOf('crashloop-backoff');

  it('→ and ← walk the event times one by one, and stop at the ends', () => {
    const times = eventTimes(tr);
    expect(nextTime(times, 0)).toBe(1000);
    expect(nextTime(times, 1000)).toBe(1550);
    expect(prevTime(times, 1550)).toBe(1000);
    expect(prevTime(times, 0)).toBeNull();
    expect(nextTime(times, tr.until)).toBeNull();
    let t = 0;
    const seen: number[] = [];
    for (let n = nextTime(times, t); n !== null; n = nextTime(times, t)) seen.push((t = n));
    expect(seen).toEqual(times.filter((x) => x > 0));
  });

  it('"next change" stops where the phase or a condition changes — Ready goes True at the first readiness success', () => {
    const ready = traceOf('readiness-service-endpoints');
    const changes = changeTimes(ready);
    const readyAt = ready.frames.find((f) => f.pod?.status.conditions?.find((c) => c.type === 'Ready' && c.status === 'True'))!.t;
    expect(changes).toContain(readyAt);
    expect(changes).toEqual([...changes].sort((a, b) => a - b));
  });

  it('skip idle jumps through a 5-minute back-off to just before the restart, but not across a busy stretch', () => {
    const act = activityTimes(tr);
    const bo = tr.spans.find((s) => s.kind === 'backoff' && s.label === '5m0s')!;
    expect(skipIdleTarget(act, bo.start + 10)).toBe(bo.end! - 1000);
    expect(skipIdleTarget(act, 1000)).toBeNull();
  });

  it('coarse steps are human-sized tenths of the view', () => {
    expect(coarseStep(60_000)).toBe(10_000);
    expect(coarseStep(1_500_000)).toBe(300_000);
    expect(coarseStep(100)).toBe(1000);
  });

  it('the horizon grows by half when playback reaches its last 15 %, never past the cap or for a pod that is gone', () => {
    expect(extendedHorizon(100_000, 300_000, undefined)).toBeNull();
    expect(extendedHorizon(260_000, 300_000, undefined)).toBe(450_000);
    expect(extendedHorizon(59_000, 60_000, undefined)).toBe(120_000);
    expect(extendedHorizon(59_000, 60_000, 21_000)).toBeNull();
    expect(extendedHorizon(14_000_000, 14_400_000, undefined, 14_400_000)).toBeNull();
  });

  it('a pod that runs forever keeps extending past hours, up to the engine\'s week (MAX_UNTIL)', () => {
    // Walk playback forward as the assist would: each extension from the last 15 % of the horizon.
    let until = 300_000;
    for (let i = 0; i < 40; i++) {
      const next = horizonStep(until * 0.9, until, undefined, 10_000);
      if (next?.kind !== 'extend') break;
      until = next.until;
    }
    expect(until).toBe(MAX_UNTIL);
    expect(horizonStep(MAX_UNTIL * 0.9, MAX_UNTIL, undefined, 10_000)).toBeNull();
  });

  it('a trace at the record budget stops growing and says so, instead of eating the page\'s memory', () => {
    expect(horizonStep(3_300_000, 3_600_000, undefined, TRACE_RECORD_BUDGET - 1)).toEqual({ kind: 'extend', until: 5_400_000 });
    expect(horizonStep(3_300_000, 3_600_000, undefined, TRACE_RECORD_BUDGET)).toEqual({ kind: 'full' });
    // Not yet near the end, or the pod is gone: nothing to decide.
    expect(horizonStep(1_000_000, 3_600_000, undefined, TRACE_RECORD_BUDGET)).toBeNull();
    expect(horizonStep(3_300_000, 3_600_000, 60_000, TRACE_RECORD_BUDGET)).toBeNull();
  });

  it('trace records count frames, events, probe results, transitions and spans', () => {
    const t = { frames: [1, 2], events: [1], probes: [1, 2, 3], transitions: [1], spans: [1, 2] } as unknown as Trace;
    expect(traceRecords(t)).toBe(9);
  });
});

describe('zoom and pan', () => {
  it('zooming keeps the anchor time under the pointer and never goes below MIN_SPAN_MS or outside the run', () => {
    const v = zoomAt({ start: 0, end: 100_000 }, 25_000, 0.5, 300_000);
    expect(v).toEqual({ start: 12_500, end: 62_500 });
    let z = { start: 0, end: 100_000 };
    for (let i = 0; i < 60; i++) z = zoomAt(z, 50_000, 0.5, 300_000);
    expect(z.end - z.start).toBe(MIN_SPAN_MS);
    const out = zoomAt({ start: 0, end: 100_000 }, 0, 10, 300_000);
    expect(out).toEqual({ start: 0, end: 300_000 });
    expect(panBy({ start: 0, end: 100_000 }, -50_000, 300_000)).toEqual({ start: 0, end: 100_000 });
    expect(panBy({ start: 0, end: 100_000 }, 250_000, 300_000)).toEqual({ start: 200_000, end: 300_000 });
    expect(clampView({ start: 5, end: 5 }, 300_000).end - 5).toBe(MIN_SPAN_MS);
  });

  it('follow pages forward when the cursor passes 90 % of the view', () => {
    const v = { start: 0, end: 100_000 };
    expect(follow(v, 50_000, 1_000_000)).toBe(v);
    expect(follow(v, 95_000, 1_000_000)).toEqual({ start: 85_000, end: 185_000 });
    expect(follow(v, 500_000, 1_000_000)).toEqual({ start: 490_000, end: 590_000 });
  });
});
