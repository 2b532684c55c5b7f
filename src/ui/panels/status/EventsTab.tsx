import { useActions, useSession, useSessionApi } from '@/state/hooks';
import { formatClock, selectEventsUntil } from '@/state/selectors';
import type { SimEvent } from '@/engine';
import { useT } from '../../useT';

/**
 * Events up to the cursor, newest first. Clicking one jumps there and highlights its cause (the
 * manifest field in SimEvent.cause, e.g. the livenessProbe an Unhealthy event came from).
 */
export function EventsTab({ cursor }: { cursor: number }) {
  const t = useT();
  const trace = useSession((s) => s.run.trace);
  const selected = useSession((s) => (s.selection?.kind === 'event' ? s.selection.index : -1));
  const { store } = useSessionApi();
  const actions = useActions();
  const events = selectEventsUntil(trace, cursor);
  if (events.length === 0) return <p className="empty">{t('status.events.none')}</p>;

  const pick = (e: SimEvent, index: number) => {
    const path = e.cause ?? (e.container ? containerPath(e.container) : undefined);
    // The manifest parser loads on the first click (it is not startup code); later clicks reuse it.
    void import('@/state/locate').then(({ locateLines }) => {
      const lines = locateLines(store.getState().text, path);
      actions.select({ kind: 'event', index, ...(lines ? { lines } : {}) });
    });
  };
  const containerPath = (name: string) => {
    const pod = trace?.pod;
    return [...(pod?.initContainers ?? []), ...(pod?.containers ?? [])].find((c) => c.name === name)?.path;
  };

  return (
    <div className="events">
      <p className="hint">{t('status.events.hint')}</p>
      <ol className="event-list" data-testid="status.events" reversed>
        {events
          .map((e, i) => ({ e, i }))
          .reverse()
          .map(({ e, i }) => (
            <li key={i}>
              <button
                type="button"
                className={`event event-${e.type.toLowerCase()}${i === selected ? ' is-selected' : ''}`}
                onClick={() => pick(e, i)}
                data-testid="status.event"
                data-reason={e.reason}
              >
                <span className="event-time mono">{formatClock(e.t)}</span>
                <span className={`event-reason tone-${e.type === 'Warning' ? 'bad' : 'neutral'}`}>{e.reason}</span>
                <span className="event-message">{e.message}</span>
                <span className="event-source mono muted">{e.container ?? e.source}</span>
              </button>
            </li>
          ))}
      </ol>
    </div>
  );
}
