/**
 * The cursor as a slow panel should see it. While playback runs, a panel that is not the timeline
 * (status cards, describe text, narration, flow diagram) does not need 60 updates a second: it gets
 * the cursor at most once per `slot` of wall time. Panels use different `phase`s so that their
 * updates fall in different animation frames instead of piling up in one (frame time p95 budget,
 * ARCHITECTURE §8). With `bursts`, the same holds while the user scrubs (seeks less than a slot
 * apart); a lone seek or click is published at once, and whatever was held back is published when
 * playback stops or the burst ends.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { SessionState } from './types';

/** What the throttle needs from a session (a Session satisfies it). */
export interface CursorSource {
  store: Pick<StoreApi<SessionState>, 'getState' | 'subscribe'>;
  playback: {
    getSnapshot(): { matches(state: 'playing'): boolean };
    subscribe(fn: () => void): { unsubscribe(): void };
  };
}

export interface ThrottleOptions {
  /** Wall-clock slot length in ms (100 = at most 10 updates per second while playing). */
  slotMs: number;
  /** Offset of this panel's slots in ms, in [0, slotMs). */
  phase?: number;
  /** Also throttle bursts of seeks (scrubbing), not only playback. */
  bursts?: boolean;
  /** Wall clock (injected in tests). */
  now?: () => number;
}

/** A tiny external store for `useSyncExternalStore`: `get()` is the published cursor. */
export interface ThrottledCursor {
  get(): number;
  subscribe(fn: () => void): () => void;
}

const wallClock = () => (typeof performance !== 'undefined' ? performance.now() : 0);

/** Creates the throttled view of a session's cursor. */
export function createThrottledCursor(source: CursorSource, opts: ThrottleOptions): ThrottledCursor {
  const now = opts.now ?? wallClock;
  const phase = opts.phase ?? 0;
  const slotOf = (t: number) => Math.floor((t + phase) / opts.slotMs);
  let published = source.store.getState().cursor;
  let slot = -1;
  return {
    get: () => published,
    subscribe(fn) {
      const publish = (cursor: number) => {
        if (cursor === published) return;
        published = cursor;
        fn();
      };
      // The cursor may have moved between render and subscription.
      publish(source.store.getState().cursor);
      let lastSeek = -Infinity;
      let trailing: ReturnType<typeof setTimeout> | undefined;
      const flushLater = () => {
        if (trailing !== undefined) clearTimeout(trailing);
        trailing = setTimeout(() => {
          trailing = undefined;
          publish(source.store.getState().cursor);
        }, opts.slotMs);
      };
      const unsubStore = source.store.subscribe((s, p) => {
        if (s.cursor === p.cursor) return;
        const t = now();
        const playing = source.playback.getSnapshot().matches('playing');
        const burst = !playing && opts.bursts === true && t - lastSeek < opts.slotMs;
        if (!playing) lastSeek = t;
        if (!playing && !burst) {
          slot = slotOf(t);
          return publish(s.cursor);
        }
        const next = slotOf(t);
        if (next !== slot) {
          slot = next;
          publish(s.cursor);
        } else if (burst) flushLater();
      });
      // Pause / end of run: show where playback stopped. Play: the panel is up to date, so its first
      // update waits for its own next slot (otherwise every panel would update in the first frame).
      const sub = source.playback.subscribe(() => {
        if (!source.playback.getSnapshot().matches('playing')) publish(source.store.getState().cursor);
        else slot = slotOf(now());
      });
      return () => {
        if (trailing !== undefined) clearTimeout(trailing);
        unsubStore();
        sub.unsubscribe();
      };
    },
  };
}
