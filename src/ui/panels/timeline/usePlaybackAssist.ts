/**
 * Two playback helpers that follow the cursor while playing: "skip idle" jumps over stretches where
 * nothing happens (a 5-minute back-off), and the horizon grows before playback reaches it (the
 * session re-simulates further; the simulation is deterministic, so the past does not change).
 */
import { useEffect } from 'react';
import type { Trace } from '@/engine';
import type { Session } from '@/state/createSession';
import { useSessionApi } from '@/state/hooks';
import { formatClock } from '@/state/selectors';
import { horizonStep, skipIdleTarget, traceRecords, TRACE_RECORD_BUDGET } from './model/stepping';

/** Installs both helpers; `activity` is the sorted activity times of the current trace. */
export function usePlaybackAssist(activity: readonly number[], skipIdle: boolean): void {
  const session = useSessionApi();
  useEffect(() => attachPlaybackAssist(session, activity, skipIdle), [session, activity, skipIdle]);
}

/** The helpers on a session's store, without React (tested directly); returns the unsubscribe. */
export function attachPlaybackAssist(session: Pick<Session, 'store' | 'playback' | 'actions'>, activity: readonly number[], skipIdle: boolean): () => void {
  const { store, playback, actions } = session;
  // The trace the "horizon is full" notice was shown for (once per trace, not once per frame).
  let toldFull: Trace | null = null;
  return store.subscribe((s, prev) => {
    if (s.cursor === prev.cursor || !playback.getSnapshot().matches('playing')) return;
    const trace = s.run.trace;
    if (!trace) return;
    const step = s.run.status === 'running' ? null : horizonStep(s.cursor, s.until, trace.goneAt, traceRecords(trace));
    if (step?.kind === 'extend') actions.extendHorizon(step.until);
    if (step?.kind === 'full' && toldFull !== trace) {
      toldFull = trace;
      actions.notify({ kind: 'info', key: 'notice.horizon.full', vars: { time: formatClock(s.until), records: TRACE_RECORD_BUDGET.toLocaleString('en-US') } });
    }
    if (skipIdle) {
      const target = skipIdleTarget(activity, s.cursor);
      // Never skip past what has been simulated: the next activity may lie beyond the horizon.
      if (target !== null && target < trace.until) actions.seek(target);
    }
  });
}
