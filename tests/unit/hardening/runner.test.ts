import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRunner, RUN_WATCHDOG_MS } from '@/state/runner';
import { runOnce, type RunRequest, type RunResponse } from '@/state/runOnce';
import { heavyManifest } from '../../../bench/heavy';
import { FakeWorker } from '../../support/fakeWorker';


const req = (text: string) => ({ text, interventions: [], seed: 1, until: 60_000 });

function setup(watchdogMs?: number) {
  FakeWorker.made = [];
  const results: RunResponse[] = [];
  const runner = createRunner({
    onStart: () => {},
    onResult: (r) => results.push(r),
    createWorker: () => new FakeWorker() as unknown as Worker,
    ...(watchdogMs !== undefined ? { watchdogMs } : {}),
  });
  return { runner, results, worker: () => FakeWorker.made.at(-1)! };
}

describe('runner scheduling and watchdog', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('an edit while the worker is idle is sent at once (no debounce delays the timeline)', () => {
    const { runner, worker } = setup();
    runner.request(req('a'));
    expect(worker().posted.map((r) => r.text)).toEqual(['a']);
  });

  it('edits while a run is in flight are coalesced: only the newest is sent when the answer arrives', () => {
    const { runner, worker, results } = setup();
    runner.request(req('a'));
    runner.request(req('ab'));
    runner.request(req('abc'));
    const w = worker();
    expect(w.posted.map((r) => r.text)).toEqual(['a']);
    w.answer(w.posted[0]!);
    // 'a' is outdated: its answer is dropped, and 'abc' (never 'ab') goes out next.
    expect(results).toEqual([]);
    expect(w.posted.map((r) => r.text)).toEqual(['a', 'abc']);
    w.answer(w.posted[1]!);
    expect(results.map((r) => r.id)).toEqual([w.posted[1]!.id]);
  });

  it('a run that never answers is stopped by the watchdog: worker terminated, replaced, run reported failed', async () => {
    const { runner, worker, results } = setup(1000);
    runner.request(req('while true; do :; done'));
    const stuck = worker();
    await vi.advanceTimersByTimeAsync(999);
    expect(results).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(stuck.terminated).toBe(true);
    expect(results).toHaveLength(1);
    expect(results[0]!.error).toMatch(/stopped and restarted/);
    expect(results[0]!.trace).toBeNull();
    // The replacement worker serves the next edit.
    const fresh = worker();
    expect(fresh).not.toBe(stuck);
    runner.request(req('fixed'));
    expect(fresh.posted.map((r) => r.text)).toEqual(['fixed']);
    fresh.answer(fresh.posted[0]!);
    expect(results.at(-1)!.error).toBeNull();
  });

  it('an edit queued behind a stuck run is sent to the new worker instead of being lost', async () => {
    const { runner, worker, results } = setup(500);
    runner.request(req('slow'));
    runner.request(req('newer'));
    await vi.advanceTimersByTimeAsync(500);
    const fresh = worker();
    expect(fresh.posted.map((r) => r.text)).toEqual(['newer']);
    // The stuck run is outdated, so its failure is not shown over the newer run.
    expect(results).toEqual([]);
  });

  it('the heavy 1 h scenario (bench/heavy.ts, ARCHITECTURE §8) finishes under the default watchdog on the worker path', async () => {
    // A worker stand-in that really runs the engine (runOnce, what the worker executes), then lets
    // the fake clock advance by the wall time the run took: if that reaches the watchdog, the
    // watchdog fires first and the result is its error, not the trace.
    const results: RunResponse[] = [];
    class EngineWorker extends FakeWorker {
      override postMessage(r: RunRequest) {
        super.postMessage(r);
        const t0 = process.hrtime.bigint();
        const res = runOnce(r);
        const tookMs = Number(process.hrtime.bigint() - t0) / 1e6;
        void vi.advanceTimersByTimeAsync(tookMs).then(() => this.onmessage?.({ data: res } as MessageEvent<RunResponse>));
      }
    }
    const runner = createRunner({
      onStart: () => {}, onResult: (r) => results.push(r), debounceMs: 0,
      createWorker: () => new EngineWorker() as unknown as Worker,
    });
    runner.request({ text: heavyManifest(), interventions: [], seed: 1, until: 3_600_000 }, true);
    await vi.advanceTimersByTimeAsync(0);
    await vi.waitFor(() => expect(results).toHaveLength(1), { timeout: RUN_WATCHDOG_MS });
    expect(results[0]!.error).toBeNull();
    expect(results[0]!.trace?.frames.length).toBeGreaterThan(100);
    expect(results[0]!.ms).toBeLessThan(RUN_WATCHDOG_MS);
    runner.dispose();
  }, 30_000);

  it('a worker that fails to load falls back to inline runs and re-runs the pending request', async () => {
    FakeWorker.made = [];
    const results: RunResponse[] = [];
    const inlineRuns: string[] = [];
    const runner = createRunner({
      onStart: () => {},
      onResult: (r) => results.push(r),
      createWorker: () => new FakeWorker() as unknown as Worker,
      runInline: async (r) => {
        inlineRuns.push(r.text);
        return { id: r.id, ms: 0, diagnostics: [], actionErrors: [], trace: null, error: null };
      },
    });
    runner.request(req('x'));
    FakeWorker.made[0]!.onerror?.({ preventDefault() {} } as ErrorEvent);
    await vi.advanceTimersByTimeAsync(0);
    expect(inlineRuns).toEqual(['x']);
    expect(results).toHaveLength(1);
  });

  it('dispose stops the worker and drops late answers', () => {
    const { runner, worker, results } = setup();
    runner.request(req('a'));
    const w = worker();
    runner.dispose();
    expect(w.terminated).toBe(true);
    w.answer(w.posted[0]!);
    expect(results).toEqual([]);
  });
});
