import { lazy, Suspense, useState } from 'react';
import { useSession, useThrottledCursor } from '@/state/hooks';
import { formatClock, selectPod } from '@/state/selectors';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { PanelError } from '../../components/PanelError';
import { Tabs } from '../../components/Tabs';
import { useT } from '../../useT';
import { OverviewTab } from './OverviewTab';
import { EventsTab } from './EventsTab';
import { DescribeTab } from './TextTabs';
import { EndpointsTab } from './EndpointsTab';
import { GetRowView } from './GetRowView';
import './status.css';

// The YAML view needs the `yaml` printer (~30 KiB gzip): loaded when the tab is first opened.
const YamlTab = lazy(() => import('./YamlTab').then((m) => ({ default: m.YamlTab })));

/** The clock in the header follows playback frame by frame; it is the only part that does. */
function StatusClock() {
  const cursor = useSession((s) => s.cursor);
  return <span className="clock" data-testid="status.time">{formatClock(cursor)}</span>;
}

type TabId = 'overview' | 'events' | 'describe' | 'yaml' | 'endpoints';

/** The Pod at the cursor, read as kubectl would: get row, conditions, containers, describe, YAML. */
export function StatusPanel() {
  const t = useT();
  const trace = useSession((s) => s.run.trace);
  // The body (cards, describe text, events) is rebuilt at most 10 times a second while playing.
  const cursor = useThrottledCursor(0);
  const [tab, setTab] = useState<TabId>('overview');
  const pod = selectPod(trace, cursor);
  const tabs = [
    { id: 'overview', label: t('status.tab.overview') },
    { id: 'events', label: t('status.tab.events') },
    { id: 'describe', label: t('status.tab.describe') },
    { id: 'yaml', label: t('status.tab.yaml') },
    { id: 'endpoints', label: t('status.tab.endpoints') },
  ] as const;

  let body;
  if (!trace) body = <p className="empty empty-large">{t('status.noRun')}</p>;
  else if (!pod.ok) body = <PanelError message={pod.error} />;
  else {
    const p = pod.value;
    body = (
      <>
        {p ? <GetRowView pod={p} cursor={cursor} /> : <p className="empty">{cursor < 1 ? t('status.notCreated') : t('status.gone')}</p>}
        <Tabs<TabId> tabs={tabs} active={tab} onChange={setTab} label={t('status.heading')} testId="status.tabs">
          <ErrorBoundary resetKey={`${tab}:${cursor}`} fallback={(e) => <PanelError message={e.message} />}>
            {tab === 'overview' && <OverviewTab pod={p} cursor={cursor} />}
            {tab === 'events' && <EventsTab cursor={cursor} />}
            {tab === 'describe' && <DescribeTab pod={p} cursor={cursor} />}
            {tab === 'yaml' && <Suspense fallback={<p className="hint" aria-busy="true" />}><YamlTab pod={p} /></Suspense>}
            {tab === 'endpoints' && <EndpointsTab cursor={cursor} />}
          </ErrorBoundary>
        </Tabs>
      </>
    );
  }

  return (
    <section className="panel status-panel" aria-label={t('status.title', { time: formatClock(cursor) })} data-testid="status">
      <header className="panel-header">
        <h2 className="panel-title">
          {t('status.heading')}
          <StatusClock />
        </h2>
      </header>
      <div className="panel-body status-body">{body}</div>
    </section>
  );
}
