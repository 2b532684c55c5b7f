import { useState, useSyncExternalStore, type ReactNode } from 'react';
import { useT } from '../useT';
import { ErrorBoundary } from './ErrorBoundary';
import { crashVersion, disarmCrash, isArmed, subscribeCrash, type PanelName } from './crashHooks';


/** Throws while the test hook has this panel armed (see crashHooks). */
function CrashProbe({ name }: { name: PanelName }) {
  useSyncExternalStore(subscribeCrash, crashVersion, crashVersion);
  if (isArmed(name)) throw new Error(`${name} panel crashed (test hook)`);
  return null;
}

function PanelCrash({ name, error, onRetry }: { name: PanelName; error: Error; onRetry(): void }) {
  const t = useT();
  return (
    <section className="panel panel-crashed" role="alert" data-testid={`crash.${name}`}>
      <div className="panel-error">
        <span>
          <strong>{t('panel.crashed')}</strong> — {error.message || error.name}. {t('panel.crashed.safe')}
        </span>
        <button type="button" className="btn btn-sm" data-testid={`crash.${name}.retry`} onClick={onRetry}>
          {t('panel.crashed.retry')}
        </button>
      </div>
    </section>
  );
}

/**
 * An error boundary around one panel of the page: a crash shows a message with a retry button in
 * that panel's place, and every other panel (the editor above all) keeps working. The store, and
 * with it the user's text and the autosave, lives outside React, so nothing is lost.
 */
export function PanelGuard({ name, children }: { name: PanelName; children: ReactNode }) {
  const [attempt, setAttempt] = useState(0);
  const retry = () => {
    disarmCrash(name);
    setAttempt((a) => a + 1);
  };
  return (
    <ErrorBoundary resetKey={attempt} fallback={(e) => <PanelCrash name={name} error={e} onRetry={retry} />}>
      <CrashProbe name={name} />
      {children}
    </ErrorBoundary>
  );
}
