/**
 * The page's side of a longer horizon: a delta is appended to the trace on screen only when it
 * extends exactly that trace; otherwise the session asks for a full run instead of drawing a wrong one.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSession } from '@/state/createSession';
import { DEFAULT_SIZES } from '@/state/persistence';
import type { RunRequest, RunResponse } from '@/state/runOnce';
import { createIncrementalRun } from '@/state/incremental';
import { extensionOf } from '@/state/traceDelta';
import { scenarios } from '@/scenarios';

const sc = scenarios.find((s) => s.id === 'liveness-exec')!;

function setup(tamper?: (res: RunResponse) => RunResponse) {
  const run = createIncrementalRun();
  const calls: RunRequest[] = [];
  // The worker boundary: answers are structured clones, as in the browser.
  const runInline = async (req: RunRequest) => {
    calls.push(req);
    const res = structuredClone(run(req));
    return tamper ? tamper(res) : res;
  };
  const session = createSession({
    data: { text: sc.manifest, origin: 'custom', until: 60_000 },
    settings: { lang: 'en', theme: 'light', sizes: DEFAULT_SIZES },
    storage: null,
    runner: { createWorker: () => null, runInline },
  });
  return { session, calls, state: () => session.store.getState() };
}
const settle = () => vi.advanceTimersByTimeAsync(0);

describe('session: a longer horizon by delta', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('asks with the serial of the trace on screen and appends the answer to it', async () => {
    const { session, calls, state } = setup();
    await settle();
    const first = state().run.trace!;
    session.actions.extendHorizon(120_000);
    await settle();
    expect(calls[1]?.base).toBeDefined();
    const next = state().run.trace!;
    expect(extensionOf(next)?.prev).toBe(first);
    expect(next.until).toBe(120_000);
    expect(next.frames.slice(0, first.frames.length)).toEqual(first.frames);
    session.dispose();
  });

  it('a delta for another trace is not drawn: the session asks for the whole run again', async () => {
    const { session, calls, state } = setup((res) => (res.delta ? { ...res, delta: { ...res.delta, base: res.delta.base + 99 } } : res));
    await settle();
    session.actions.extendHorizon(120_000);
    await settle();
    await settle();
    expect(calls).toHaveLength(3);
    expect(calls[2]?.base).toBeUndefined();
    expect(state().run.trace!.until).toBe(120_000);
    expect(extensionOf(state().run.trace!)).toBeUndefined();
    session.dispose();
  });

  it('loading other data forgets the serial: the next run is a full one', async () => {
    const { session, calls } = setup();
    await settle();
    session.actions.loadData({ text: sc.manifest, interventions: [], until: 180_000 }, 'scenario');
    await settle();
    expect(calls.at(-1)?.base).toBeUndefined();
    session.dispose();
  });
});
