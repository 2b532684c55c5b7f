import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { podYaml } from '@/engine/views/podYaml';
import { cond, cs, pod, running } from './pods';

describe('podYaml (kubectl get pod -o yaml)', () => {
  it('prints keys sorted as kubectl does, keeps lastProbeTime: null, and round-trips', () => {
    const p = pod({ statuses: [cs('app', running(), { ready: true })], conditions: [cond('Ready', 'True')] });
    const text = podYaml(p);
    expect(text.startsWith('apiVersion: v1\nkind: Pod\nmetadata:\n')).toBe(true);
    expect(text).toContain('lastProbeTime: null');
    expect(text).toContain('  creationTimestamp: "2025-01-01T00:00:00Z"\n');
    expect(text).toContain('  conditions:\n  - lastProbeTime: null\n    lastTransitionTime: "2025-01-01T00:00:00Z"\n    status: "True"\n    type: Ready\n');
    expect(text.indexOf('  conditions:')).toBeLessThan(text.indexOf('  containerStatuses:'));
    expect(parse(text)).toEqual(JSON.parse(JSON.stringify(p)));
  });
});
