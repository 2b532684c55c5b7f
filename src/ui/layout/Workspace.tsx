import { lazy, Suspense } from 'react';
import { PanelGuard } from '@/ui/components/PanelGuard';
import { RecoverNotice } from '@/ui/components/RecoverNotice';
import { EditorPanel } from '../panels/editor/EditorPanel';
import { ProblemsList } from '../panels/editor/ProblemsList';
import { StatusPanel } from '../panels/status/StatusPanel';
import { TimeBar } from '../panels/timebar/TimeBar';
import { InterventionBar } from '../panels/timebar/InterventionBar';
import { TimelinePanel } from '../panels/timeline/TimelinePanel';
import { RightColumn } from '../panels/narration/RightColumn';
import { useT } from '../useT';
import { Split } from './Split';
import { useWorkshop } from '../presenter/presenterStore';
import { useLayout } from './useLayout';
import { PROBLEMS_HEADER } from './presets';

// React Flow (+ d3) is a third of the startup bundle and sits below the fold: load it after the
// first paint (ARCHITECTURE §8, initial JavaScript ≤ 200 KiB gzip).
const FlowPanel = lazy(() => import('../panels/flow/FlowPanel').then((m) => ({ default: m.FlowPanel })));

// The presenter view replaces the workspace while on; loaded on first use.
const PresenterView = lazy(() => import('../presenter/PresenterView').then((m) => ({ default: m.PresenterView })));

/**
 * The page below the top bar: [editor | problems] ⟷ [status] above a dock with the time bar,
 * interventions, the timeline and the flow diagram. The sizes come from the layout mode (Edit and
 * Watch presets follow the window height); dragging any divider makes them the user's own (Custom).
 */
export function Workspace() {
  const t = useT();
  const { shown: sizes, drag: resize, mode } = useLayout();
  const presenting = useWorkshop((s) => s.presenting);
  if (presenting) return <main className="workspace"><Suspense fallback={null}><PresenterView /></Suspense><RecoverNotice /></main>;

  const left = (
    <Split
      dir="column" sized="second" unit="px" min={PROBLEMS_HEADER} max={600}
      size={sizes.problems} onChange={(problems) => resize({ problems })}
      first={<PanelGuard name="editor"><EditorPanel /></PanelGuard>}
      second={<PanelGuard name="problems"><ProblemsList /></PanelGuard>}
      label={t('problems.title')}
    />
  );
  const main = (
    <Split
      dir="row" sized="first" unit="%" min={22} max={78}
      size={sizes.left} onChange={(l) => resize({ left: l })}
      first={left} second={<RightColumn status={<PanelGuard name="status"><StatusPanel /></PanelGuard>} />}
      label={t('editor.title')} testId="layout.main"
    />
  );
  const dock = (
    <div className="dock">
      <div className="dock-controls">
        <PanelGuard name="timebar">
          <TimeBar />
          <InterventionBar />
        </PanelGuard>
      </div>
      <div className="dock-panels">
        <Split
          dir="row" sized="first" unit="%" min={15} max={85}
          size={sizes.timeline} onChange={(timeline) => resize({ timeline })}
          first={<PanelGuard name="timeline"><TimelinePanel /></PanelGuard>}
          second={
            <PanelGuard name="flow">
              <Suspense fallback={<section className="panel flow-panel" data-testid="flow.loading" />}>
                <FlowPanel />
              </Suspense>
            </PanelGuard>
          }
          label={t('panel.timeline')}
        />
      </div>
    </div>
  );
  return (
    <main className="workspace" data-layout={mode}>
      <RecoverNotice />
      <Split
        dir="column" sized="second" unit="px" min={96} max={900}
        size={sizes.dock} onChange={(d) => resize({ dock: d })}
        first={main} second={dock}
        label={t('panel.timeline')} testId="layout.dock"
      />
    </main>
  );
}
