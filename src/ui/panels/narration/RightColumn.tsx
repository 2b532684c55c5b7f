import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { Split } from '@/ui/layout/Split';
import { Tabs } from '@/ui/components/Tabs';
import { ErrorBoundary } from '@/ui/components/ErrorBoundary';
import { PanelError } from '@/ui/components/PanelError';
import { lessonFromUrl } from '@/lessons/progress';
import { NarrationPanel } from './NarrationPanel';
import { useLocal } from './strings';
import './narration.css';

// The lesson data and views load on first use (ARCHITECTURE §8: initial JavaScript budget).
const LessonsPanel = lazy(() => import('@/ui/lessons/LessonsPanel').then((m) => ({ default: m.LessonsPanel })));

type Tab = 'narration' | 'lessons';
const SIZE_KEY = 'podlife.narration.share';

/** The strip's remembered share of the column height (%). */
function savedHeight(): number {
  try {
    const v = Number(localStorage.getItem(SIZE_KEY));
    return Number.isFinite(v) && v >= 15 && v <= 85 ? v : 36;
  } catch {
    return 36;
  }
}

/**
 * The right column: the status panel above, and below it a strip with the narration and the
 * guided lessons (so the editor keeps its full height). A `?lesson=` link opens the lessons tab.
 */
export function RightColumn({ status }: { status: ReactNode }) {
  const { t } = useLocal();
  const [tab, setTab] = useState<Tab>(() => (typeof window !== 'undefined' && lessonFromUrl(new URL(window.location.href)) ? 'lessons' : 'narration'));
  const [share, setShare] = useState(savedHeight);
  useEffect(() => {
    try {
      localStorage.setItem(SIZE_KEY, String(Math.round(share)));
    } catch {
      /* remembering the size is a nicety */
    }
  }, [share]);
  const tabs = [
    { id: 'narration', label: t('tab.narration') },
    { id: 'lessons', label: t('tab.lessons') },
  ] as const;
  const strip = (
    <section className="panel narration-panel" data-testid="narration.panel">
      <Tabs<Tab> tabs={tabs} active={tab} onChange={setTab} label={t('tab.narration')} testId="narration.tabs">
        <ErrorBoundary resetKey={tab} fallback={(e) => <PanelError message={e.message} />}>
          <div className="narration-body">{tab === 'narration' ? <NarrationPanel /> : <Suspense fallback={<p className="hint" aria-busy="true" />}><LessonsPanel /></Suspense>}</div>
        </ErrorBoundary>
      </Tabs>
    </section>
  );
  return (
    // A lesson needs room for its question and answer: it takes at least 65 % while open (not saved).
    <Split dir="column" sized="second" unit="%" min={15} max={85} size={tab === 'lessons' ? Math.max(share, 65) : share} onChange={setShare}
      first={status} second={strip} label={t('tab.narration')} testId="layout.narration" />
  );
}
