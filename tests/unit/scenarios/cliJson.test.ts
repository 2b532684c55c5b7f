/**
 * Every scenario through the CLI's JSON path (`npm run simulate -- … --format json`, ARCHITECTURE §4):
 * the document is well-formed, its kubectl columns agree with the views, and a second run with the
 * same seed gives a byte-identical document (ARCHITECTURE §7, determinism).
 */
import { describe, expect, it } from 'vitest';
import { scenarios } from '../../../src/scenarios';
import { traceToJson } from '../../../src/cli/format';
import { runScenario, useStory } from './runScenario';

describe.each(scenarios.map((s) => [s.id] as const))('%s via --format json', (id) => {
  const run = useStory(id);

  it('is a version-1 document whose frames, events and probes stay within the horizon', () => {
    const r = run();
    const json = traceToJson(r.trace);
    expect(json.version).toBe(1);
    expect(json.until).toBe(r.def.until);
    expect(json.frames.length).toBeGreaterThan(1);
    expect(json.frames[0]!.t).toBe(0);
    for (const f of json.frames) expect(f.t).toBeLessThanOrEqual(r.def.until);
    for (let i = 1; i < json.frames.length; i++) expect(json.frames[i]!.t).toBeGreaterThanOrEqual(json.frames[i - 1]!.t);
    for (const e of json.events) expect(e.t).toBeLessThanOrEqual(r.def.until);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('has kubectl columns equal to the view at each frame, and pod: null only after the pod is gone', () => {
    const r = run();
    const json = traceToJson(r.trace);
    for (const f of json.frames) {
      if (f.pod === null) {
        expect(r.goneAt).toBeDefined();
        expect(f.t).toBeGreaterThanOrEqual(r.goneAt! - 0.001);
        continue;
      }
      const row = r.getAt(f.t);
      expect(f.kubectl).toEqual({ ready: row!.ready, status: row!.status, restarts: row!.restarts });
    }
  });

  it('is byte-identical when simulated again with the same seed', () => {
    const r = run();
    const again = runScenario(r.def);
    expect(JSON.stringify(traceToJson(again.trace))).toBe(JSON.stringify(traceToJson(r.trace)));
  });
});
