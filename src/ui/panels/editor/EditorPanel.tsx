import { lazy, Suspense, useCallback } from 'react';
import { useActions, useSession } from '@/state/hooks';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { PanelError } from '../../components/PanelError';
import { useT } from '../../useT';
import { RunBadge } from './RunBadge';

// Monaco (~4 MB) loads behind the first paint.
const MonacoYamlEditor = lazy(() => import('./MonacoYamlEditor'));

/** The manifest editor with its run status badge. */
export function EditorPanel() {
  const t = useT();
  const text = useSession((s) => s.text);
  const diagnostics = useSession((s) => s.run.diagnostics);
  const selection = useSession((s) => s.selection);
  const theme = useSession((s) => s.settings.theme);
  const actions = useActions();
  const onChange = useCallback((next: string) => actions.setText(next), [actions]);

  return (
    <section className="panel editor-panel" aria-label={t('editor.title')} data-testid="editor">
      <header className="panel-header">
        <h2 className="panel-title">{t('editor.title')}</h2>
        <RunBadge />
      </header>
      <div className="panel-body editor-body">
        <ErrorBoundary fallback={(e) => <PanelError message={t('editor.failed', { error: e.message })} />}>
          <Suspense fallback={<div className="editor-loading">{t('editor.loading')}</div>}>
            <MonacoYamlEditor
              text={text}
              onChange={onChange}
              diagnostics={diagnostics}
              selection={selection}
              theme={theme}
              ariaLabel={t('editor.title')}
            />
          </Suspense>
        </ErrorBoundary>
      </div>
    </section>
  );
}
