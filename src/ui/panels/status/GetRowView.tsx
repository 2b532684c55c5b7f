import type { PodObject } from '@/engine';
import { selectGetRow } from '@/state/selectors';
import { PanelError } from '../../components/PanelError';
import { StatusWord } from './StatusWord';

/** The `kubectl get pod` row at the cursor, as a terminal-like table. */
export function GetRowView({ pod, cursor }: { pod: PodObject; cursor: number }) {
  const row = selectGetRow(pod, cursor);
  if (!row.ok) return <PanelError message={row.error} />;
  const r = row.value;
  if (!r) return null;
  return (
    <div className="getrow" data-testid="status.get">
      <div className="getrow-prompt">$ kubectl get pod {r.name}</div>
      <table className="getrow-table">
        <thead>
          <tr><th>NAME</th><th>READY</th><th>STATUS</th><th>RESTARTS</th><th>AGE</th></tr>
        </thead>
        <tbody>
          <tr>
            <td>{r.name}</td>
            <td data-testid="status.get.ready">{r.ready}</td>
            <td data-testid="status.get.status"><StatusWord word={r.status} /></td>
            <td data-testid="status.get.restarts">{r.restarts}</td>
            <td>{r.age}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
