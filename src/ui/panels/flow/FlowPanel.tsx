import { useEffect, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './flow.css';
import { useSession } from '@/state/hooks';
import { useT } from '../../useT';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { PanelError } from '../../components/PanelError';
import { FlowCanvas } from './FlowCanvas';
import { flowWords } from './vocab';

/**
 * The lifecycle as a living graph, drawn from the kubelet's machine definitions: the control plane
 * at creation and deletion, the pod's phases and condition gates, and each container's own machine
 * with its probes. The active state is lit at the cursor; clicking a state jumps to the next time
 * it is entered. "Expand" gives it the whole window (for a projector); Esc brings it back.
 */
export function FlowPanel() {
  const t = useT();
  const trace = useSession((s) => s.run.trace);
  const lang = useSession((s) => s.settings.lang);
  const [max, setMax] = useState(false);
  const w = flowWords(lang);

  useEffect(() => {
    if (!max) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setMax(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [max]);

  return (
    <section
      className={`panel flow-panel${max ? ' is-max' : ''}`} aria-label={t('panel.flow')}
      data-testid="flow" data-run={trace ? 'run' : 'none'} data-expanded={max}
    >
      <header className="panel-header">
        <h2 className="panel-title">{t('panel.flow')}</h2>
        {max && <ul className="flow-legend" aria-label={w.legend}>
          <li><i className="lg lg-active" />{w.active}</li>
          <li><i className="lg lg-visited" />{w.visited}</li>
          <li><i className="lg lg-just" />{w.just}</li>
          <li><i className="lg lg-ok" />{w.gateTrue}</li>
        </ul>}
        <button
          type="button" className="btn btn-sm flow-expand" data-testid="flow.expand"
          onClick={() => setMax((m) => !m)} aria-pressed={max} title={max ? w.collapseTip : w.expandTip}
        >
          {max ? w.collapse : w.expand}
        </button>
      </header>
      <div className="panel-body flow-body">
        {trace ? (
          <ErrorBoundary resetKey={trace} fallback={(e) => <PanelError message={e.message} />}>
            <ReactFlowProvider>
              <FlowCanvas trace={trace} lang={lang} expanded={max} />
            </ReactFlowProvider>
          </ErrorBoundary>
        ) : (
          <p className="empty">{t('status.noRun')}</p>
        )}
      </div>
    </section>
  );
}
