/**
 * React adapters over a session: the context, narrow store selectors and the playback actor.
 * Components subscribe narrowly (`useSession(s => s.cursor)`), never to the whole state.
 */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { useSelector } from '@xstate/react';
import type { Session, SessionActions } from './createSession';
import type { SessionState } from './types';

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
