/**
 * The what-if comparison and the real-pod replay run user-supplied manifests. Inline, a hostile one
 * froze the page for seconds (measured: 60 containers each running a fork loop ≈ 4.5 s, a 4 MB
 * manifest ≈ 0.5 s, 3000 containers ≈ 0.6 s of main-thread time). They now go through the main
 * run's Web Worker + watchdog (src/state/runner.ts): these tests pin that path with a fake worker.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readRealPod } from '@/ui/realpod/realPod';
import { planReplay, planReplayAsync } from '@/ui/realpod/replay';
import { FakeWorker } from '../../support/fakeWorker';

const createWorker = () => new FakeWorker() as unknown as Worker;
const reading = () => readRealPod(readFileSync('tests/fixtures/realpod/crashloop.yaml', 'utf8'));

describe('real-pod replay through the worker + watchdog', () => {
  beforeEach(() => {
    FakeWorker.made = [];
    vi.useFakeTimers();
  });
  afterEach(() => void vi.useRealTimers());

  it('posts the replay to a worker (nothing is simulated on the calling thread) and plans from its answer', async () => {
    const r = reading();
    const pending = planReplayAsync(r, { createWorker });
    const w = FakeWorker.made[0]!;
    expect(w.posted).toHaveLength(1);
    w.answerWithRun();
    const plan = await pending;
    expect(plan).toEqual(planReplay(r));
    expect(w.terminated).toBe(true); // one-shot: the worker is released once answered
  });

  it('a replay that never answers is stopped by the watchdog and reported as an error, not a frozen page', async () => {
    const pending = planReplayAsync(reading(), { createWorker, watchdogMs: 8000 });
    expect(FakeWorker.made[0]!.posted).toHaveLength(1);
    vi.advanceTimersByTime(8000);
    const plan = await pending;
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    expect(plan.match).toBeNull();
    expect(plan.error).toMatch(/no answer after 8 s/);
  });
});
