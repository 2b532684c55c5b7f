import { useEffect, useState } from 'react';
import { Shell } from '@/ui/Shell';
import type { SessionInit } from '@/state/createSession';
import { bootInit } from './boot';
import { SessionProvider } from './SessionProvider';
import { PerfMarks } from './PerfMarks';
import { registerServiceWorker } from './serviceWorker';

/** Composition root: boot (share link / scenario / autosave), then one session for the page. */
export function App() {
  const [init, setInit] = useState<SessionInit | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => registerServiceWorker(), []);
  useEffect(() => {
    let live = true;
    bootInit(new URL(window.location.href), navigator.language).then(
      (i) => live && setInit(i),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, []);
  if (error) return <div className="boot-error" role="alert">PodLife could not start: {error}</div>;
  if (!init) return <div className="boot-splash" aria-busy="true" />;
  return (
    <SessionProvider init={init}>
      <PerfMarks />
      <Shell />
    </SessionProvider>
  );
}
