/**
 * Every scenario manifest parses (no error diagnostics) and carries the diagnostics the seed
 * articles' mistakes deserve. Imports the parser and action parser directly, so these checks do not
 * depend on the simulator.
 */
import { describe, expect, it } from 'vitest';
import { scenarios, scenarioById } from '../../../src/scenarios';
import { parseManifest } from '../../../src/engine/manifest/parseManifest';
import { parseAction } from '../../../src/engine/views/actions';

describe('scenario manifests parse', () => {
  it.each(scenarios.map((s) => [s.id, s] as const))('%s: no error diagnostics, a pod to run', (_id, s) => {
    const r = parseManifest(s.manifest);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.pod).toBeDefined();
    for (const [name, text] of Object.entries(s.files ?? {})) {
      const f = parseManifest(text);
      expect(f.diagnostics.filter((d) => d.severity === 'error'), name).toEqual([]);
    }
    const readFile = (name: string): string => s.files?.[name] ?? '';
    for (const d of s.interventions ?? []) expect(() => parseAction(d, readFile), d).not.toThrow();
  });

  it('the typo variant warns about the unknown field `prestop` (strict field validation wording)', () => {
    const r = parseManifest(scenarioById('hooks-war-deploy-typos')!.manifest);
    const w = r.diagnostics.filter((d) => d.severity === 'warning' && /prestop/.test(`${d.path ?? ''} ${d.message}`));
    expect(w.length).toBeGreaterThanOrEqual(1);
    expect(w[0]!.message).toContain('unknown field');
    expect(r.pod?.containers[0]?.preStop).toBeUndefined();
    // The fixed variant has the hook and no unknown-field warning.
    const fixed = parseManifest(scenarioById('hooks-war-deploy')!.manifest);
    expect(fixed.pod?.containers[0]?.preStop?.kind).toBe('httpGet');
    expect(fixed.diagnostics.filter((d) => /unknown field/.test(d.message))).toEqual([]);
  });

  it('the extensions/v1beta1 Deployment warns about the apiVersion and the ignored init-container annotation', () => {
    const r = parseManifest(scenarioById('deployment-init-annotation')!.manifest);
    const warnings = r.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message);
    expect(warnings.some((m) => m.includes('extensions/v1beta1'))).toBe(true);
    expect(warnings.some((m) => /init-containers/i.test(m))).toBe(true);
    // The annotation is ignored: no init container comes out of it.
    expect(r.pod?.initContainers).toEqual([]);
    expect(r.pod?.name.startsWith('lykops-deploy-init-container-')).toBe(true);
  });

  it('the behaviour annotations parse into the model', () => {
    const slow = parseManifest(scenarioById('startup-probe-slow-start')!.manifest);
    expect(slow.behaviours['app']?.startup).toBe(90_000);
    const job = parseManifest(scenarioById('job-onfailure-retries')!.manifest);
    expect(job.behaviours['worker']?.runs?.map((r) => r.exit?.code)).toEqual([1, 1, 0]);
    const oom = parseManifest(scenarioById('oom-killed')!.manifest);
    expect(oom.behaviours['memory-demo-2-ctr']?.memory?.oomAfter).toBe(5_000);
    expect(oom.pod?.containers[0]?.memoryLimitBytes).toBe(100 * 1024 * 1024);
  });
});
