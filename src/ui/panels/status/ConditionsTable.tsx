import type { PodCondition } from '@/engine';
import { useT } from '../../useT';
import { StatusWord } from './StatusWord';

/** Pod conditions with status, reason and lastTransitionTime (time part only: the date is fixed). */
export function ConditionsTable({ conditions }: { conditions: readonly PodCondition[] }) {
  const t = useT();
  if (conditions.length === 0) return null;
  return (
    <>
      <h3 className="section-title">{t('status.conditions')}</h3>
      <table className="table conditions" data-testid="status.conditions">
        <thead>
          <tr>
            <th>{t('status.condition.type')}</th>
            <th>{t('status.condition.status')}</th>
            <th>{t('status.condition.reason')}</th>
            <th>{t('status.condition.since')}</th>
          </tr>
        </thead>
        <tbody>
          {conditions.map((c) => (
            <tr key={c.type} data-condition={c.type}>
              <td className="mono">{c.type}</td>
              <td><StatusWord word={c.status} /></td>
              <td className="mono muted">{c.reason ?? ''}</td>
              <td className="mono muted" title={c.lastTransitionTime}>{c.lastTransitionTime?.slice(11, 19) ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
