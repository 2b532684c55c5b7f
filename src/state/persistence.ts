/**
 * Autosave: the session (text, interventions, cursor …) and the settings go to localStorage in a
 * version-stamped format. Reading is defensive (anything malformed is ignored); writing reports
 * storage errors (quota, private mode) to the caller instead of throwing.
 */
import { detectLang, isLang } from '@/i18n';
import type { PanelSizes, SessionData, Settings } from './types';

export const SESSION_KEY = 'podlife.session';
export const SETTINGS_KEY = 'podlife.settings';
export const STORAGE_VERSION = 1;

/**
 * Longest text accepted back from storage or a link. The manifest parser takes up to 5 MiB
 * (MAX_TEXT_LENGTH); a saved text must never be silently dropped on reload for being big.
 */
export const MAX_SAVED_TEXT = 6 * 1024 * 1024;

export const DEFAULT_SIZES: PanelSizes = { left: 44, problems: 96, dock: 300, timeline: 64 };

/** A minimal Storage so tests can pass a Map-backed fake. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

/** Browser storage, or null where reading it throws (sandboxed iframes, some private modes). */
export function browserStorage(): KeyValueStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

const num = (v: unknown, min: number, max: number): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : undefined;

function readJson(store: KeyValueStore | null, key: string): Record<string, unknown> | null {
  try {
    const raw = store?.getItem(key);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (!parsed || typeof parsed !== 'object') return null;
    const rec = parsed as Record<string, unknown>;
    return rec.version === STORAGE_VERSION ? rec : null;
  } catch {
    return null;
  }
}

/** Validates untrusted session data (storage, share links, imported files). */
export function sanitiseSession(rec: Record<string, unknown>): Partial<SessionData> | null {
  if (typeof rec.text !== 'string' || rec.text.length > MAX_SAVED_TEXT) return null;
  const out: Partial<SessionData> = { text: rec.text };
  if (Array.isArray(rec.interventions))
    out.interventions = rec.interventions.filter((x): x is string => typeof x === 'string').slice(0, 200);
  const until = num(rec.until, 1000, 24 * 3_600_000);
  if (until !== undefined) out.until = until;
  const cursor = num(rec.cursor, 0, 24 * 3_600_000);
  if (cursor !== undefined) out.cursor = cursor;
  const seed = num(rec.seed, 0, 2 ** 32);
  if (seed !== undefined) out.seed = Math.floor(seed);
  const speed = num(rec.speed, 0.01, 1000);
  if (speed !== undefined) out.speed = speed;
  if (typeof rec.scenarioId === 'string') out.scenarioId = rec.scenarioId;
  if (rec.origin === 'scenario' || rec.origin === 'custom') out.origin = rec.origin;
  return out;
}

/** The autosaved session, or null when there is none (or it is unreadable). */
export function loadSession(store: KeyValueStore | null): Partial<SessionData> | null {
  const rec = readJson(store, SESSION_KEY);
  return rec ? sanitiseSession(rec) : null;
}

/** Saves the session; returns an error message instead of throwing. */
export function saveSession(store: KeyValueStore | null, data: SessionData): string | null {
  return write(store, SESSION_KEY, {
    version: STORAGE_VERSION,
    text: data.text,
    origin: data.origin === 'shared' ? 'custom' : data.origin,
    scenarioId: data.scenarioId,
    interventions: data.interventions,
    seed: data.seed,
    until: data.until,
    cursor: data.cursor,
    speed: data.speed,
  });
}

/** Settings with defaults filled in (language from the browser on first visit). */
export function loadSettings(store: KeyValueStore | null, browserLang?: string): Settings {
  const rec = readJson(store, SETTINGS_KEY) ?? {};
  const sizes = (rec.sizes ?? {}) as Record<string, unknown>;
  const prefersDark =
    typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
  return {
    lang: isLang(rec.lang) ? rec.lang : detectLang(browserLang),
    theme: rec.theme === 'dark' || rec.theme === 'light' ? rec.theme : prefersDark ? 'dark' : 'light',
    sizes: loadSizes(store, sizes),
  };
}

/** Where the narration strip's share lived before it joined the settings (read once, as a fallback). */
export const LEGACY_STORY_KEY = 'podlife.narration.share';

function loadSizes(store: KeyValueStore | null, sizes: Record<string, unknown>): PanelSizes {
  const out: PanelSizes = {
    left: num(sizes.left, 20, 80) ?? DEFAULT_SIZES.left,
    problems: num(sizes.problems, 40, 600) ?? DEFAULT_SIZES.problems,
    dock: num(sizes.dock, 80, 900) ?? DEFAULT_SIZES.dock,
    timeline: num(sizes.timeline, 15, 85) ?? DEFAULT_SIZES.timeline,
  };
  const mode = sizes.mode;
  if (mode === 'edit' || mode === 'watch' || mode === 'custom') out.mode = mode;
  else {
    // Settings from before layout modes: sizes someone dragged stay theirs; untouched ones get the preset.
    const dragged = (['left', 'problems', 'dock', 'timeline'] as const).some((k) => out[k] !== DEFAULT_SIZES[k]);
    out.mode = dragged ? 'custom' : 'edit';
  }
  let legacy: unknown;
  try {
    legacy = Number(store?.getItem(LEGACY_STORY_KEY) ?? NaN);
  } catch {
    legacy = undefined;
  }
  const story = num(sizes.story, 15, 85) ?? num(legacy, 15, 85);
  if (story !== undefined) out.story = story;
  if (typeof sizes.storyCollapsed === 'boolean') out.storyCollapsed = sizes.storyCollapsed;
  if (sizes.briefHidden === true) out.briefHidden = true;
  return out;
}

/** Saves the settings; returns an error message instead of throwing. */
export function saveSettings(store: KeyValueStore | null, settings: Settings): string | null {
  return write(store, SETTINGS_KEY, { version: STORAGE_VERSION, ...settings });
}

function write(store: KeyValueStore | null, key: string, value: unknown): string | null {
  if (!store) return 'storage unavailable';
  try {
    store.setItem(key, JSON.stringify(value));
    return null;
  } catch (e) {
    return e instanceof Error ? e.name || e.message : 'storage error';
  }
}
