import { useEffect } from 'react';
import type { MessageKey } from '@/i18n';
import { useLayout } from '../layout/useLayout';
import { LAYOUT_MODES, modeForKey } from '../layout/presets';
import { isTyping } from '../panels/timeline/useTimelineKeys';
import { useWorkshop } from '../presenter/presenterStore';
import { useT } from '../useT';

/**
 * Edit / Watch / Custom: a segmented control over the layout presets, with E, W and C as keys
 * (none of them a timeline key). Hidden while the presenter view or a comparison has the page.
 */
export function LayoutModes() {
  const t = useT();
  const { mode, setMode } = useLayout();
  const busy = useWorkshop((s) => s.presenting || s.compare !== null || s.realPod);
  useEffect(() => {
    if (busy) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTyping(e.target)) return;
      const m = modeForKey(e);
      if (!m) return;
      e.preventDefault();
      setMode(m);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [busy, setMode]);
  if (busy) return null;
  return (
    <div className="segmented layout-modes" role="group" aria-label={t('layout.label')} data-testid="top.layout">
      {LAYOUT_MODES.map((m) => (
        <button
          key={m.id} type="button" className="segment" aria-pressed={m.id === mode}
          onClick={() => setMode(m.id)} title={t(`layout.${m.id}.title` as MessageKey)} aria-keyshortcuts={m.key.toUpperCase()}
          data-testid={`top.layout.${m.id}`}
        >
          {t(`layout.${m.id}` as MessageKey)}
        </button>
      ))}
    </div>
  );
}
