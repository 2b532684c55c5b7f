import { useEffect, useRef, useState } from 'react';
import { currentNarrationIndex, GLOSSARY } from '@/engine';
import type { NarrationItem } from '@/engine';
import { useActions, useSession } from '@/state/hooks';
import { formatClock } from '@/state/selectors';
import { useLocal } from './strings';
import { useNarration } from './useNarration';

/**
 * The story of the Pod up to the cursor: the current item highlighted, earlier ones above, later
 * ones hidden by default (so a class can predict them). Clicking an item jumps there and
 * highlights its manifest field in the editor (the same selection the status panel's events use).
 */
export function NarrationPanel() {
  const { t, lang } = useLocal();
  const cursor = useSession((s) => s.cursor);
  const selected = useSession((s) => (s.selection?.kind === 'narration' ? s.selection.index : -1));
  const actions = useActions();
  const { items, stale, error } = useNarration();
  const [showAhead, setShowAhead] = useState(false);
  const [concept, setConcept] = useState<number | null>(null);
  const current = currentNarrationIndex(items, cursor);
  const currentRef = useRef<HTMLLIElement>(null);
  useEffect(() => {
    currentRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [current]);

  if (error) return <p className="empty" role="alert">{error}</p>;
  if (items.length === 0) return <p className="empty">{t('narration.empty')}</p>;

  const pick = (item: NarrationItem, index: number) => {
    actions.seek(item.t);
    const r = item.range;
    actions.select({ kind: 'narration', index, ...(r ? { lines: { start: r.start.line, end: Math.max(r.start.line, r.end.line) } } : {}) });
  };
  // The current instant may hold several items: all of them are "now".
  const nowT = current >= 0 ? items[current]!.t : -1;
  const shown = showAhead ? items.length : current + 1;
  const ahead = items.length - (current + 1);

  return (
    <div className="narration" data-testid="narration">
      {stale && <p className="hint warn-text">{t('narration.stale')}</p>}
      {current < 0 && <p className="hint">{t('narration.before')}</p>}
      <ol className="narration-list">
        {items.slice(0, shown).map((item, i) => {
          const state = i > current ? 'ahead' : item.t === nowT ? 'now' : 'past';
          const c = GLOSSARY[item.concept];
          return (
            <li key={i} ref={i === current ? currentRef : undefined} className={`nar nar-${state} nar-${item.tone ?? 'normal'}${i === selected ? ' is-selected' : ''}`} data-testid="narration.item" data-state={state} data-kind={item.kind} data-t={item.t}>
              <button type="button" className="nar-main" onClick={() => pick(item, i)} aria-current={state === 'now' ? 'step' : undefined}>
                <span className="nar-time mono">{formatClock(item.t)}</span>
                <span className="nar-text">{lang === 'zh' ? item.zh : item.en}</span>
              </button>
              <div className="nar-meta">
                <span className="nar-rule mono" title={t('narration.rule')}>{item.rule}</span>
                {item.range && <span className="nar-line mono" data-testid="narration.line">{t('narration.line', { line: item.range.start.line })}</span>}
                <button type="button" className="nar-concept" aria-expanded={concept === i} onClick={() => setConcept(concept === i ? null : i)} data-testid="narration.concept">
                  {c.title[lang]}
                </button>
              </div>
              {concept === i && (
                <div className="nar-glossary" role="note" aria-label={t('narration.concept', { title: c.title[lang] })}>
                  {c.body[lang]}
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {ahead > 0 && (
        <button type="button" className="btn btn-sm nar-ahead" onClick={() => setShowAhead(!showAhead)} data-testid="narration.ahead">
          {showAhead ? t('narration.hideUpcoming') : `${t('narration.showUpcoming')} · ${t('narration.upcoming', { n: ahead })}`}
        </button>
      )}
    </div>
  );
}
