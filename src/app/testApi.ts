/**
 * `window.__podlife`: a small bridge so browser tests drive time and content directly instead of
 * sleeping. Installed in every build; it only exposes what the UI can already do.
 */
import type { Session } from '@/state/createSession';
import { selectGetRow, selectPod } from '@/state/selectors';
import { extensionOf } from '@/state/traceDelta';
import { armCrash, type PanelName } from '@/ui/components/crashHooks';

export interface TestApi {
  seek(ms: number): void;
  setText(text: string): void;
  loadScenario(id: string): boolean;
  play(): void;
  pause(): void;
  setSpeed(speed: number): void;
  /** Moves the horizon later and re-simulates (as the timeline's "extend" does). */
  extendHorizon(ms: number): void;
  getState(): ReturnType<typeof snapshot>;
  /** Makes one panel throw on its next render (error-boundary tests). */
  crashPanel(panel: PanelName): void;
}

function snapshot(session: Session) {
  const s = session.store.getState();
  const pod = selectPod(s.run.trace, s.cursor);
  const row = pod.ok ? selectGetRow(pod.value, s.cursor) : null;
  return {
    text: s.text,
    origin: s.origin,
    scenarioId: s.scenarioId,
    interventions: s.interventions,
    cursor: s.cursor,
    until: s.until,
    speed: s.speed,
    seed: s.seed,
    lang: s.settings.lang,
    theme: s.settings.theme,
    playback: String(session.playback.getSnapshot().value),
    run: {
      status: s.run.status,
      stale: s.run.stale,
      error: s.run.error,
      hasTrace: s.run.trace !== null,
      /** The trace on screen was extended by a delta from the worker (not simulated and sent whole). */
      extended: s.run.trace !== null && extensionOf(s.run.trace) !== undefined,
      probes: s.run.trace?.probes.length ?? 0,
      diagnostics: s.run.diagnostics.map((d) => ({ severity: d.severity, code: d.code, message: d.message, line: d.range?.start.line })),
    },
    pod: pod.ok && pod.value ? { phase: pod.value.status.phase, get: row?.ok ? row.value : null } : null,
  };
}

/** Installs the bridge on window; returns a function that removes it. */
export function installTestApi(session: Session): () => void {
  const api: TestApi = {
    seek: (ms) => session.actions.seek(ms),
    setText: (text) => session.actions.setText(text),
    loadScenario: (id) => session.actions.loadScenario(id),
    play: () => session.playback.send({ type: 'play' }),
    pause: () => session.playback.send({ type: 'pause' }),
    setSpeed: (speed) => session.actions.setSpeed(speed),
    extendHorizon: (ms) => session.actions.extendHorizon(ms),
    getState: () => snapshot(session),
    crashPanel: (panel) => armCrash(panel),
  };
  (window as unknown as { __podlife?: TestApi }).__podlife = api;
  return () => {
    delete (window as unknown as { __podlife?: TestApi }).__podlife;
  };
}
