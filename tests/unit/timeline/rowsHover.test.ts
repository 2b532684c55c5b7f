import { describe, expect, it } from 'vitest';
import { CREATION_TIME_MS } from '@/engine';
import { deriveBands, deriveDeletion } from '@/ui/panels/timeline/model/bands';
import { hoverAt } from '@/ui/panels/timeline/model/hover';
import { deriveLanes } from '@/ui/panels/timeline/model/lanes';
import { layoutRows, rowAt, ROW_H } from '@/ui/panels/timeline/model/rows';
import { traceOf } from './run';

function model(id: string) {
  const trace = traceOf(id);
  const lanes = deriveLanes(trace);
  const bands = deriveBands(trace);
  const deletion = deriveDeletion(trace, CREATION_TIME_MS);
  return { trace, lanes, bands, deletion, ...layoutRows(lanes, bands, deletion) };
}

describe('row layout', () => {
  it('events, each container (spec order) with its probes in startup → liveness → readiness order, then the pod bands and Services', () => {
    const m = model('readiness-service-endpoints');
    const ids = m.rows.map((r) => r.id);
    // only an image pull → no separate bars row (the pull is drawn inside the container row)
    expect(ids).toEqual([
      'events', 'c:init-myservice', 'c:myapp-container', 'p:myapp-container:liveness', 'p:myapp-container:readiness',
      'sec:pod', 'phase', 'cond:PodScheduled', 'cond:Initialized', 'cond:ContainersReady', 'cond:Ready', 'svc:myservice',
    ]);
    expect(ids).not.toContain('deletion');
    // rows stack without gaps and rowAt finds each by its middle
    let y = 0;
    for (const r of m.rows) {
      expect(r.y).toBe(y);
      expect(r.h).toBe(ROW_H[r.kind]);
      expect(rowAt(m.rows, r.y + r.h / 2)).toBe(r);
      y += r.h;
    }
    expect(m.height).toBe(y);
    expect(rowAt(m.rows, m.height + 1)).toBeUndefined();
  });

  it('a deleted pod gets a deletion row right after the conditions', () => {
    const m = model('sigterm-ignored');
    const ids = m.rows.map((r) => r.id);
    expect(ids.indexOf('deletion')).toBe(ids.indexOf('cond:Ready') + 1);
  });
});

describe('hover', () => {
  it('over an event: the event with its kubelet reason and the kubectl get line at that moment', () => {
    const m = model('liveness-exec');
    const row = m.rows.find((r) => r.kind === 'events')!;
    const h = hoverAt(m, row, 35_100, 500)!;
    expect(h.t).toBe(35_000);
    expect(h.title).toBe('Unhealthy');
    expect(h.tone).toBe('bad');
    expect(h.lines[0]).toContain('Liveness probe failed');
    expect(h.get).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\nliveness-exec\s+1\/1\s+Running\s+0\s+35s$/);
    expect(hoverAt(m, row, 20_000, 500)).toBeNull();
  });

  it('over a probe row: the failing probe with its counter and output wins over the successes near it', () => {
    const m = model('liveness-exec');
    const row = m.rows.find((r) => r.kind === 'probe')!;
    const h = hoverAt(m, row, 45_000, 6_000)!;
    expect(h.title).toBe('liveness liveness probe');
    expect(h.lines[0]).toMatch(/^failure · \d\/3 in a row$/);
    expect(h.lines[1]).toContain("can't open '/tmp/healthy'");
  });

  it('over a container: the segment state, reason and restart count', () => {
    const m = model('crashloop-backoff');
    const row = m.rows.find((r) => r.kind === 'container')!;
    const h = hoverAt(m, row, 5_000, 10)!;
    expect(h.title).toBe('app: waiting · CrashLoopBackOff');
    expect(h.lines[0]).toContain('restarts 1');
  });
});

describe('bars row', () => {
  it('a container with back-off waits gets a bars row; its image pull is described on the container row', () => {
    const m = model('crashloop-backoff');
    expect(m.rows.map((r) => r.id)).toContain('bars:app');
    const row = m.rows.find((r) => r.id === 'c:app')!;
    const h = hoverAt(m, row, 1200, 10)!;
    expect(h.title).toBe('app: waiting · ContainerCreating');
    expect(h.lines).toContain('pull busybox:1.36 550ms');
  });
});
