/**
 * Two playback helpers that follow the cursor while playing: "skip idle" jumps over stretches where
 * nothing happens (a 5-minute back-off), and the horizon grows before playback reaches it (the
 * session re-simulates further; the simulation is deterministic, so the past does not change).
 */
import { useEffect } from 'react';
import { useSessionApi } from '@/state/hooks';
import { extendedHorizon, skipIdleTarget } from './model/stepping';

/** Installs both helpers; `activity` is the sorted activity times of the current trace. */
export function usePlaybackAssist(activity: readonly number[], skipIdle: boolean): void {
  const session = useSessionApi();
  useEffect(() => {
    const { store, playback, actions } = session;
    return store.subscribe((s, prev) => {
      if (s.cursor === prev.cursor || !playback.getSnapshot().matches('playing')) return;
      const trace = s.run.trace;
      if (!trace) return;
      const horizon = extendedHorizon(s.cursor, s.until, trace.goneAt);
      if (horizon !== null && s.run.status !== 'running') actions.extendHorizon(horizon);
      if (skipIdle) {
        const target = skipIdleTarget(activity, s.cursor);
        // Never skip past what has been simulated: the next activity may lie beyond the horizon.
        if (target !== null && target < trace.until) actions.seek(target);
      }
    });
  }, [session, activity, skipIdle]);
}
