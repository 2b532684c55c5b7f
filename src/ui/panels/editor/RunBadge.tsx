import { humanDurationSafe } from './humanDurationSafe';
import { useSession } from '@/state/hooks';
import { extensionOf } from '@/state/traceDelta';
import { Icon } from '../../components/Icon';
import { useT } from '../../useT';

/** Run status next to the editor title: simulating / simulated / stale / failed. */
export function RunBadge() {
  const t = useT();
  const run = useSession((s) => s.run);
  const until = useSession((s) => s.until);
  if (run.error) {
    return (
      <span className="chip chip-danger" role="alert" data-testid="run.error" title={run.error}>
        <Icon name="error" size={14} />
        {t('run.engineError', { error: run.error })}
      </span>
    );
  }
  if (run.stale) {
    return (
      <span className="chip chip-warning" data-testid="run.stale" title={t('run.stale.hint')}>
        <Icon name="warning" size={14} />
        {t('run.stale')}
        <span className="chip-detail">{t('run.stale.hint')}</span>
      </span>
    );
  }
  if (run.status === 'running') {
    return <span className="chip chip-muted" data-testid="run.running"><span className="spinner" />{t('run.running')}</span>;
  }
  if (run.status === 'invalid' && !run.trace) {
    return <span className="chip chip-muted" data-testid="run.nopod">{t('run.noPod')}</span>;
  }
  if (run.status === 'ok') {
    return (
      <span className="chip chip-success" data-testid="run.ok">
        <Icon name="check" size={14} />
        {/* A trace extended by a delta took `ms` for the new stretch only: say so. */}
        {t(run.trace && extensionOf(run.trace) ? 'run.extended' : 'run.ok', { until: humanDurationSafe(until), ms: run.ms })}
      </span>
    );
  }
  return null;
}
