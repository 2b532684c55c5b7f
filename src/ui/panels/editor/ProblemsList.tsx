import { useSession, useActions } from '@/state/hooks';
import type { Diagnostic } from '@/engine';
import { Icon } from '../../components/Icon';
import { useT } from '../../useT';

const ORDER: Record<Diagnostic['severity'], number> = { error: 0, warning: 1, info: 2 };

/** Engine diagnostics (and bad interventions) as a list; a click jumps to the line. */
export function ProblemsList() {
  const t = useT();
  const diagnostics = useSession((s) => s.run.diagnostics);
  const actionErrors = useSession((s) => s.run.actionErrors);
  const interventions = useSession((s) => s.interventions);
  const actions = useActions();
  const sorted = diagnostics
    .map((d, index) => ({ d, index }))
    .sort((a, b) => ORDER[a.d.severity] - ORDER[b.d.severity] || (a.d.range?.start.line ?? 0) - (b.d.range?.start.line ?? 0));
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const total = diagnostics.length + actionErrors.length;

  return (
    <section className="panel problems-panel" aria-label={t('problems.title')} data-testid="problems">
      <header className="panel-header">
        <h2 className="panel-title">
          {t('problems.title')}
          {total > 0 && <span className={`count${errors ? ' count-danger' : ''}`}>{total}</span>}
        </h2>
      </header>
      <div className="panel-body problems-body">
        {total === 0 ? (
          <p className="empty"><Icon name="check" size={14} /> {t('problems.none')}</p>
        ) : (
          <ul className="problem-list">
            {sorted.map(({ d, index }) => (
              <li key={index}>
                <button
                  type="button"
                  className={`problem problem-${d.severity}`}
                  data-testid="problems.item"
                  onClick={() =>
                    d.range &&
                    actions.select({ kind: 'problem', index, lines: { start: d.range.start.line, end: d.range.end.line } })
                  }
                >
                  <Icon name={d.severity === 'info' ? 'info' : d.severity} size={14} />
                  <span className="problem-message">{d.message}</span>
                  <span className="problem-code">{d.code}</span>
                  {d.range && <span className="problem-loc">{t('problems.line', { line: d.range.start.line, column: d.range.start.column })}</span>}
                </button>
              </li>
            ))}
            {actionErrors.map((e) => (
              <li key={`a${e.index}`}>
                <span className="problem problem-error">
                  <Icon name="error" size={14} />
                  <span className="problem-message">{t('action.invalid', { error: e.message })}</span>
                  <code className="problem-code">{interventions[e.index]}</code>
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
