import { useEffect, useRef, useState } from 'react';
import { findScenario } from '@/state/scenarioCatalog';
import { useActions, useSession, useSessionApi } from '@/state/hooks';
import { useT } from '../useT';
import { Icon } from '../components/Icon';

/** Hides or shows the scenario banner; remembered with the panel sizes. */
export function useBriefHidden(): [boolean, (hidden: boolean) => void] {
  const hidden = useSession((s) => s.settings.sizes.briefHidden === true);
  const actions = useActions();
  const { store } = useSessionApi();
  const set = (h: boolean) => actions.setSettings({ sizes: { ...store.getState().settings.sizes, briefHidden: h } });
  return [hidden, set];
}

/**
 * One line under the top bar: what the open scenario demonstrates. It never wraps (the layout
 * below must not jump): clicking opens the whole summary in a card over the page, and × hides the
 * banner (the top bar's ⓘ brings it back).
 */
export function ScenarioBrief() {
  const t = useT();
  const lang = useSession((s) => s.settings.lang);
  const origin = useSession((s) => s.origin);
  const sc = useSession((s) => findScenario(s.scenarioId));
  const [hidden, setHidden] = useBriefHidden();
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  // The card closes on Escape or a click elsewhere, like a menu.
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => !box.current?.contains(e.target as Node) && setOpen(false);
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    window.addEventListener('pointerdown', onDown);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('pointerdown', onDown);
      window.removeEventListener('keydown', onKey);
    };
  }, [open]);
  if (origin === 'shared') {
    return (
      <div className="brief brief-shared" data-testid="top.shared">
        <span className="chip chip-accent">{t('top.shared')}</span>
        <span className="brief-text">{t('top.shared.hint')}</span>
      </div>
    );
  }
  if (!sc || hidden) return null;
  return (
    <div className={`brief${open ? ' is-open' : ''}`} ref={box} data-testid="top.brief">
      <button type="button" className="brief-main" onClick={() => setOpen(!open)} aria-expanded={open} title={sc.summary[lang]}>
        <Icon name="info" size={14} />
        <strong className="brief-title">{sc.title[lang]}</strong>
        <span className="brief-text">{sc.summary[lang]}</span>
      </button>
      <button type="button" className="brief-close" onClick={() => { setOpen(false); setHidden(true); }}
        aria-label={t('brief.dismiss')} title={t('brief.dismiss')} data-testid="top.brief.dismiss">
        <Icon name="close" size={14} />
      </button>
      {open && (
        <div className="brief-card" role="note" data-testid="top.brief.card">
          <strong>{sc.title[lang]}</strong>
          <p>{sc.summary[lang]}</p>
        </div>
      )}
    </div>
  );
}

/** The top bar's ⓘ: brings the dismissed scenario banner back (shown only while it is hidden). */
export function BriefToggle() {
  const t = useT();
  const [hidden, setHidden] = useBriefHidden();
  const has = useSession((s) => s.origin !== 'shared' && !!findScenario(s.scenarioId));
  if (!hidden || !has) return null;
  return (
    <button type="button" className="btn btn-icon" onClick={() => setHidden(false)} aria-label={t('brief.show')} title={t('brief.show')} data-testid="top.brief.show">
      <Icon name="info" />
    </button>
  );
}
