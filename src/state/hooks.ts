/**
 * React adapters over a session: the context, narrow store selectors and the playback actor.
 * Components subscribe narrowly (`useSession(s => s.cursor)`), never to the whole state.
 */
import { createContext, useContext, useMemo, useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import { useSelector } from '@xstate/react';
import type { Session, SessionActions } from './createSession';
import type { SessionState } from './types';
import { createThrottledCursor } from './throttledCursor';

export const SessionContext = createContext<Session | null>(null);

/** The session from context; throws outside a provider (a programming error). */
export function useSessionApi(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSessionApi must be used inside <SessionContext.Provider>');
  return session;
}

/** A narrow, reactive read of the session store. */
export function useSession<T>(selector: (s: SessionState) => T): T {
  return useStore(useSessionApi().store, selector);
}

/** The session's actions (stable object). */
export function useActions(): SessionActions {
  return useSessionApi().actions;
}

/** The playback mode: 'idle' | 'playing' | 'paused' | 'ended'. */
export function usePlaybackMode(): 'idle' | 'playing' | 'paused' | 'ended' {
  const { playback } = useSessionApi();
  return useSelector(playback, (s) => s.value as 'idle' | 'playing' | 'paused' | 'ended');
}

/** Slot length of the slow panels while playing: 10 updates a second are plenty to read. */
export const SLOW_PANEL_MS = 100;

/**
 * The cursor for a panel that need not follow playback frame by frame: at most one update per
 * `slotMs` while playing (at `phase` within the slot, so panels take turns) and, with `bursts`,
 * while scrubbing; a lone seek is shown at once.
 */
export function useThrottledCursor(phase = 0, bursts = false, slotMs = SLOW_PANEL_MS): number {
  const session = useSessionApi();
  const throttled = useMemo(
    () => createThrottledCursor(session, { slotMs, phase, bursts }),
    [session, slotMs, phase, bursts],
  );
  return useSyncExternalStore(throttled.subscribe, throttled.get);
}
