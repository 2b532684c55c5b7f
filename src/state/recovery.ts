/**
 * The "recover previous text" slot: before a lesson, a real-pod replay, an import or a link
 * replaces text the user wrote, the old session is kept here (localStorage, versioned) so one click
 * brings it back — even after a reload. One slot: the latest replaced text wins.
 */
import { findScenario } from './scenarioCatalog';
import { sanitiseSession, type KeyValueStore } from './persistence';
import type { SessionData } from './types';

export const RECOVER_KEY = 'podlife.recover';
export const RECOVER_VERSION = 1;

/** The kept session; `origin` is never 'shared' (a shared link is not the user's text). */
export type Recovery = SessionData;

/** True when the text on screen is the user's own work (not an untouched scenario or shared link). */
export function isUserText(s: Pick<SessionData, 'text' | 'origin' | 'scenarioId' | 'interventions'>): boolean {
  if (s.origin === 'shared' || s.text.trim().length === 0) return false;
  const sc = findScenario(s.scenarioId);
  if (!sc) return true;
  return s.text !== sc.manifest || s.interventions.join('\n') !== (sc.interventions ?? []).join('\n');
}

/** Writes the slot (null clears it); returns an error message instead of throwing. */
export function saveRecovery(store: KeyValueStore | null, r: Recovery | null): string | null {
  if (!store) return 'storage unavailable';
  try {
    store.setItem(RECOVER_KEY, r ? JSON.stringify({ version: RECOVER_VERSION, ...r }) : '');
    return null;
  } catch (e) {
    return e instanceof Error ? e.name || e.message : 'storage error';
  }
}

/** The kept session, or null when there is none or it is unreadable / from another version. */
export function loadRecovery(store: KeyValueStore | null): Recovery | null {
  try {
    const raw = store?.getItem(RECOVER_KEY);
    if (!raw) return null;
    const rec: unknown = JSON.parse(raw);
    if (!rec || typeof rec !== 'object' || (rec as Record<string, unknown>).version !== RECOVER_VERSION) return null;
    const clean = sanitiseSession(rec as Record<string, unknown>);
    if (!clean?.text) return null;
    return {
      text: clean.text, origin: clean.origin ?? 'custom', scenarioId: clean.scenarioId ?? null,
      interventions: clean.interventions ?? [], seed: clean.seed ?? 1, until: clean.until ?? 300_000,
      cursor: clean.cursor ?? 0, speed: clean.speed ?? 5,
    };
  } catch {
    return null;
  }
}
