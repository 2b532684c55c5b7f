import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { createThrottledCursor, type CursorSource } from '@/state/throttledCursor';
import type { SessionState } from '@/state/types';

/** A session-shaped source: a store with a cursor and a playback mode that tests flip by hand. */
function fakeSession() {
  const store = createStore<SessionState>()(() => ({ cursor: 0 }) as SessionState);
  let playing = false;
  const modeSubs = new Set<() => void>();
  const source: CursorSource = {
    store,
    playback: {
      getSnapshot: () => ({ matches: () => playing }),
      subscribe(fn) {
        modeSubs.add(fn);
        return { unsubscribe: () => modeSubs.delete(fn) };
      },
    },
  };
  return {
    source,
    seek: (ms: number) => store.setState({ cursor: ms }),
    setPlaying(on: boolean) {
      playing = on;
      for (const fn of modeSubs) fn();
    },
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('throttled cursor (slow panels during playback)', () => {
  it('publishes every seek at once while not playing (scrubbing stays immediate)', () => {
    const s = fakeSession();
    const tc = createThrottledCursor(s.source, { slotMs: 100, now: () => 0 });
    let calls = 0;
    tc.subscribe(() => calls++);
    s.seek(5_000);
    s.seek(7_000);
    expect(tc.get()).toBe(7_000);
    expect(calls).toBe(2);
  });

  it('while playing, publishes at most once per wall-clock slot, then the held-back value on pause', () => {
    const s = fakeSession();
    let wall = 0;
    const tc = createThrottledCursor(s.source, { slotMs: 100, now: () => wall });
    tc.subscribe(() => {});
    s.setPlaying(true);
    // 60 fps for 200 ms of wall time: frames at 0, 16.7, … → slots 0 and 1 only (plus the 200 ms edge).
    const seen = new Set<number>();
    for (let f = 0; f < 12; f++) {
      wall = f * 16.7;
      s.seek(1_000 + f * 1_000);
      seen.add(tc.get());
    }
    expect(seen.size).toBe(2);
    expect(tc.get()).toBe(7_000); // the first frame of the second slot (wall 100.2 ms)
    s.setPlaying(false);
    expect(tc.get()).toBe(12_000);
  });

  it('a phase shifts the slot boundaries, so two panels update in different frames', () => {
    const s = fakeSession();
    let wall = 0;
    const a = createThrottledCursor(s.source, { slotMs: 100, phase: 0, now: () => wall });
    const b = createThrottledCursor(s.source, { slotMs: 100, phase: 50, now: () => wall });
    const hits: { a: number[]; b: number[] } = { a: [], b: [] };
    a.subscribe(() => hits.a.push(wall));
    b.subscribe(() => hits.b.push(wall));
    s.setPlaying(true);
    for (let f = 1; f <= 30; f++) {
      wall = f * 16.7;
      s.seek(f * 1_000);
    }
    expect(hits.a.length).toBeGreaterThanOrEqual(4);
    expect(hits.b.length).toBeGreaterThanOrEqual(4);
    expect(hits.a.filter((t) => hits.b.includes(t))).toHaveLength(0);
  });

  it('with bursts, rapid seeks (scrubbing) are throttled too and the last one is shown when the burst ends', () => {
    vi.useFakeTimers();
    const s = fakeSession();
    let wall = 1_000;
    const tc = createThrottledCursor(s.source, { slotMs: 100, bursts: true, now: () => wall });
    const shown: number[] = [];
    tc.subscribe(() => shown.push(tc.get()));
    s.seek(1_000); // a lone seek: at once
    expect(shown).toEqual([1_000]);
    wall += 20;
    s.seek(2_000); // 20 ms later, same slot: held back
    wall += 20;
    s.seek(3_000);
    expect(tc.get()).toBe(1_000);
    vi.advanceTimersByTime(100); // the burst is over: the last position is published
    expect(tc.get()).toBe(3_000);
    wall += 500;
    s.seek(9_000); // long after: a lone seek again
    expect(tc.get()).toBe(9_000);
  });

  it('without bursts, rapid seeks are all published (panels that must follow the mouse)', () => {
    const s = fakeSession();
    const tc = createThrottledCursor(s.source, { slotMs: 100, now: () => 0 });
    tc.subscribe(() => {});
    for (const ms of [1_000, 2_000, 3_000]) {
      s.seek(ms);
      expect(tc.get()).toBe(ms);
    }
  });

  it('unsubscribing stops updates (a panel that unmounts costs nothing)', () => {
    const s = fakeSession();
    const tc = createThrottledCursor(s.source, { slotMs: 100, now: () => 0 });
    let calls = 0;
    const off = tc.subscribe(() => calls++);
    off();
    s.seek(9_000);
    s.setPlaying(true);
    s.setPlaying(false);
    expect(calls).toBe(0);
  });
});
