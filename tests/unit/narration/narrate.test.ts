/**
 * Narration names the rule, the field, its value and its line (k8s-semantics §4.4, §5.2, §7).
 */
import { describe, expect, it } from 'vitest';
import { narrate, parseAction, parseManifest, simulate, currentNarrationIndex, GLOSSARY } from '../../../src/engine';
import { scenarioById } from '../../../src/scenarios';

const LIVENESS = `apiVersion: v1
kind: Pod
metadata:
  name: live
spec:
  restartPolicy: Always
  containers:
  - name: app
    image: busybox:1.36
    args:
    - /bin/sh
    - -c
    - touch /tmp/healthy; sleep 20; rm -f /tmp/healthy; sleep 600
    livenessProbe:
      exec:
        command: [cat, /tmp/healthy]
      periodSeconds: 5
      failureThreshold: 3
`;

function run(manifest: string, interventions: string[] = [], until = 200) {
  const trace = simulate({ manifest, interventions: interventions.map((s) => parseAction(s)), until: until * 1000, seed: 1 });
  return narrate(trace, parseManifest(manifest));
}

describe('narrate', () => {
  const items = run(LIVENESS);
  const kill = items.find((i) => i.kind === 'signal' && i.concept === 'liveness-probe');

  it('liveness kill names failureThreshold with its value and line 18 — prober/worker.go', () => {
    expect(kill).toBeDefined();
    expect(kill!.en).toContain('failureThreshold: 3, line 18');
    expect(kill!.zh).toContain('failureThreshold: 3，第 18 行');
    expect(kill!.rule).toContain('prober/worker.go');
    expect(kill!.fieldPath).toBe('spec.containers[0].livenessProbe.failureThreshold');
    expect(kill!.range?.start.line).toBe(18);
  });

  it('the kill happens at the third consecutive failure, each failure counted against the threshold', () => {
    const failures = items.filter((i) => i.kind === 'probe' && i.t <= kill!.t && i.concept === 'liveness-probe');
    expect(failures.map((f) => /failure (\d) of/.exec(f.en)?.[1])).toEqual(['1', '2', '3']);
    expect(failures.at(-1)!.t).toBe(kill!.t);
  });

  it('the second kill names the back-off the kubelet chose (10 s) — kuberuntime_manager.go doBackOff', () => {
    const kills = items.filter((i) => i.kind === 'signal' && i.concept === 'liveness-probe');
    expect(kills[0]!.en).toMatch(/restarts at once/);
    expect(kills[1]!.en).toMatch(/restarts after a 10 s back-off/);
    expect(kills[1]!.zh).toMatch(/10 秒退避后重启/);
    const backoff = items.find((i) => i.kind === 'backoff');
    expect(backoff?.rule).toContain('doBackOff');
    expect(backoff?.en).toContain('waits 10 s');
  });

  it('a default field is called the default (failureThreshold not written in liveness-exec)', () => {
    const def = scenarioById('liveness-exec')!;
    const trace = simulate({ manifest: def.manifest, until: 120_000, seed: 1 });
    const k = narrate(trace, parseManifest(def.manifest)).find((i) => i.kind === 'signal');
    expect(k?.en).toContain('failureThreshold: 3 by default');
  });

  it('CrashLoopBackOff narration names each growing delay once per window (10, 20, 40 s)', () => {
    const def = scenarioById('crashloop-backoff')!;
    const trace = simulate({ manifest: def.manifest, until: 200_000, seed: 1 });
    const waits = narrate(trace, parseManifest(def.manifest)).filter((i) => i.kind === 'backoff').map((i) => /waits (\d+) s/.exec(i.en)?.[1]);
    expect(waits.slice(0, 3)).toEqual(['10', '20', '40']);
  });

  it('deletion names terminationGracePeriodSeconds with value and line, and the SIGKILL at the deadline — strategy.go, killContainer', () => {
    const def = scenarioById('prestop-exceeds-grace')!;
    expect(def.manifest.split('\n')[5]).toContain('terminationGracePeriodSeconds: 10');
    const trace = simulate({ manifest: def.manifest, interventions: (def.interventions ?? []).map((s) => parseAction(s)), until: def.until * 1000, seed: 1 });
    const list = narrate(trace, parseManifest(def.manifest));
    const del = list.find((i) => i.kind === 'delete');
    expect(del?.t).toBe(5_000);
    expect(del?.fieldPath).toBe('spec.terminationGracePeriodSeconds');
    expect(del?.en).toContain('deletionTimestamp = now + 10 s (terminationGracePeriodSeconds: 10, line 6)');
    expect(del?.zh).toContain('terminationGracePeriodSeconds: 10，第 6 行');
    expect(del?.range?.start.line).toBe(6);
    // preStop sleeps past the 10 s grace: abandoned at 15 s, then the 2 s minimum, SIGKILL at 17 s.
    expect(list.find((i) => i.kind === 'hook' && i.tone === 'warning')?.t).toBe(15_000);
    const deadline = list.find((i) => i.kind === 'grace');
    expect(deadline?.t).toBe(17_000);
    expect(deadline?.en).toContain('SIGKILL');
  });

  it('containers that exit on SIGTERM get no SIGKILL item; sidecars stop after the app, in reverse order — kuberuntime_termination_order.go', () => {
    const def = scenarioById('sidecars-start-stop-order')!;
    const trace = simulate({ manifest: def.manifest, interventions: (def.interventions ?? []).map((s) => parseAction(s)), until: def.until * 1000, seed: 1 });
    const grace = narrate(trace, parseManifest(def.manifest)).filter((i) => i.kind === 'grace');
    expect(grace.map((i) => i.container)).toEqual(['app', 'proxy', 'log-shipper']);
    for (const g of grace) expect(g.en).toContain('no SIGKILL needed');
  });

  it('a preStop that fails at once is not called "abandoned at the grace deadline"', () => {
    const def = scenarioById('hooks-war-deploy')!;
    const trace = simulate({ manifest: def.manifest, interventions: (def.interventions ?? []).map((s) => parseAction(s)), until: def.until * 1000, seed: 1 });
    const hooks = narrate(trace, parseManifest(def.manifest)).filter((i) => i.concept === 'pre-stop');
    expect(hooks.some((i) => /ran out while preStop/.test(i.en))).toBe(false);
    expect(hooks.some((i) => /FailedPreStopHook/.test(i.en))).toBe(true);
  });

  it('a delete with --grace-period says the request overrides the spec', () => {
    const list = run(LIVENESS, ['5 delete --grace-period=3'], 30);
    expect(list.find((i) => i.kind === 'delete')?.en).toMatch(/now \+ 3 s \(--grace-period from the request/);
  });

  it('corrections come first, at t = 0, and every item links to a glossary concept', () => {
    const def = scenarioById('init-wait-for-service')!;
    const trace = simulate({ manifest: def.manifest, until: 10_000, seed: 1 });
    const list = narrate(trace, parseManifest(def.manifest), { corrections: def.corrections });
    expect(list[0]?.kind).toBe('correction');
    expect(list[0]?.en).toBe(def.corrections![0]!.en);
    for (const i of list) expect(GLOSSARY[i.concept]).toBeDefined();
  });

  it('items are in time order and currentNarrationIndex finds the last item at or before the cursor', () => {
    for (let k = 1; k < items.length; k++) expect(items[k]!.t).toBeGreaterThanOrEqual(items[k - 1]!.t);
    const idx = currentNarrationIndex(items, kill!.t);
    expect(items[idx]!.t).toBe(kill!.t);
    expect(items[idx + 1]?.t ?? Infinity).toBeGreaterThan(kill!.t);
    expect(currentNarrationIndex(items, -1)).toBe(-1);
  });

  it('every scenario narrates without throwing and in both languages', () => {
    for (const id of ['sidecars-start-stop-order', 'readiness-service-endpoints', 'job-onfailure-retries', 'oom-killed', 'node-lost', 'poststart-fails']) {
      const def = scenarioById(id)!;
      const files = def.files ?? {};
      const trace = simulate({ manifest: def.manifest, interventions: (def.interventions ?? []).map((s) => parseAction(s, (n) => files[n]!)), until: Math.min(def.until, 120) * 1000, seed: 1, ...(def.options ? { options: def.options } : {}) });
      const list = narrate(trace, parseManifest(def.manifest));
      expect(list.length, id).toBeGreaterThan(3);
      for (const i of list) expect(i.zh.length, `${id}: ${i.en}`).toBeGreaterThan(0);
    }
  });
});
