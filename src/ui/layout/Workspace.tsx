import { useActions, useSession } from '@/state/hooks';
import type { PanelSizes } from '@/state/types';
import { EditorPanel } from '../panels/editor/EditorPanel';
import { ProblemsList } from '../panels/editor/ProblemsList';
import { StatusPanel } from '../panels/status/StatusPanel';
import { TimeBar } from '../panels/timebar/TimeBar';
import { InterventionBar } from '../panels/timebar/InterventionBar';
import { TimelinePanel } from '../panels/timeline/TimelinePanel';
import { FlowPanel } from '../panels/flow/FlowPanel';
import { useT } from '../useT';
import { Split } from './Split';

/**
 * The page below the top bar: [editor | problems] ⟷ [status] above a dock with the time bar,
 * interventions, the timeline and the flow diagram. Every divider can be dragged; sizes persist.
 */
export function Workspace() {
  const t = useT();
  const sizes = useSession((s) => s.settings.sizes);
  const actions = useActions();
  const resize = (patch: Partial<PanelSizes>) => actions.setSettings({ sizes: { ...sizes, ...patch } });

  const left = (
    <Split
      dir="column" sized="second" unit="px" min={48} max={600}
      size={sizes.problems} onChange={(problems) => resize({ problems })}
      first={<EditorPanel />} second={<ProblemsList />}
      label={t('problems.title')}
    />
  );
  const main = (
    <Split
      dir="row" sized="first" unit="%" min={22} max={78}
      size={sizes.left} onChange={(l) => resize({ left: l })}
      first={left} second={<StatusPanel />}
      label={t('editor.title')} testId="layout.main"
    />
  );
  const dock = (
    <div className="dock">
      <div className="dock-controls">
        <TimeBar />
        <InterventionBar />
      </div>
      <div className="dock-panels">
        <Split
          dir="row" sized="first" unit="%" min={15} max={85}
          size={sizes.timeline} onChange={(timeline) => resize({ timeline })}
          first={<TimelinePanel />} second={<FlowPanel />}
          label={t('panel.timeline')}
        />
      </div>
    </div>
  );
  return (
    <main className="workspace">
      <Split
        dir="column" sized="second" unit="px" min={96} max={900}
        size={sizes.dock} onChange={(d) => resize({ dock: d })}
        first={main} second={dock}
        label={t('panel.timeline')} testId="layout.dock"
      />
    </main>
  );
}
