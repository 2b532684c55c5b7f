import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSession, AUTOSAVE_DEBOUNCE_MS } from '@/state/createSession';
import { DEFAULT_SIZES, SESSION_KEY, type KeyValueStore } from '@/state/persistence';
import type { RunRequest, RunResponse } from '@/state/runOnce';
import { RECOVER_KEY } from '@/state/recovery';
import type { NarrationItem, Trace } from '@/engine';

/** A fake engine: text containing "BAD" has an error; otherwise a trace whose horizon is the request's. */
function fakeRun(calls: RunRequest[]) {
  return async (req: RunRequest): Promise<RunResponse> => {
    calls.push(req);
    const bad = req.text.includes('BAD');
    return {
      id: req.id, ms: 1, error: null, actionErrors: [],
      diagnostics: bad ? [{ severity: 'error', code: 'Y1', message: 'bad', range: { start: { line: 1, column: 1 }, end: { line: 1, column: 4 } } }] : [],
      trace: bad ? null : ({ until: req.until, text: req.text } as unknown as Trace),
      ...(bad || !req.narrate ? {} : { narration: [{ t: 0, kind: 'event', concept: 'pod', rule: 'r', en: req.text, zh: req.text } as unknown as NarrationItem] }),
    };
  };
}

function setup(origin: 'custom' | 'shared' = 'custom') {
  const data = new Map<string, string>();
  const storage: KeyValueStore = { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
  const calls: RunRequest[] = [];
  const session = createSession({
    data: { text: 'first', origin, until: 60_000 },
    settings: { lang: 'en', theme: 'light', sizes: DEFAULT_SIZES },
    storage,
    runner: { createWorker: () => null, runInline: fakeRun(calls), debounceMs: 150 },
  });
  return { session, calls, data, state: () => session.store.getState() };
}

const settle = async () => {
  await vi.advanceTimersByTimeAsync(0);
};

describe('session', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('runs at once on creation, then debounces edits: only the last of a burst is simulated', async () => {
    const { session, calls, state } = setup();
    await settle();
    expect(calls.map((c) => c.text)).toEqual(['first']);
    session.actions.setText('a');
    session.actions.setText('ab');
    await vi.advanceTimersByTimeAsync(149);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.map((c) => c.text)).toEqual(['first', 'ab']);
    expect(state().run.status).toBe('ok');
  });

  it('keeps the last good trace on screen, marked stale, while the manifest has errors', async () => {
    const { session, state } = setup();
    await settle();
    const good = state().run.trace;
    session.actions.setText('BAD');
    await vi.advanceTimersByTimeAsync(200);
    expect(state().run).toMatchObject({ status: 'invalid', stale: true });
    expect(state().run.trace).toBe(good);
    expect(state().run.diagnostics).toHaveLength(1);
    session.actions.setText('fixed');
    await vi.advanceTimersByTimeAsync(200);
    expect(state().run.stale).toBe(false);
  });

  it('asks the worker to narrate every run, and keeps the narration of the trace on screen while the text is invalid', async () => {
    const { session, calls, state } = setup();
    await settle();
    expect(calls[0]!.narrate).toEqual({ corrections: [] });
    expect(state().run.narration.map((i) => i.en)).toEqual(['first']);
    session.actions.setText('BAD');
    await vi.advanceTimersByTimeAsync(200);
    expect(state().run.stale).toBe(true);
    expect(state().run.narration.map((i) => i.en)).toEqual(['first']);
    session.actions.setText('good');
    await vi.advanceTimersByTimeAsync(200);
    expect(state().run.narration.map((i) => i.en)).toEqual(['good']);
  });

  it('autosaves after a pause in editing, and flush() saves at once (pagehide)', async () => {
    const { session, data } = setup();
    await settle();
    session.actions.setText('edited');
    expect(data.has(SESSION_KEY)).toBe(false);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS);
    expect(JSON.parse(data.get(SESSION_KEY)!).text).toBe('edited');
    session.actions.seek(1234);
    session.actions.flush();
    expect(JSON.parse(data.get(SESSION_KEY)!).cursor).toBe(1234);
  });

  it('never autosaves a shared session until the user edits it; then it becomes theirs', async () => {
    const { session, data, state } = setup('shared');
    await settle();
    session.actions.seek(5000);
    session.actions.flush();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS * 2);
    expect(data.has(SESSION_KEY)).toBe(false);
    session.actions.setText('mine now');
    expect(state().origin).toBe('custom');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS);
    expect(JSON.parse(data.get(SESSION_KEY)!).text).toBe('mine now');
  });

  it('adds an intervention at the cursor ("<seconds> <action>") and re-runs immediately', async () => {
    const { session, calls, state } = setup();
    await settle();
    session.actions.seek(12_500);
    session.actions.addIntervention('  delete --grace-period=5 ');
    await settle();
    expect(state().interventions).toEqual(['12.5 delete --grace-period=5']);
    expect(calls.at(-1)!.interventions).toEqual(['12.5 delete --grace-period=5']);
  });

  it('an intervention never lands before the cursor on screen: millisecond precision, rounded up', async () => {
    const { session, state } = setup();
    await settle();
    session.actions.seek(12_549);
    session.actions.addIntervention('kill');
    session.actions.seek(3_000.4);
    session.actions.addIntervention('kill');
    expect(state().interventions).toEqual(['12.549 kill', '3.001 kill']);
  });

  it('loadData keeps user-edited text in a persisted recovery slot, and restore brings it back', async () => {
    const { session, data, state } = setup();
    session.actions.setText('my own manifest');
    await settle();
    session.actions.loadData({ text: 'lesson text', cursor: 5_000 }, 'scenario');
    expect(state().text).toBe('lesson text');
    expect(session.recovery.getState().kept).toMatchObject({ text: 'my own manifest', origin: 'custom' });
    expect(JSON.parse(data.get(RECOVER_KEY)!)).toMatchObject({ version: 1, text: 'my own manifest' });
    // A reload (a new session on the same storage) still offers it.
    const again = createSession({
      data: { text: 'lesson text' }, settings: { lang: 'en', theme: 'light', sizes: DEFAULT_SIZES },
      storage: { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) },
      runner: { createWorker: () => null, runInline: fakeRun([]) },
    });
    expect(again.recovery.getState().kept?.text).toBe('my own manifest');
    again.dispose();
    session.actions.restorePrevious();
    expect(state().text).toBe('my own manifest');
    expect(state().origin).toBe('custom');
    expect(session.recovery.getState().kept).toBeNull();
    expect(data.get(RECOVER_KEY)).toBe('');
  });

  it('loadData does not fill the slot for an untouched scenario or an unedited shared link', async () => {
    const { session } = setup('shared');
    session.actions.loadScenario('liveness-exec');
    session.actions.loadData({ text: 'imported' }, 'custom');
    expect(session.recovery.getState().kept).toBeNull();
    session.actions.setText('imported, then edited');
    session.actions.loadData({ text: 'another import' }, 'custom');
    expect(session.recovery.getState().kept?.text).toBe('imported, then edited');
    session.actions.dismissRecovery();
    expect(session.recovery.getState().kept).toBeNull();
  });

  it('moving between loaded texts (lesson steps) never overwrites the kept user text', () => {
    const { session } = setup();
    session.actions.setText('my own manifest');
    session.actions.loadData({ text: 'step 1 (modified scenario)' }, 'scenario');
    session.actions.loadData({ text: 'step 2 (modified scenario)' }, 'scenario');
    expect(session.recovery.getState().kept?.text).toBe('my own manifest');
  });

  it('reports a storage failure once, as a visible notice', async () => {
    const session = createSession({
      data: { text: 'x' },
      settings: { lang: 'en', theme: 'light', sizes: DEFAULT_SIZES },
      storage: { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } },
      runner: { createWorker: () => null, runInline: fakeRun([]) },
    });
    session.actions.setText('y');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS);
    session.actions.setSettings({ theme: 'dark' });
    const notices = session.store.getState().notices;
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ kind: 'error', key: 'notice.storage', vars: { error: 'QuotaExceededError' } });
  });
});
