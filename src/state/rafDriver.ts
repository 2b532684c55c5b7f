/**
 * Feeds wall-clock time to the playback actor with requestAnimationFrame while it is playing.
 * The loop only runs in the `playing` state, so an idle page costs nothing.
 */
import type { Actor } from 'xstate';
import type { PlaybackMachine } from './machines/playbackMachine';

/** A hidden tab or a debugger pause must not jump the run by minutes. */
const MAX_FRAME_MS = 100;

/** Starts the driver; returns a function that stops it. */
export function startRafDriver(actor: Actor<PlaybackMachine>): () => void {
  if (typeof requestAnimationFrame !== 'function') return () => {};
  let handle = 0;
  let last = 0;
  const frame = (now: number) => {
    const dt = last ? Math.min(now - last, MAX_FRAME_MS) : 0;
    last = now;
    actor.send({ type: 'tick', dtMs: dt });
    handle = actor.getSnapshot().matches('playing') ? requestAnimationFrame(frame) : 0;
  };
  const sub = actor.subscribe((snap) => {
    if (snap.matches('playing') && handle === 0) {
      last = 0;
      handle = requestAnimationFrame(frame);
    }
  });
  return () => {
    sub.unsubscribe();
    if (handle) cancelAnimationFrame(handle);
  };
}
