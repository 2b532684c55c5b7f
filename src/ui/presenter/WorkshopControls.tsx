import { lazy, Suspense, useRef } from 'react';
import { useSession, useSessionApi } from '@/state/hooks';
import { findScenario } from '@/state/scenarioCatalog';
import { availablePairs, pairFor, pairLabel } from '../compare/pairs';
import { useT } from '../useT';
import { setPresenting, useWorkshop, type CompareSide } from './presenterStore';
import { useWs } from './strings';

const side = (label: string, id: string): CompareSide | null => {
  const sc = findScenario(id);
  return sc ? { label, text: sc.manifest, interventions: sc.interventions ?? [], until: sc.until * 1000, scenarioId: sc.id } : null;
};

/** Opens the comparison of a scenario pair (A is the first, B the second). */
export function openPair(a: string, b: string, labelA: string, labelB: string): void {
  const sa = side(labelA, a);
  const sb = side(labelB, b);
  if (sa && sb) useWorkshop.setState({ compare: { a: sa, b: sb, editableB: false } });
}

/**
 * The top bar's workshop entries: the presenter toggle and a menu with "compare with…" (the
 * current manifest against an editable copy, or the open scenario's pair) and "explain a real pod".
 */
export function WorkshopControls() {
  const ws = useWs();
  const t = useT();
  const { store } = useSessionApi();
  const lang = useSession((s) => s.settings.lang);
  const scenarioId = useSession((s) => s.scenarioId);
  const presenting = useWorkshop((s) => s.presenting);
  const menu = useRef<HTMLDetailsElement>(null);
  const done = () => menu.current?.removeAttribute('open');
  const mine = pairFor(scenarioId);
  const title = (id: string) => findScenario(id)?.title[lang] ?? id;
  // Pair labels are English words or restartPolicy values; the words are shown in the UI language.
  const open = (a: string, b: string, labelA: string, labelB: string) => openPair(a, b, pairLabel(labelA, t), pairLabel(labelB, t));

  const compareCopy = () => {
    done();
    const s = store.getState();
    const label = findScenario(s.scenarioId)?.title[lang] ?? 'A';
    const a: CompareSide = { label, text: s.text, interventions: s.interventions, until: s.until, scenarioId: s.scenarioId };
    useWorkshop.setState({ compare: { a, b: { ...a, label: ws('copyLabel') }, editableB: true } });
  };

  return (
    <>
      {mine && (
        // Beside the scenario picker: the open scenario has a twin worth comparing with.
        <button type="button" className="btn" onClick={() => open(mine.a, mine.b, mine.labelA, mine.labelB)}
          title={ws('comparePair', { a: title(mine.a), b: title(mine.b) })} data-testid="top.comparePair">
          ⇄ {pairLabel(mine.labelB, t)}
        </button>
      )}
      <button
        type="button" className={`btn${presenting ? ' btn-primary' : ''}`} aria-pressed={presenting}
        onClick={() => setPresenting(!presenting)} title={ws('presentTitle')} data-testid="top.present"
      >
        <span className="btn-text-always">{ws('present')}</span>
      </button>
      <details ref={menu} className="menu">
        <summary className="btn" data-testid="top.workshop">{ws('workshop')}</summary>
        <div className="menu-items" role="menu">
          <button type="button" role="menuitem" className="menu-item" onClick={compareCopy} data-testid="workshop.compareCopy">{ws('compareCopy')}</button>
          {mine && (
            <button type="button" role="menuitem" className="menu-item" data-testid="workshop.comparePair"
              onClick={() => { done(); open(mine.a, mine.b, mine.labelA, mine.labelB); }}>
              {ws('comparePair', { a: pairLabel(mine.labelA, t), b: pairLabel(mine.labelB, t) })}
            </button>
          )}
          {availablePairs().filter(({ pair }) => pair.a !== mine?.a && pair.b !== mine?.a).map(({ pair }) => (
            <button key={`${pair.a}|${pair.b}`} type="button" role="menuitem" className="menu-item menu-item-sub" data-pair={`${pair.a}|${pair.b}`}
              onClick={() => { done(); open(pair.a, pair.b, pair.labelA, pair.labelB); }} title={`${title(pair.a)} ↔ ${title(pair.b)}`}>
              {ws('comparePair', { a: title(pair.a), b: title(pair.b) })}
            </button>
          ))}
          <button type="button" role="menuitem" className="menu-item" onClick={() => { done(); useWorkshop.setState({ realPod: true }); }} data-testid="workshop.realpod">
            {ws('realPod')}
          </button>
        </div>
      </details>
    </>
  );
}

// The layers load on first use: they are not part of the page's first paint (ARCHITECTURE §8).
const CompareView = lazy(() => import('../compare/CompareView').then((m) => ({ default: m.CompareView })));
const RealPodDialog = lazy(() => import('../realpod/RealPodDialog').then((m) => ({ default: m.RealPodDialog })));

/** The workshop layers (comparison, real-pod dialog) above the page. */
export function WorkshopLayers() {
  const compare = useWorkshop((s) => s.compare);
  const realPod = useWorkshop((s) => s.realPod);
  return (
    <Suspense fallback={null}>
      {compare && <CompareView key={`${compare.a.scenarioId}|${compare.b.scenarioId}|${compare.editableB}`} {...compare} />}
      {realPod && <RealPodDialog />}
    </Suspense>
  );
}
