import { lazy, Suspense, useState, type ReactNode } from 'react';
import { Split } from '@/ui/layout/Split';
import { useLayout } from '@/ui/layout/useLayout';
import { Tabs } from '@/ui/components/Tabs';
import { ErrorBoundary } from '@/ui/components/ErrorBoundary';
import { PanelError } from '@/ui/components/PanelError';
import { lessonFromUrl } from '@/lessons/progress';
import { NarrationPanel } from './NarrationPanel';
import { NarrationLine } from './NarrationLine';
import { useLocal } from './strings';
import './narration.css';

// The lesson data and views load on first use (ARCHITECTURE §8: initial JavaScript budget).
const LessonsPanel = lazy(() => import('@/ui/lessons/LessonsPanel').then((m) => ({ default: m.LessonsPanel })));

type Tab = 'narration' | 'lessons';

const fromLessonLink = () => typeof window !== 'undefined' && !!lessonFromUrl(new URL(window.location.href));

/**
 * The right column: the status panel above, and below it a strip with the narration and the
 * guided lessons (so the editor keeps its full height). The strip folds to one line (the current
 * sentence) so a short window keeps the status panel readable; the fold is remembered. A `?lesson=`
 * link opens the lessons tab, unfolded.
 */
export function RightColumn({ status }: { status: ReactNode }) {
  const { t } = useLocal();
  const layout = useLayout();
  const [tab, setTab] = useState<Tab>(() => (fromLessonLink() ? 'lessons' : 'narration'));
  // A lesson link shows its lesson even where the strip is folded by default (not saved).
  const [lessonOpen, setLessonOpen] = useState(fromLessonLink);
  const folded = layout.folded && !lessonOpen;
  const fold = () => {
    setLessonOpen(false);
    layout.setFolded(true);
  };
  if (folded) {
    return (
      <div className="right-column is-folded" data-testid="layout.narration">
        <div className="right-column-status">{status}</div>
        <NarrationLine onUnfold={() => layout.setFolded(false)} />
      </div>
    );
  }
  const tabs = [
    { id: 'narration', label: t('tab.narration') },
    { id: 'lessons', label: t('tab.lessons') },
  ] as const;
  const strip = (
    <section className="panel narration-panel" data-testid="narration.panel" data-folded="false">
      <button type="button" className="nar-fold nar-fold-corner" onClick={fold} aria-expanded={true} title={t('narration.fold')} aria-label={t('narration.fold')} data-testid="narration.fold">
        <span className="nar-chevron" aria-hidden="true">▾</span>
      </button>
      <Tabs<Tab> tabs={tabs} active={tab} onChange={setTab} label={t('tab.narration')} testId="narration.tabs">
        <ErrorBoundary resetKey={tab} fallback={(e) => <PanelError message={e.message} />}>
          <div className="narration-body">{tab === 'narration' ? <NarrationPanel /> : <Suspense fallback={<p className="hint" aria-busy="true" />}><LessonsPanel /></Suspense>}</div>
        </ErrorBoundary>
      </Tabs>
    </section>
  );
  const share = layout.shown.story;
  return (
    // A lesson needs room for its question and answer: it takes at least 65 % while open (not saved).
    <Split dir="column" sized="second" unit="%" min={15} max={85} size={tab === 'lessons' ? Math.max(share, 65) : share}
      onChange={(story) => layout.drag({ story })}
      first={status} second={strip} label={t('tab.narration')} testId="layout.narration" />
  );
}
