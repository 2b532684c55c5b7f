import type { PodObject } from '@/engine';
import { useSession } from '@/state/hooks';
import { selectContainerCards, selectProbeCounters } from '@/state/selectors';
import { useT } from '../../useT';
import { ConditionsTable } from './ConditionsTable';
import { ContainerCardView } from './ContainerCardView';
import { StatusWord } from './StatusWord';

/** Phase, conditions and one card per container at the cursor. */
export function OverviewTab({ pod, cursor }: { pod: PodObject | null; cursor: number }) {
  const t = useT();
  const trace = useSession((s) => s.run.trace);
  const cards = selectContainerCards(trace, pod);
  const probes = selectProbeCounters(trace, cursor);
  return (
    <div className="overview">
      {pod && (
        <div className="phase-line" data-testid="status.phase">
          <span className="label">{t('status.phase')}</span>
          <StatusWord word={pod.status.phase} />
          {pod.status.reason && <span className="mono muted">{pod.status.reason}</span>}
          {pod.metadata.deletionTimestamp && <span className="chip chip-warning">deletionTimestamp {pod.metadata.deletionTimestamp}</span>}
        </div>
      )}
      <h3 className="section-title">{t('status.containers')}</h3>
      <div className="cards">
        {cards.map((c) => (
          <ContainerCardView key={c.name} card={c} probes={probes.get(c.name) ?? []} />
        ))}
      </div>
      {pod && <ConditionsTable conditions={pod.status.conditions ?? []} />}
    </div>
  );
}
