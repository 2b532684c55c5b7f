import { useEffect, useLayoutEffect, useRef } from 'react';
import { useSession, useSessionApi } from '@/state/hooks';

/** Names of the User Timing marks the page sets (read by bench/browser.bench.ts). */
export const MARK = {
  /** A new trace reached the DOM (timeline, status, flow committed in the same React commit; only a
   *  longer horizon's timeline is drawn deferred, see useTimelineData). */
  runCommitted: 'podlife:run-committed',
  /** The frame showing that trace has been produced (after the next animation frame). */
  runPainted: 'podlife:run-painted',
  /** The editor shows its first line and the status panel shows the first run. */
  interactive: 'podlife:interactive',
} as const;

const EDITOR_LINE = '.monaco-editor .view-line';

function afterPaint(fn: () => void) {
  requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => fn();
    ch.port2.postMessage(0);
  });
}

/** Replaces the previous mark of the same name, so a long session keeps one entry per name. */
function mark(name: string, detail?: unknown) {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  performance.clearMarks(name);
  performance.mark(name, detail === undefined ? undefined : { detail });
}

/**
 * Sets performance marks when a run is rendered and when the page first becomes usable, so the
 * browser benchmark measures what the user sees rather than guessing with timers. Renders nothing.
 */
export function PerfMarks() {
  const { store } = useSessionApi();
  const trace = useSession((s) => s.run.trace);
  const interactive = useRef(false);

  // Once per trace: a run that fails validation keeps the old trace but brings its own `ms`, so
  // `ms` is read from the store when the trace commits rather than being a dependency.
  useLayoutEffect(() => {
    if (!trace) return;
    const { ms } = store.getState().run;
    mark(MARK.runCommitted, { ms });
    afterPaint(() => mark(MARK.runPainted, { ms }));
  }, [trace, store]);

  useEffect(() => {
    if (!trace || interactive.current) return;
    const done = () => {
      if (interactive.current || !document.querySelector(EDITOR_LINE)) return false;
      interactive.current = true;
      afterPaint(() => mark(MARK.interactive));
      return true;
    };
    if (done()) return;
    const mo = new MutationObserver(() => done() && mo.disconnect());
    mo.observe(document.body, { childList: true, subtree: true });
    return () => mo.disconnect();
  }, [trace]);

  return null;
}
