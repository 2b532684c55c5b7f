/**
 * Decides what the page opens with, in priority order: a share link (`#s=…`, opened as a separate
 * "shared" session that is not autosaved until edited), `?scenario=<id>`, the autosave, the first
 * built-in scenario. A bad link or id becomes a notice; it never replaces the user's saved work.
 */
import type { MessageKey, Vars } from '@/i18n';
import { decodeShare, isShareHash } from '@/state/share';
import { browserStorage, loadSession, loadSettings } from '@/state/persistence';
import { defaultScenario, findScenario } from '@/state/scenarioCatalog';
import type { SessionInit } from '@/state/createSession';
import type { Notice } from '@/state/types';

type NoticeIn = Omit<Notice, 'id'>;
const error = (key: MessageKey, vars?: Vars): NoticeIn => ({ kind: 'error', key, ...(vars ? { vars } : {}) });

/** Builds the first session's init from the URL and storage. */
export async function bootInit(url: URL, navigatorLang: string | undefined): Promise<SessionInit> {
  const storage = browserStorage();
  const settings = loadSettings(storage, navigatorLang);
  const notices: NoticeIn[] = [];
  const base = { settings, storage, notices, raf: true };

  if (isShareHash(url.hash)) {
    try {
      const shared = await decodeShare(url.hash);
      return { ...base, data: { ...shared, origin: 'shared' } };
    } catch (e) {
      notices.push(error('notice.share.bad', { error: e instanceof Error ? e.message : 'unknown' }));
    }
  }

  const scenarioId = url.searchParams.get('scenario');
  if (scenarioId) {
    const sc = findScenario(scenarioId);
    if (sc) {
      return {
        ...base,
        data: { text: sc.manifest, interventions: sc.interventions ?? [], until: sc.until * 1000, scenarioId: sc.id, origin: 'scenario' },
      };
    }
    notices.push(error('notice.scenario.unknown', { id: scenarioId }));
  }

  const saved = loadSession(storage);
  if (saved?.text !== undefined) return { ...base, data: { ...saved, text: saved.text } };

  const sc = defaultScenario();
  return {
    ...base,
    data: { text: sc.manifest, interventions: sc.interventions ?? [], until: sc.until * 1000, scenarioId: sc.id, origin: 'scenario' },
  };
}

/** Removes `?scenario=` and `#s=` once consumed, so a reload shows the user's autosaved work. */
export function cleanUrl(keepShare: boolean): void {
  const url = new URL(window.location.href);
  url.searchParams.delete('scenario');
  if (!keepShare && isShareHash(url.hash)) url.hash = '';
  const next = url.pathname + url.search + url.hash;
  if (next !== window.location.pathname + window.location.search + window.location.hash) {
    window.history.replaceState(null, '', next);
  }
}
