import { useSession } from '@/state/hooks';
import { selectEndpoints } from '@/state/selectors';
import { useT } from '../../useT';
import { StatusWord } from './StatusWord';

/** Each Service in the manifest and whether its endpoints list the Pod at the cursor. */
export function EndpointsTab({ cursor }: { cursor: number }) {
  const t = useT();
  const trace = useSession((s) => s.run.trace);
  const list = selectEndpoints(trace, cursor);
  if (list.length === 0) return <p className="empty">{t('status.endpoints.none')}</p>;
  return (
    <ul className="endpoints" data-testid="status.endpoints">
      {list.map((e) => (
        <li key={e.name} className="endpoint">
          <span className="mono strong">service/{e.name}</span>
          <span className="mono muted">{e.ports}</span>
          <StatusWord word={e.ready ? 'Ready' : 'NotReady'} />
          <span className="muted">{e.ready ? t('status.endpoints.ready') : t('status.endpoints.notReady')}</span>
        </li>
      ))}
    </ul>
  );
}
