import { describe, expect, it } from 'vitest';
import { exportScenario, importScenario } from '@/state/scenarioFile';
import type { SessionData } from '@/state/types';

const data: SessionData = {
  text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n', origin: 'custom', scenarioId: null,
  interventions: ['12 delete'], seed: 5, until: 60_000, cursor: 0, speed: 1,
};

describe('scenario files', () => {
  it.each(['json', 'yaml'] as const)('export → import round-trips manifest, interventions, seed and horizon (%s)', (fmt) => {
    const back = importScenario(exportScenario(data, fmt, 'T'));
    expect(back).toEqual({ text: data.text, interventions: ['12 delete'], seed: 5, until: 60_000 });
  });

  it('imports a bare Kubernetes manifest (even multi-document) as just the text', () => {
    const text = 'apiVersion: v1\nkind: Pod\n---\napiVersion: v1\nkind: Service\n';
    expect(importScenario(text)).toEqual({ text });
  });

  it('rejects JSON that is not a PodLife scenario', () => {
    expect(() => importScenario('{"kind":"Pod"}')).toThrow(/manifest/);
    expect(() => importScenario('{"manifest": 3}')).toThrow(/string/);
  });
});
