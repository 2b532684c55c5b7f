import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { currentNarrationIndex, GLOSSARY } from '@/engine';
import type { NarrationItem } from '@/engine';
import type { Lang } from '@/i18n';
import { useActions, useSession, useThrottledCursor } from '@/state/hooks';
import { formatClock } from '@/state/selectors';
import { useLocal, type T } from './strings';
import { useNarration } from './useNarration';

type ItemState = 'past' | 'now' | 'ahead';

/**
 * How many past items are in the DOM at once (more, a window at a time, as the reader scrolls up).
 * The panel shows three to six items; every one in the window is created afresh when a seek jumps
 * across the run, and 60 of them made the first far seek a 40–50 ms task (scrubbing, ARCHITECTURE §8
 * "no task > 50 ms"). Twenty keep a few screens of history and cost a third.
 */
export const NARRATION_WINDOW = 20;

interface ItemProps {
  item: NarrationItem;
  index: number;
  state: ItemState;
  selected: boolean;
  conceptOpen: boolean;
  lang: Lang;
  t: T;
  onPick(item: NarrationItem, index: number): void;
  onConcept(index: number): void;
}

/** One story item. Memoised: a cursor move re-renders only the items whose state changed. */
const Item = memo(function Item({ item, index, state, selected, conceptOpen, lang, t, onPick, onConcept }: ItemProps) {
  const c = GLOSSARY[item.concept];
  return (
    <li className={`nar nar-${state} nar-${item.tone ?? 'normal'}${selected ? ' is-selected' : ''}`} data-testid="narration.item" data-state={state} data-kind={item.kind} data-t={item.t}>
      <button type="button" className="nar-main" onClick={() => onPick(item, index)} aria-current={state === 'now' ? 'step' : undefined}>
        <span className="nar-time mono">{formatClock(item.t)}</span>
        <span className="nar-text">{lang === 'zh' ? item.zh : item.en}</span>
      </button>
      <div className="nar-meta">
        <span className="nar-rule mono" title={t('narration.rule')}>{item.rule}</span>
        {item.range && <span className="nar-line mono" data-testid="narration.line">{t('narration.line', { line: item.range.start.line })}</span>}
        <button type="button" className="nar-concept" aria-expanded={conceptOpen} onClick={() => onConcept(index)} data-testid="narration.concept">
          {c.title[lang]}
        </button>
      </div>
      {conceptOpen && (
        <div className="nar-glossary" role="note" aria-label={t('narration.concept', { title: c.title[lang] })}>
          {c.body[lang]}
        </div>
      )}
    </li>
  );
});

/**
 * Scrolls `el` into view inside its scrolling panel only (never the page), like
 * scrollIntoView({ block: 'nearest' }) but without walking every ancestor.
 */
function revealInPanel(el: HTMLElement) {
  const box = el.closest<HTMLElement>('.tab-panel') ?? el.parentElement;
  if (!box) return;
  const b = box.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  if (r.top < b.top) box.scrollTop -= b.top - r.top;
  else if (r.bottom > b.bottom) box.scrollTop += Math.min(r.bottom - b.bottom, r.top - b.top);
}

/**
 * The story of the Pod up to the cursor: the current item highlighted, earlier ones above, later
 * ones hidden by default (so a class can predict them). Clicking an item jumps there and
 * highlights its manifest field in the editor (the same selection the status panel's events use).
 * While playing or scrubbing it follows the cursor ten times a second (a third of a slot after the
 * status panel).
 */
export function NarrationPanel() {
  const { t, lang } = useLocal();
  const cursor = useThrottledCursor(33, true);
  const selected = useSession((s) => (s.selection?.kind === 'narration' ? s.selection.index : -1));
  const actions = useActions();
  const { items, stale, error } = useNarration();
  const [showAhead, setShowAhead] = useState(false);
  const [concept, setConcept] = useState<number | null>(null);
  // Older items the reader asked for (scrolled up to), beyond the window; reset for a new run.
  const [older, setOlder] = useState({ items, n: 0 });
  const extra = older.items === items ? older.n : 0;
  const current = currentNarrationIndex(items, cursor);
  const first = Math.max(0, current + 1 - NARRATION_WINDOW - extra);
  const listRef = useRef<HTMLOListElement>(null);
  const moreRef = useRef<HTMLButtonElement>(null);
  // Only when the current item changes; one measurement of two boxes, no smooth scrolling. In the
  // next animation frame: measuring now would force a second layout of the page in this frame.
  useEffect(() => {
    const el = current >= 0 ? listRef.current?.children[current - first] : undefined;
    if (!(el instanceof HTMLElement)) return;
    const frame = requestAnimationFrame(() => revealInPanel(el));
    return () => cancelAnimationFrame(frame);
    // Not `first`: it moves with `current` anyway, and on its own it changes only when older items
    // are loaded above, which must not scroll the reader back down to the current one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current, items]);
  const showOlder = useCallback(() => setOlder((o) => ({ items, n: (o.items === items ? o.n : 0) + NARRATION_WINDOW })), [items]);
  // Scrolling up to the top of the window brings in the next older page by itself.
  useEffect(() => {
    const el = moreRef.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && showOlder());
    io.observe(el);
    return () => io.disconnect();
  }, [first, showOlder]);

  // Stable handlers, so memoised items do not re-render because of them.
  const tRef = useRef(t);
  tRef.current = t;
  const stableT = useCallback<T>((key, vars) => tRef.current(key, vars), []);
  const onPick = useCallback((item: NarrationItem, index: number) => {
    actions.seek(item.t);
    const r = item.range;
    actions.select({ kind: 'narration', index, ...(r ? { lines: { start: r.start.line, end: Math.max(r.start.line, r.end.line) } } : {}) });
  }, [actions]);
  const onConcept = useCallback((index: number) => setConcept((c) => (c === index ? null : index)), []);

  if (error) return <p className="empty" role="alert">{error}</p>;
  if (items.length === 0) return <p className="empty">{t('narration.empty')}</p>;

  // The current instant may hold several items: all of them are "now".
  const nowT = current >= 0 ? items[current]!.t : -1;
  const shown = showAhead ? items.length : current + 1;
  const ahead = items.length - (current + 1);

  return (
    <div className="narration" data-testid="narration">
      {stale && <p className="hint warn-text">{t('narration.stale')}</p>}
      {current < 0 && <p className="hint">{t('narration.before')}</p>}
      {first > 0 && (
        <button type="button" ref={moreRef} className="btn btn-sm nar-earlier" onClick={showOlder} data-testid="narration.earlier">
          {t('narration.earlier', { n: Math.min(first, NARRATION_WINDOW) })}
        </button>
      )}
      <ol className="narration-list" ref={listRef}>
        {items.slice(first, shown).map((item, k) => (
          <Item
            key={first + k} item={item} index={first + k}
            state={first + k > current ? 'ahead' : item.t === nowT ? 'now' : 'past'}
            selected={first + k === selected} conceptOpen={concept === first + k}
            lang={lang} t={stableT} onPick={onPick} onConcept={onConcept}
          />
        ))}
      </ol>
      {ahead > 0 && (
        <button type="button" className="btn btn-sm nar-ahead" onClick={() => setShowAhead(!showAhead)} data-testid="narration.ahead">
          {showAhead ? t('narration.hideUpcoming') : `${t('narration.showUpcoming')} · ${t('narration.upcoming', { n: ahead })}`}
        </button>
      )}
    </div>
  );
}
