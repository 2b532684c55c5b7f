/**
 * Every scenario through the CLI's JSON path (`npm run simulate -- … --format json`, ARCHITECTURE §4):
 * the document is well-formed, its kubectl columns match real-cluster semantics at chosen moments, and a second run with the
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

  it('has pod: null only after the pod is gone', () => {
    const r = run();
    for (const f of traceToJson(r.trace).frames) {
      if (f.pod !== null) continue;
      expect(r.goneAt).toBeDefined();
      expect(f.t).toBeGreaterThanOrEqual(r.goneAt! - 0.001);
    }
  });

  it('is byte-identical when simulated again with the same seed', () => {
    const r = run();
    const again = runScenario(r.def);
    expect(JSON.stringify(traceToJson(again.trace))).toBe(JSON.stringify(traceToJson(r.trace)));
  });
});

/**
 * The JSON document's kubectl columns at chosen moments, written from Kubernetes semantics
 * (kubectl printPod, kubelet getPhase / doBackOff / prober), not read back from the simulator.
 */
describe('--format json kubectl columns match what a real cluster shows', () => {
  const cases: [id: string, t: number, ready: string, status: RegExp, restarts: string][] = [
    // exits 1 again and again: back-off 10, 20, 40 s … → at 60 s waiting in CrashLoopBackOff (or just exited: Error)
    ['crashloop-backoff', 60, '0/1', /^(CrashLoopBackOff|Error)$/, '3'],
    // liveness starts failing at 30 s and kills at 45 s (3 × 5 s): at 20 s still healthy and ready
    ['liveness-exec', 20, '1/1', /^Running$/, '0'],
    // one restart after the kill at 45 s
    ['liveness-exec', 80, '1/1', /^Running$/, '1'],
    // restartPolicy Never, exit 1: terminated, not ready, kubectl shows the reason Error
    ['restart-never-exit-1', 10, '0/1', /^Error$/, '0'],
    // the init container polls DNS until the Service appears at 20 s: Init:0/1 before that
    ['init-wait-for-service', 10, '0/1', /^Init:0\/1$/, '0'],
  ];
  it.each(cases)('%s at %s s: READY %s, STATUS %s, RESTARTS %s', (id, t, ready, status, restarts) => {
    const def = scenarios.find((s) => s.id === id);
    expect(def, id).toBeDefined();
    const json = traceToJson(runScenario(def!).trace);
    const frame = json.frames.filter((f) => f.t <= t).at(-1)!;
    expect(frame.kubectl!.ready).toBe(ready);
    expect(frame.kubectl!.status).toMatch(status);
    // kubectl appends the age of the last restart: "3 (12s ago)"
    expect(frame.kubectl!.restarts).toMatch(new RegExp(`^${restarts}( \\(\\w+ ago\\))?$`));
  });
});
