import { describe, expect, it } from 'vitest';
import { runOnce } from '@/state/runOnce';

const MANIFEST = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  terminationGracePeriodSeconds: 10
  containers:
    - name: app
      image: nginx:1.27
`;

describe('the worker narrates each run (no parser or narrator on the main thread)', () => {
  it('a run that asks for it returns the narration, with line numbers of the text that produced the trace', () => {
    const res = runOnce({ id: 1, text: MANIFEST, interventions: ['5 delete pod'], seed: 1, until: 30_000, narrate: { corrections: [] } });
    expect(res.trace).not.toBeNull();
    expect(res.narration?.length).toBeGreaterThan(3);
    // The deletion quotes terminationGracePeriodSeconds from line 6 of this text.
    expect(res.narration!.some((i) => i.range?.start.line === 6 && i.en.includes('terminationGracePeriodSeconds: 10'))).toBe(true);
    expect(res.narrationError).toBeUndefined();
  });

  it("puts the scenario's article corrections first, at t=0", () => {
    const res = runOnce({ id: 2, text: MANIFEST, interventions: [], seed: 1, until: 10_000, narrate: { corrections: [{ en: 'The article says X.', zh: '文章说 X。' }] } });
    expect(res.narration![0]).toMatchObject({ t: 0, kind: 'correction', en: 'The article says X.' });
  });

  it('callers that do not ask (compare, real-pod replay) pay nothing for it', () => {
    const res = runOnce({ id: 3, text: MANIFEST, interventions: [], seed: 1, until: 10_000 });
    expect(res.trace).not.toBeNull();
    expect(res.narration).toBeUndefined();
  });

  it('an invalid manifest gets no narration (the page keeps the last good one)', () => {
    const res = runOnce({ id: 4, text: 'kind: Pod\nspec: [', interventions: [], seed: 1, until: 10_000, narrate: { corrections: [] } });
    expect(res.trace).toBeNull();
    expect(res.narration).toBeUndefined();
  });
});
