/**
 * Answers in parts (src/state/worker/parts.ts): the heavy pod's probe results go ahead in parts of
 * PART_RECORDS so no single message takes long to read on the main thread; put back together they
 * are the same answer.
 */
import { describe, expect, it } from 'vitest';
import { createRunner } from '@/state/runner';
import { runOnce, type RunResponse } from '@/state/runOnce';
import { createIncrementalRun } from '@/state/incremental';
import { joinAnswer, PART_RECORDS, splitAnswer } from '@/state/worker/parts';
import { heavyManifest } from '../../../bench/heavy';
import { FakeWorker } from '../../support/fakeWorker';

const heavy = { id: 7, text: heavyManifest(), interventions: [], seed: 1, until: 600_000 };

describe('answers in parts', () => {
  it('a full answer with many probe results splits into bounded parts and joins back to the same answer', () => {
    const res = runOnce(heavy);
    const n = res.trace!.probes.length;
    expect(n).toBeGreaterThan(2 * PART_RECORDS);
    const { parts, answer } = splitAnswer(res);
    expect(parts).toHaveLength(Math.ceil(n / PART_RECORDS));
    expect(parts.every((p) => p.probes.length <= PART_RECORDS && p.id === 7)).toBe(true);
    expect(answer.trace!.probes).toHaveLength(0);
    expect(JSON.stringify(joinAnswer(answer, parts))).toBe(JSON.stringify(res));
    // Parts may arrive in any order in the buffer; a missing one is reported, never silently dropped.
    expect(JSON.stringify(joinAnswer(answer, [...parts].reverse()))).toBe(JSON.stringify(res));
    expect(joinAnswer(answer, parts.slice(1))).toBeNull();
  });

  it('a delta splits the same way; a small answer goes whole', () => {
    const run = createIncrementalRun();
    const first = structuredClone(run(heavy));
    const ext = run({ ...heavy, id: 8, until: 900_000, base: first.serial! });
    expect(ext.delta!.probes.length).toBeGreaterThan(PART_RECORDS);
    const { parts, answer } = splitAnswer(ext);
    expect(JSON.stringify(joinAnswer(answer, parts))).toBe(JSON.stringify(ext));
    const small = runOnce({ ...heavy, text: 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers: [{name: c, image: nginx}]\n' });
    expect(splitAnswer(small).parts).toHaveLength(0);
  });

  it('the runner puts parts back before the page sees the answer', () => {
    FakeWorker.made = [];
    const results: RunResponse[] = [];
    const runner = createRunner({ onStart: () => {}, onResult: (r) => results.push(r), createWorker: () => new FakeWorker() as unknown as Worker, watchdogMs: 0 });
    runner.request(heavy);
    const sent = FakeWorker.made.at(-1)!.answerInParts();
    expect(sent).toBeGreaterThan(1);
    expect(results).toHaveLength(1);
    expect(results[0]!.parts).toBeUndefined();
    expect(results[0]!.trace!.probes.length).toBe(runOnce(heavy).trace!.probes.length);
    runner.dispose();
  });
});
