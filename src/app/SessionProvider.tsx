import { useEffect, useState, type ReactNode } from 'react';
import { createSession, type Session, type SessionInit } from '@/state/createSession';
import { SessionContext } from '@/state/hooks';
import { decodeShare, isShareHash } from '@/state/share';
import { cleanUrl } from './boot';
import { installTestApi } from './testApi';

/**
 * Owns one session for the page's lifetime: creates it from the boot data, flushes the autosave on
 * pagehide, wires the test bridge, and disposes it on unmount (StrictMode mounts twice).
 */
export function SessionProvider({ init, children }: { init: SessionInit; children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(null);

  useEffect(() => {
    const s = createSession(init);
    setSession(s);
    cleanUrl(s.store.getState().origin === 'shared');
    const onHide = () => s.actions.flush();
    window.addEventListener('pagehide', onHide);
    // Once a shared session is edited it is the user's: drop the link so a reload shows their work.
    const unsub = s.store.subscribe((st, prev) => {
      if (prev.origin === 'shared' && st.origin !== 'shared') cleanUrl(false);
    });
    // A share link pasted into this tab changes only the hash: open it like a fresh load would.
    const onHash = () => {
      if (!isShareHash(window.location.hash)) return;
      decodeShare(window.location.hash).then(
        (shared) => s.actions.loadData(shared, 'shared'),
        (e: unknown) => {
          s.actions.notify({ kind: 'error', key: 'notice.share.bad', vars: { error: e instanceof Error ? e.message : 'unknown' } });
          cleanUrl(false);
        },
      );
    };
    window.addEventListener('hashchange', onHash);
    const removeApi = installTestApi(s);
    return () => {
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('pagehide', onHide);
      unsub();
      removeApi();
      s.dispose();
    };
  }, [init]);

  if (!session) return null;
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
