import { currentNarrationIndex } from '@/engine';
import { useThrottledCursor } from '@/state/hooks';
import { formatClock } from '@/state/selectors';
import { useLocal } from './strings';
import { useNarration } from './useNarration';

/**
 * The narration folded to one line: the sentence at the cursor only (ellipsised; the whole of it
 * in the tooltip) and the button that unfolds the strip. For short windows, where the status panel
 * needs the height more than the story's history.
 */
export function NarrationLine({ onUnfold }: { onUnfold(): void }) {
  const { t, lang } = useLocal();
  const cursor = useThrottledCursor(33, true);
  const { items } = useNarration();
  const item = items[currentNarrationIndex(items, cursor)];
  const text = item ? (lang === 'zh' ? item.zh : item.en) : items.length > 0 ? t('narration.before') : t('narration.empty');
  return (
    <section className="panel narration-panel is-folded" data-testid="narration.panel" data-folded="true">
      <button type="button" className="nar-fold" onClick={onUnfold} aria-expanded={false} title={t('narration.unfold')} data-testid="narration.fold">
        <span className="nar-chevron" aria-hidden="true">▸</span>
        {t('tab.narration')}
      </button>
      <p className="nar-line-text" title={text} data-testid="narration.line-now" aria-live="polite">
        {item && <span className="nar-time mono">{formatClock(item.t)}</span>}
        <span className="nar-text">{text}</span>
      </p>
    </section>
  );
}
