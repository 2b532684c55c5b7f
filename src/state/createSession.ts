/**
 * A session = one zustand store (app data) + one playback actor + one simulation runner + autosave.
 * Built by a factory and handed down through React context, so tests and demos can create as many
 * as they like; nothing here is a module singleton.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createActor, type Actor } from 'xstate';
import { createPlaybackMachine, DEFAULT_SPEED, type PlaybackMachine } from './machines/playbackMachine';
import { createRunner, type Runner, type RunnerOptions } from './runner';
import type { RunResponse } from './runOnce';
import { findScenario } from './scenarioCatalog';
import { saveSession, saveSettings, type KeyValueStore } from './persistence';
import { startRafDriver } from './rafDriver';
import { isUserText, loadRecovery, saveRecovery, type Recovery } from './recovery';
import { applyTraceDelta } from './traceDelta';
import type { Notice, SessionData, SessionState, Settings } from './types';

export const AUTOSAVE_DEBOUNCE_MS = 400;

export interface SessionInit {
  data: Partial<SessionData> & Pick<SessionData, 'text'>;
  settings: Settings;
  storage: KeyValueStore | null;
  notices?: Omit<Notice, 'id'>[];
  runner?: Partial<Pick<RunnerOptions, 'createWorker' | 'runInline' | 'debounceMs'>>;
  /** Drive playback with requestAnimationFrame (browser only). */
  raf?: boolean;
}

export interface SessionActions {
  /** A user edit of the manifest text (debounced re-run; a shared session becomes the user's). */
  setText(text: string): void;
  /** Opens a built-in scenario; false if the id is unknown. */
  loadScenario(id: string): boolean;
  /** Replaces the whole session data (import, share link). */
  loadData(data: Partial<SessionData> & Pick<SessionData, 'text'>, origin: SessionData['origin']): void;
  seek(ms: number): void;
  setSpeed(speed: number): void;
  /** Moves the horizon later (never earlier) and re-simulates; the past is unchanged (timeline). */
  extendHorizon(ms: number): void;
  addIntervention(action: string): void;
  removeIntervention(index: number): void;
  select(selection: SessionState['selection']): void;
  setSettings(patch: Partial<Settings>): void;
  notify(notice: Omit<Notice, 'id'>): void;
  dismiss(id: number): void;
  /** Writes the autosave now (pagehide). */
  flush(): void;
  /** Brings back the text that the last loadData replaced (see `recovery`). */
  restorePrevious(): void;
  /** Forgets the kept text (the user dismissed the offer). */
  dismissRecovery(): void;
}

export interface Session {
  store: StoreApi<SessionState>;
  actions: SessionActions;
  playback: Actor<PlaybackMachine>;
  /** The user's text that loadData replaced, kept (and persisted) until restored or dismissed. */
  recovery: StoreApi<{ kept: Recovery | null }>;
  dispose(): void;
}

const EMPTY_RUN: SessionState['run'] = {
  status: 'idle', diagnostics: [], actionErrors: [], trace: null, stale: false, error: null, ms: 0,
  narration: [], narrationError: null,
};

let noticeIds = 0;
const withIds = (list: Omit<Notice, 'id'>[]): Notice[] => list.map((n) => ({ ...n, id: ++noticeIds }));
/** Seconds with millisecond precision, rounded up: an intervention never lands before the cursor on screen. */
const fmtSeconds = (ms: number) => String(Math.ceil(ms) / 1000);

