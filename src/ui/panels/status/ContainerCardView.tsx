import type { ContainerCard, ProbeCounter } from '@/state/selectors';
import { stateOf } from '@/state/selectors';
import { useT } from '../../useT';
import { StatusWord } from './StatusWord';

function ProbeChip({ p }: { p: ProbeCounter }) {
  const t = useT();
  const probe = `${p.probe}Probe`;
  if (p.result === null) return <span className="probe probe-none">{t('status.probe.none', { probe })}</span>;
  if (p.result === 'unknown') return <span className="probe probe-warn">{t('status.probe.unknown', { probe })}</span>;
  const failing = p.result === 'failure';
  return (
    <span className={`probe ${failing ? 'probe-bad' : 'probe-ok'}`} data-testid={`probe.${p.probe}`}>
      {t(failing ? 'status.probe.failures' : 'status.probe.successes', { probe, run: p.run, threshold: p.threshold })}
    </span>
  );
}

/** One container at the cursor: state and reason, exit code, restarts, ready/started, probes. */
export function ContainerCardView({ card, probes }: { card: ContainerCard; probes: readonly ProbeCounter[] }) {
  const t = useT();
  const s = card.status;
  const { state, reason } = stateOf(s);
  const last = stateOf(s ? { ...s, state: s.lastState } : null);
  const exitCode = s?.state.terminated?.exitCode ?? s?.lastState.terminated?.exitCode;
  return (
    <article className={`card card-${state}`} data-testid={`container.${card.name}`}>
      <header className="card-header">
        <span className={`kind kind-${card.kind}`}>{t(`status.container.kind.${card.kind}`)}</span>
        <strong className="card-name">{card.name}</strong>
        <span className="card-image mono muted" title={card.image}>{card.image}</span>
      </header>
      {s ? (
        <dl className="facts">
          <div><dt>{t('status.container.state')}</dt><dd><span className="mono muted">{state}</span> <StatusWord word={reason} /></dd></div>
          {last.state !== 'none' && <div><dt>{t('status.container.lastState')}</dt><dd><span className="mono muted">{last.state}</span> <StatusWord word={last.reason} /></dd></div>}
          {exitCode !== undefined && <div><dt>{t('status.container.exitCode')}</dt><dd className="mono">{exitCode}</dd></div>}
          <div><dt>{t('status.container.restarts')}</dt><dd className="mono" data-testid="container.restarts">{s.restartCount}</dd></div>
          <div><dt>{t('status.container.ready')}</dt><dd><StatusWord word={s.ready ? 'True' : 'False'} /></dd></div>
          {s.started !== undefined && <div><dt>{t('status.container.started')}</dt><dd><StatusWord word={s.started ? 'True' : 'False'} /></dd></div>}
        </dl>
      ) : (
        <p className="empty">{t('status.container.noStatus')}</p>
      )}
      {probes.length > 0 && (
        <div className="probes">
          {probes.map((p) => <ProbeChip key={p.probe} p={p} />)}
        </div>
      )}
    </article>
  );
}
