/**
 * Growing the horizon by delta gives the same trace as simulating the longer horizon at once
 * (ARCHITECTURE §1: time travel is re-simulation; the past is identical by construction). If the
 * engine ever changed a frame, event, probe result or transition after recording it, the appended
 * trace would keep the stale copy and these byte comparisons would fail.
 */
import { describe, expect, it } from 'vitest';
import { scenarios } from '@/scenarios';
import type { ScenarioDef } from '@/scenarios';
import { createIncrementalRun } from '@/state/incremental';
import { runOnce, type RunRequest, type RunResponse } from '@/state/runOnce';
import { applyTraceDelta, extensionOf } from '@/state/traceDelta';
import { probeRecordsOf } from '@/state/selectors';
import type { ProbeType, Trace } from '@/engine';

const request = (sc: ScenarioDef, until: number, id: number, base?: number): RunRequest => ({
  id, text: sc.manifest, interventions: sc.interventions ?? [], seed: 1, until,
  narrate: { corrections: sc.corrections ?? [] },
  ...(sc.files ? { files: sc.files } : {}), ...(sc.options ? { options: sc.options } : {}),
  ...(base !== undefined ? { base } : {}),
});

/**
 * What the page does with an answer: a full trace replaces, a delta extends the one it holds. The
 * answer crosses the worker boundary first (structured clone), as in the browser: the worker keeps
 * advancing its own trace object.
 */
function onPage(held: Trace | null, sent: RunResponse): Trace | null {
  const res = structuredClone(sent);
  if (res.delta) {
    if (!held) throw new Error('delta without a trace on the page');
    return applyTraceDelta(held, res.delta);
  }
  return res.trace;
}

describe('horizon extension by delta', () => {
  it.each(scenarios.map((s) => [s.id, s] as const))('%s: two extensions by delta equal one run to the longer horizon', (_id, sc) => {
    const run = createIncrementalRun();
    const h = sc.until * 1000;
    const first = run(request(sc, h, 1));
    let held = onPage(null, first);
    expect(held).not.toBeNull();
    const second = run(request(sc, Math.round(h * 1.5), 2, first.serial));
    expect(second.delta).toBeDefined();
    held = onPage(held, second);
    const third = run(request(sc, h * 3, 3, second.serial));
    held = onPage(held, third);

    const once = runOnce(request(sc, h * 3, 4));
    // Compare list by list first, so a failure names the list (the whole trace is megabytes).
    for (const k of ['frames', 'events', 'probes', 'transitions', 'spans', 'diagnostics'] as const) {
      expect(JSON.stringify(held?.[k]), k).toBe(JSON.stringify(once.trace?.[k]));
    }
    expect(JSON.stringify(held)).toBe(JSON.stringify(once.trace));
    expect(third.narration).toEqual(once.narration);
    expect(third.diagnostics).toEqual(once.diagnostics);
  });

  it('the first trace the page holds is not changed by applying a delta (traces are immutable on the page)', () => {
    const sc = scenarios.find((s) => s.id === 'liveness-exec')!;
    const run = createIncrementalRun();
    const first = structuredClone(run(request(sc, 60_000, 1)));
    const before = JSON.stringify(first.trace);
    const second = structuredClone(run(request(sc, 120_000, 2, first.serial)));
    const next = applyTraceDelta(first.trace!, second.delta!);
    expect(JSON.stringify(first.trace)).toBe(before);
    expect(next.until).toBe(120_000);
    expect(next.probes.length).toBeGreaterThan(first.trace!.probes.length);
  });

  it('anything but a longer horizon of the same scenario, asked from the trace the worker sent last, is a full run', () => {
    const sc = scenarios.find((s) => s.id === 'liveness-exec')!;
    const run = createIncrementalRun();
    const first = run(request(sc, 60_000, 1));
    // The page holds another trace (an older answer, or one from before the worker was replaced).
    expect(run(request(sc, 120_000, 2, (first.serial ?? 0) + 100)).delta).toBeUndefined();
    const s2 = run(request(sc, 120_000, 3));
    expect(s2.delta).toBeUndefined();
    // An edit, even at a longer horizon.
    expect(run({ ...request(sc, 180_000, 4, s2.serial), text: `${sc.manifest}\n# edit` }).delta).toBeUndefined();
    const s4 = run(request(sc, 180_000, 5));
    // A shorter horizon.
    expect(run(request(sc, 90_000, 6, s4.serial)).delta).toBeUndefined();
  });

  it('a manifest with errors answers in full (no trace, no serial to extend)', () => {
    const run = createIncrementalRun();
    const res = run({ id: 1, text: 'apiVersion: v1\nkind: Pod\nmetadata: {}\n', interventions: [], seed: 1, until: 60_000 });
    expect(res.trace).toBeNull();
    expect(res.serial).toBeUndefined();
    expect(res.diagnostics.length).toBeGreaterThan(0);
  });
});

describe('indexes of an extended trace', () => {
  it('the probe index of an extended trace equals a fresh one, and the earlier trace keeps its own', () => {
    const sc = scenarios.find((s) => s.id === 'readiness-service-endpoints') ?? scenarios[0]!;
    const run = createIncrementalRun();
    const first = structuredClone(run(request(sc, 60_000, 1)));
    const held = first.trace!;
    const probesOf = (t: Trace) => [...new Set(t.probes.map((p) => `${p.container}/${p.probe}`))];
    const before = new Map(probesOf(held).map((k) => { const [c, p] = k.split('/'); return [k, probeRecordsOf(held, c!, p as ProbeType).length]; }));
    const second = structuredClone(run(request(sc, 180_000, 2, first.serial)));
    const next = applyTraceDelta(held, second.delta!);
    expect(extensionOf(next)?.prev).toBe(held);
    for (const key of probesOf(next)) {
      const [c, p] = key.split('/') as [string, ProbeType];
      expect(probeRecordsOf(next, c, p)).toEqual(next.probes.filter((r) => r.container === c && r.probe === p));
    }
    for (const [key, n] of before) {
      const [c, p] = key.split('/') as [string, ProbeType];
      expect(probeRecordsOf(held, c, p)).toHaveLength(n);
    }
    expect(next.probes.length).toBeGreaterThan(held.probes.length);
  });
});
