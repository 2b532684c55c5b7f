import { useState } from 'react';
import { useActions, useSession } from '@/state/hooks';
import { formatClock } from '@/state/selectors';
import { Icon } from '../../components/Icon';
import { useT } from '../../useT';

/** The prompt's clock: the only part of the bar that follows playback frame by frame. */
function AtClock() {
  const cursor = useSession((s) => s.cursor);
  return <>@{formatClock(cursor)}</>;
}

/** kubectl-like actions at the cursor (`delete --grace-period=5`, `kill app`), forking the future. */
export function InterventionBar() {
  const t = useT();
  const actions = useActions();
  const interventions = useSession((s) => s.interventions);
  const errors = useSession((s) => s.run.actionErrors);
  const [draft, setDraft] = useState('');
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!draft.trim()) return;
    actions.addIntervention(draft);
    setDraft('');
  };
  return (
    <div className="interventions" data-testid="interventions">
      <form className="action-form" onSubmit={submit}>
        <span className="action-prompt mono">
          <Icon name="bolt" size={14} /><AtClock /> $ kubectl
        </span>
        <input
          className="input mono"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          placeholder={t('action.placeholder')}
          aria-label={t('action.title')}
          spellCheck={false}
          data-testid="interventions.input"
        />
        <button type="submit" className="btn btn-sm" disabled={!draft.trim()}>{t('action.add')}</button>
      </form>
      {interventions.length > 0 && (
        <ul className="action-chips" aria-label={t('action.title')}>
          {interventions.map((line, i) => (
            <li key={`${i}:${line}`} className={`chip chip-action${errors.some((e) => e.index === i) ? ' chip-danger' : ''}`}>
              <span className="mono">{line}</span>
              <button type="button" className="chip-x" onClick={() => actions.removeIntervention(i)} aria-label={`${t('action.remove')} ${line}`}>
                <Icon name="close" size={12} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
