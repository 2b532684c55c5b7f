import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createPlaybackMachine } from '@/state/machines/playbackMachine';

function harness(until = 10_000, speed = 2) {
  const store = { cursor: 0, until };
  const actor = createActor(
    createPlaybackMachine(
      { getCursor: () => store.cursor, setCursor: (ms) => (store.cursor = ms), getUntil: () => store.until },
      speed,
    ),
  ).start();
  return { store, actor, mode: () => actor.getSnapshot().value };
}

describe('playback machine', () => {
  it('advances the cursor by wall time × speed while playing, and not while paused', () => {
    const { store, actor, mode } = harness(10_000, 2);
    actor.send({ type: 'play' });
    expect(mode()).toBe('playing');
    actor.send({ type: 'tick', dtMs: 500 });
    expect(store.cursor).toBe(1000);
    actor.send({ type: 'pause' });
    actor.send({ type: 'tick', dtMs: 500 });
    expect(store.cursor).toBe(1000);
    expect(mode()).toBe('paused');
  });

  it('stops at the horizon and enters ended; play from ended restarts at 0', () => {
    const { store, actor, mode } = harness(1000, 1);
    actor.send({ type: 'play' });
    actor.send({ type: 'tick', dtMs: 5000 });
    expect(store.cursor).toBe(1000);
    expect(mode()).toBe('ended');
    actor.send({ type: 'play' });
    expect(store.cursor).toBe(0);
    expect(mode()).toBe('playing');
  });

  it('refuses to play when nothing has been simulated (horizon 0)', () => {
    const { actor, mode } = harness(0);
    actor.send({ type: 'play' });
    expect(mode()).toBe('idle');
  });

  it('seek clamps to [0, until]; seeking back from ended pauses there', () => {
    const { store, actor, mode } = harness(1000, 1);
    actor.send({ type: 'seek', ms: 5000 });
    expect(store.cursor).toBe(1000);
    actor.send({ type: 'seek', ms: -3 });
    expect(store.cursor).toBe(0);
    actor.send({ type: 'play' });
    actor.send({ type: 'tick', dtMs: 2000 });
    expect(mode()).toBe('ended');
    actor.send({ type: 'seek', ms: 400 });
    expect(mode()).toBe('paused');
    expect(store.cursor).toBe(400);
  });

  it('speed.set changes the rate in any state and ignores non-positive speeds', () => {
    const { store, actor } = harness(100_000, 1);
    actor.send({ type: 'speed.set', speed: 10 });
    actor.send({ type: 'speed.set', speed: 0 });
    actor.send({ type: 'play' });
    actor.send({ type: 'tick', dtMs: 100 });
    expect(store.cursor).toBe(1000);
  });

  it('a shorter new run while playing past its end ends playback (run.changed)', () => {
    const { store, actor, mode } = harness(10_000, 1);
    actor.send({ type: 'play' });
    actor.send({ type: 'tick', dtMs: 5000 });
    store.until = 3000;
    store.cursor = 3000;
    actor.send({ type: 'run.changed' });
    expect(mode()).toBe('ended');
  });
});
