/**
 * What-if comparison model: outcomes, the diff table and the headline, on real simulations of the
 * built-in scenario pairs; the compact timeline's row set.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '@/engine';
import { findScenario } from '@/state/scenarioCatalog';
import { describeOutcome, diffRows, diffSummary, fmtT, outcomeOf } from '@/ui/compare/diff';
import { compactData, mergedTimes } from '@/ui/compare/compactData';
import { availablePairs, pairFor, SCENARIO_PAIRS } from '@/ui/compare/pairs';

const run = (id: string, until = 300_000) => {
  const sc = findScenario(id);
  if (!sc) throw new Error(`no scenario ${id}`);
  return simulate({ manifest: sc.manifest, until });
};

describe('outcomeOf / diffSummary', () => {
  const withProbe = run('startup-probe-slow-start');
  const without = run('startup-probe-missing');

  it('a startupProbe (10 s × 30) lets a 90 s start finish: never killed, never restarted, Ready after 90 s — prober/worker.go gates liveness on started', () => {
    const o = outcomeOf(withProbe, 300_000);
    expect(o.restarts).toBe(0);
    expect(o.firstKill).toBeNull();
    expect(o.readyAt).not.toBeNull();
    expect(o.readyAt!).toBeGreaterThanOrEqual(90_000);
    expect(o.status).toBe('Running');
  });

  it('without it, liveness (period 10, threshold 3) kills the container before it listens — kuberuntime killContainer on a failed liveness probe', () => {
    const o = outcomeOf(without, 300_000);
    expect(o.firstKill).not.toBeNull();
    expect(o.firstKill!).toBeGreaterThan(15_000);
    expect(o.firstKill!).toBeLessThan(45_000);
    expect(o.restarts).toBeGreaterThan(1);
  });

  it('the headline contrasts the two sides with their labels and the kill time', () => {
    const a = outcomeOf(withProbe, 300_000);
    const b = outcomeOf(without, 300_000);
    const s = diffSummary('with startupProbe', a, 'without', b);
    expect(s).toMatch(/^with startupProbe: never restarted, Ready at \d+(\.\d)? s; without: killed at \d+(\.\d)? s, \d+ restarts/);
    expect(s).toContain(`killed at ${fmtT(b.firstKill!)}`);
    const rows = diffRows(a, b);
    expect(rows.find((r) => r.key === 'restarts')).toMatchObject({ a: '0', differs: true });
    expect(rows.find((r) => r.key === 'firstKill')).toMatchObject({ a: '—', differs: true });
  });

  it('restartPolicy Always vs Never on exit 1: Running with restarts vs Failed (getPhase stopped-failed-never)', () => {
    const a = outcomeOf(run('restart-always-exit-1', 120_000), 120_000);
    const b = outcomeOf(run('restart-never-exit-1', 120_000), 120_000);
    expect(a.phase).toBe('Running');
    expect(a.restarts).toBeGreaterThan(0);
    expect(b.phase).toBe('Failed');
    expect(b.restarts).toBe(0);
    expect(describeOutcome(b)).toContain('Failed');
    expect(diffRows(a, b).find((r) => r.key === 'phase')!.differs).toBe(true);
  });

  it('identical sides say "same outcome"', () => {
    const o = outcomeOf(withProbe, 300_000);
    expect(diffSummary('A', o, 'B', o)).toMatch(/^same outcome: /);
    expect(diffRows(o, o).every((r) => !r.differs)).toBe(true);
  });

  it('the horizon clamps the outcome: at 10 s nothing has been killed yet', () => {
    expect(outcomeOf(without, 10_000).firstKill).toBeNull();
  });
});

describe('compactData', () => {
  it('keeps events, containers, probes, phase and Ready, stacked without gaps', () => {
    const d = compactData(run('startup-probe-slow-start'));
    const ids = d.rows.map((r) => r.id);
    expect(ids[0]).toBe('events');
    expect(ids).toContain('phase');
    expect(ids).toContain('cond:Ready');
    expect(ids).not.toContain('cond:Initialized');
    expect(ids.some((i) => i.startsWith('p:'))).toBe(true);
    let y = 0;
    for (const r of d.rows) {
      expect(r.y).toBe(y);
      y += r.h;
    }
    expect(d.height).toBe(y);
  });

  it('merges two event-time lists into one sorted list without duplicates', () => {
    expect(mergedTimes([0, 1000, 5000], [1000, 3000])).toEqual([0, 1000, 3000, 5000]);
  });
});

describe('scenario pairs', () => {
  it('every pair names two scenarios that exist', () => {
    expect(availablePairs()).toHaveLength(SCENARIO_PAIRS.length);
  });
  it('pairFor orients the pair so the open scenario is A', () => {
    expect(pairFor('startup-probe-missing')).toMatchObject({ a: 'startup-probe-missing', b: 'startup-probe-slow-start', labelA: 'without' });
    expect(pairFor('liveness-exec')).toBeUndefined();
  });
});

describe('fmtT', () => {
  it('reads seconds up to ten minutes, then minutes and seconds', () => {
    expect(fmtT(1550)).toBe('1.6 s');
    expect(fmtT(35_000)).toBe('35 s');
    expect(fmtT(100_000)).toBe('100 s');
    expect(fmtT(725_000)).toBe('12 m 05 s');
  });
});