/** Creates a session and starts its first run immediately. */
export function createSession(init: SessionInit): Session {
  const store = createStore<SessionState>()(() => ({
    text: init.data.text,
    origin: init.data.origin ?? 'custom',
    scenarioId: init.data.scenarioId ?? null,
    interventions: init.data.interventions ?? [],
    seed: init.data.seed ?? 1,
    until: init.data.until ?? 300_000,
    cursor: init.data.cursor ?? 0,
    speed: init.data.speed ?? DEFAULT_SPEED,
    run: EMPTY_RUN,
    selection: null,
    settings: init.settings,
    notices: withIds(init.notices ?? []),
  }));
  const get = store.getState;
  const set = store.setState;
  const recovery = createStore<{ kept: Recovery | null }>()(() => ({ kept: loadRecovery(init.storage) }));
  // Whether the text on screen has been edited since it was loaded; an autosave of unknown history
  // counts as edited when it is not an untouched scenario.
  let edited = isUserText(get());
  const keep = (kept: Recovery | null) => {
    recovery.setState({ kept });
    const err = saveRecovery(init.storage, kept);
    if (err && kept) reportStorage(err);
  };

  const playback = createActor(
    createPlaybackMachine(
      {
        getCursor: () => get().cursor,
        setCursor: (ms) => set({ cursor: ms }),
        getUntil: () => (get().run.trace ? get().until : 0),
      },
      get().speed,
    ),
  ).start();

  // The serial of the trace on screen, as the worker named it: a longer horizon of the same scenario
  // is then answered with a delta to append (traceDelta.ts) instead of the whole trace again.
  let serial: number | undefined;
  const onResult = (res: RunResponse) => {
    const prev = get().run;
    let fresh = res.trace;
    if (res.delta) {
      // The worker extends the trace it sent last; the page must hold exactly that one.
      if (!prev.trace || res.delta.base !== serial) {
        serial = undefined;
        rerun(true);
        return;
      }
      fresh = applyTraceDelta(prev.trace, res.delta);
    }
    if (fresh) serial = res.serial;
    const stale = fresh === null && prev.trace !== null;
    set({
      run: {
        status: res.error ? 'failed' : fresh ? 'ok' : 'invalid',
        diagnostics: res.diagnostics,
        actionErrors: res.actionErrors,
        trace: fresh ?? prev.trace,
        stale,
        error: res.error,
        ms: res.ms,
        // The narration belongs to the trace on screen: a run without a trace keeps the old one.
        narration: fresh ? res.narration ?? [] : prev.narration,
        narrationError: fresh ? res.narrationError ?? null : prev.narrationError,
      },
      cursor: Math.min(get().cursor, get().until),
    });
    playback.send({ type: 'run.changed' });
  };
  const runner: Runner = createRunner({
    onStart: () => set((s) => ({ run: { ...s.run, status: 'running' } })),
    onResult,
    ...init.runner,
  });
  const rerun = (immediate = false) => {
    const { text, interventions, seed, until, scenarioId } = get();
    const sc = findScenario(scenarioId);
    const corrections = sc?.corrections ?? [];
    runner.request(
      {
        text, interventions, seed, until, narrate: { corrections },
        ...(sc?.files ? { files: sc.files } : {}), ...(sc?.options ? { options: sc.options } : {}),
        ...(serial !== undefined ? { base: serial } : {}),
      },
      immediate,
    );
  };

  // Autosave: debounced, never for a shared link the user has not touched.
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  const saveNow = () => {
    if (saveTimer !== undefined) clearTimeout(saveTimer);
    saveTimer = undefined;
    const s = get();
    if (s.origin === 'shared') return;
    const err = saveSession(init.storage, s);
    if (err) reportStorage(err);
  };
  let storageReported = false;
  const reportStorage = (error: string) => {
    if (storageReported) return;
    storageReported = true;
    actions.notify({ kind: 'error', key: 'notice.storage', vars: { error } });
  };
  const unsubscribeSave = store.subscribe((s, p) => {
    const changed =
      s.text !== p.text || s.interventions !== p.interventions || s.cursor !== p.cursor ||
      s.speed !== p.speed || s.until !== p.until || s.scenarioId !== p.scenarioId || s.origin !== p.origin;
    if (!changed || s.origin === 'shared') return;
    if (saveTimer !== undefined) clearTimeout(saveTimer);
    saveTimer = setTimeout(saveNow, AUTOSAVE_DEBOUNCE_MS);
  });

  const actions: SessionActions = {
    setText(text) {
      if (text === get().text) return;
      edited = true;
      set((s) => ({ text, origin: s.origin === 'shared' ? 'custom' : s.origin, selection: null }));
      rerun();
    },
    loadScenario(id) {
      const sc = findScenario(id);
      if (!sc) return false;
      actions.loadData(
        { text: sc.manifest, interventions: sc.interventions ?? [], until: sc.until * 1000, cursor: 0, scenarioId: sc.id },
        'scenario',
      );
      return true;
    },
    loadData(data, origin) {
      // The one guard for every replacer (lesson, ?lesson= link, replay, import, scenario): the
      // user's own text is kept in the recovery slot before it is overwritten.
      const prev = get();
      const same = prev.text === data.text && prev.interventions.join('\n') === (data.interventions ?? []).join('\n');
      if (edited && !same && isUserText(prev)) {
        const { text, origin: o, scenarioId, interventions, seed, until, cursor, speed } = prev;
        keep({ text, origin: o, scenarioId, interventions, seed, until, cursor, speed });
      }
      edited = false;
      serial = undefined; // the trace on screen is dropped (EMPTY_RUN): nothing to extend
      playback.send({ type: 'pause' });
      set((s) => ({
        text: data.text,
        origin,
        scenarioId: data.scenarioId ?? null,
        interventions: data.interventions ?? [],
        seed: data.seed ?? s.seed,
        until: data.until ?? s.until,
        cursor: data.cursor ?? 0,
        speed: data.speed ?? s.speed,
        selection: null,
        run: EMPTY_RUN,
      }));
      if (data.speed) playback.send({ type: 'speed.set', speed: data.speed });
      rerun(true);
    },
    seek: (ms) => playback.send({ type: 'seek', ms }),
    setSpeed(speed) {
      set({ speed });
      playback.send({ type: 'speed.set', speed });
    },
    extendHorizon(ms) {
      if (!(ms > get().until)) return;
      set({ until: Math.round(ms) });
      rerun(true);
    },
    addIntervention(action) {
      const line = `${fmtSeconds(get().cursor)} ${action.trim()}`;
      edited = true;
      set((s) => ({ interventions: [...s.interventions, line], origin: s.origin === 'shared' ? 'custom' : s.origin }));
      rerun(true);
    },
    removeIntervention(index) {
      edited = true;
      set((s) => ({ interventions: s.interventions.filter((_, i) => i !== index) }));
      rerun(true);
    },
    select: (selection) => set({ selection }),
    setSettings(patch) {
      set((s) => ({ settings: { ...s.settings, ...patch } }));
      const err = saveSettings(init.storage, get().settings);
      if (err) reportStorage(err);
    },
    notify: (notice) => set((s) => ({ notices: [...s.notices, ...withIds([notice])].slice(-4) })),
    dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
    flush: saveNow,
    restorePrevious() {
      const kept = recovery.getState().kept;
      if (!kept) return;
      keep(null);
      actions.loadData(kept, kept.origin);
      edited = true; // it is the user's text again
    },
    dismissRecovery: () => keep(null),
  };

  const stopRaf = init.raf ? startRafDriver(playback) : () => {};
  rerun(true);

  return {
    store,
    actions,
    playback,
    recovery,
    dispose() {
      saveNow();
      unsubscribeSave();
      stopRaf();
      runner.dispose();
      playback.stop();
    },
  };
}
