/**
 * The playback assist on a real session (fake engine): the horizon grows while playing towards its
 * end, and a trace at the record budget stops growing with one notice instead of eating the page.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Trace } from '@/engine';
import { createSession } from '@/state/createSession';
import { DEFAULT_SIZES } from '@/state/persistence';
import type { RunRequest, RunResponse } from '@/state/runOnce';
import { TRACE_RECORD_BUDGET } from '@/ui/panels/timeline/model/stepping';
import { attachPlaybackAssist } from '@/ui/panels/timeline/usePlaybackAssist';

/** A fake engine whose trace holds `records` probe results, whatever the horizon. */
function setup(records: number) {
  const calls: RunRequest[] = [];
  const runInline = async (req: RunRequest): Promise<RunResponse> => {
    calls.push(req);
    const trace = { until: req.until, frames: [], events: [], probes: new Array<unknown>(records), transitions: [], spans: [] } as unknown as Trace;
    return { id: req.id, ms: 1, error: null, actionErrors: [], diagnostics: [], trace };
  };
  const session = createSession({
    data: { text: 'pod', origin: 'custom', until: 600_000 },
    settings: { lang: 'en', theme: 'light', sizes: DEFAULT_SIZES },
    storage: null,
    runner: { createWorker: () => null, runInline },
  });
  const detach = attachPlaybackAssist(session, [], false);
  return { session, calls, detach, state: () => session.store.getState() };
}

const settle = () => vi.advanceTimersByTimeAsync(0);

describe('playback assist: the growing horizon', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('playing into the last 15 % asks for a horizon half as long again, and the past is re-run from the same text', async () => {
    const { session, calls, detach, state } = setup(1000);
    await settle();
    session.playback.send({ type: 'play' });
    session.actions.seek(560_000);
    await settle();
    expect(state().until).toBe(900_000);
    expect(calls.at(-1)?.until).toBe(900_000);
    expect(state().notices.map((n) => n.key)).not.toContain('notice.horizon.full');
    detach();
    session.dispose();
  });

  it('a trace at the record budget keeps its horizon and says why, once', async () => {
    const { session, detach, state } = setup(TRACE_RECORD_BUDGET);
    await settle();
    session.playback.send({ type: 'play' });
    session.actions.seek(560_000);
    session.actions.seek(570_000);
    session.actions.seek(580_000);
    await settle();
    expect(state().until).toBe(600_000);
    const told = state().notices.filter((n) => n.key === 'notice.horizon.full');
    expect(told).toHaveLength(1);
    expect(told[0]?.vars).toMatchObject({ time: expect.stringMatching(/10:00/) });
    detach();
    session.dispose();
  });
});
