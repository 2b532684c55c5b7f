/** Shapes of the session store (app data; simulation truth stays in the engine's Trace). */
import type { Diagnostic, NarrationItem, Trace } from '@/engine';
import type { Lang, MessageKey, Vars } from '@/i18n';

export type Theme = 'light' | 'dark';

/** Panel sizes the user dragged, remembered with the settings. */
export interface PanelSizes {
  /** Left column width, % of the window. */
  left: number;
  /** Problems list height, px. */
  problems: number;
  /** Bottom dock (timeline + flow) height, px. */
  dock: number;
  /** Timeline share of the dock width, %. */
  timeline: number;
  /**
   * Which sizes are on screen: a preset computed from the window height (`edit`, `watch`) or the
   * sizes above (`custom`, what dragging a divider switches to). Absent in settings saved before
   * layout modes existed (read as `custom`, or `edit` when the sizes are the defaults).
   */
  mode?: LayoutMode;
  /** Narration/lessons strip share of the right column height, % (custom mode). */
  story?: number;
  /** The narration strip folded to one line; absent: folded when the window is under 800 px tall. */
  storyCollapsed?: boolean;
  /** The scenario banner under the top bar was dismissed (the top bar's ⓘ brings it back). */
  briefHidden?: boolean;
}

/** Layout presets: the editor tall (`edit`), the timeline and flow tall (`watch`), or the user's own sizes. */
export type LayoutMode = 'edit' | 'watch' | 'custom';

export interface Settings {
  lang: Lang;
  theme: Theme;
  sizes: PanelSizes;
}

/** Where the text on screen came from; `shared` sessions are not autosaved until edited. */
export type Origin = 'scenario' | 'custom' | 'shared';

export type NoticeKind = 'info' | 'error';
/** A message for the user; kept as a key so it follows a language switch. */
export interface Notice {
  id: number;
  kind: NoticeKind;
  key: MessageKey;
  vars?: Vars;
}

/** What is selected (clicking an event, a problem …) and the manifest lines it points at. */
export interface Selection {
  kind: 'event' | 'problem' | 'narration';
  index: number;
  /** 1-based line range in the manifest to highlight. */
  lines?: { start: number; end: number };
}

export interface ActionError {
  index: number;
  message: string;
}

/** The latest simulation outcome, as the worker (or the inline fallback) reports it. */
export interface RunState {
  status: 'idle' | 'running' | 'ok' | 'invalid' | 'failed';
  /** Engine diagnostics for the current text (parse + validation + runtime). */
  diagnostics: Diagnostic[];
  actionErrors: ActionError[];
  /** The last good trace; kept when the text becomes invalid. */
  trace: Trace | null;
  /** The trace on screen is from an older text. */
  stale: boolean;
  /** Set when the engine itself threw or is missing. */
  error: string | null;
  /** Wall-clock ms of the last run. */
  ms: number;
  /** The story of `trace`, narrated by the worker with the lines of the text that produced it. */
  narration: NarrationItem[];
  /** Why the worker could not narrate `trace`. */
  narrationError: string | null;
}

export interface SessionData {
  text: string;
  origin: Origin;
  scenarioId: string | null;
  interventions: string[];
  seed: number;
  /** Horizon in ms. */
  until: number;
  cursor: number;
  speed: number;
}

export interface SessionState extends SessionData {
  run: RunState;
  selection: Selection | null;
  settings: Settings;
  notices: Notice[];
}

/** The subset of a built-in scenario the UI needs (src/scenarios ScenarioDef is structurally wider). */
export interface ScenarioDefLike {
  id: string;
  topic: string;
  title: { en: string; zh: string };
  summary: { en: string; zh: string };
  manifest: string;
  interventions?: string[];
  /** Horizon in seconds. */
  until: number;
  /** Extra manifests for `apply <file>` interventions. */
  files?: Record<string, string>;
  options?: { presentImages?: string[] };
  /** What the seed article got wrong, told first by the narration. */
  corrections?: { en: string; zh: string }[];
}
