/**
 * Playback of a simulated run: idle → playing ⇄ paused → ended, with speed and seek.
 *
 * The machine owns the *mode* only; the cursor lives in the session store (one copy of the truth),
 * reached through the injected `PlaybackDeps`. Wall-clock time arrives as `tick` events (from a
 * requestAnimationFrame driver in the browser, from tests directly), so the machine itself is
 * deterministic and needs no timers.
 */
import { assign, setup } from 'xstate';

export interface PlaybackDeps {
  getCursor(): number;
  setCursor(ms: number): void;
  /** The run's horizon in ms (0 when nothing has been simulated). */
  getUntil(): number;
}

export type PlaybackEvent =
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'toggle' }
  | { type: 'restart' }
  | { type: 'seek'; ms: number }
  | { type: 'speed.set'; speed: number }
  /** `dtMs` of wall-clock time has passed while playing. */
  | { type: 'tick'; dtMs: number }
  /** A new run arrived (the horizon may have changed). */
  | { type: 'run.changed' };

export const SPEEDS = [0.25, 0.5, 1, 2, 5, 10, 30, 60, 100] as const;
export const DEFAULT_SPEED = 5;

/** Creates the playback machine bound to a store through `deps`. */
export function createPlaybackMachine(deps: PlaybackDeps, initialSpeed = DEFAULT_SPEED) {
  return setup({
    types: { context: {} as { speed: number }, events: {} as PlaybackEvent },
    guards: {
      isAtEnd: () => deps.getUntil() > 0 && deps.getCursor() >= deps.getUntil(),
      hasRun: () => deps.getUntil() > 0,
      isBeforeEnd: ({ event }) => event.type === 'seek' && event.ms < deps.getUntil(),
    },
    actions: {
      advance: ({ context, event }) => {
        if (event.type !== 'tick') return;
        const next = deps.getCursor() + Math.max(0, event.dtMs) * context.speed;
        deps.setCursor(Math.min(next, deps.getUntil()));
      },
      seekTo: ({ event }) => {
        if (event.type !== 'seek') return;
        deps.setCursor(Math.min(Math.max(0, event.ms), deps.getUntil()));
      },
      rewind: () => deps.setCursor(0),
      setSpeed: assign({
        speed: ({ context, event }) =>
          event.type === 'speed.set' && event.speed > 0 ? event.speed : context.speed,
      }),
    },
  }).createMachine({
    id: 'playback',
    context: { speed: initialSpeed },
    initial: 'idle',
    on: { 'speed.set': { actions: 'setSpeed' } },
    states: {
      idle: {
        on: {
          play: { guard: 'hasRun', target: 'playing' },
          toggle: { guard: 'hasRun', target: 'playing' },
          restart: { guard: 'hasRun', target: 'playing', actions: 'rewind' },
          seek: { actions: 'seekTo' },
        },
      },
      playing: {
        always: { guard: 'isAtEnd', target: 'ended' },
        on: {
          pause: 'paused',
          toggle: 'paused',
          tick: { actions: 'advance' },
          seek: { actions: 'seekTo' },
          restart: { actions: 'rewind' },
          'run.changed': { guard: 'isAtEnd', target: 'ended' },
        },
      },
      paused: {
        on: {
          play: 'playing',
          toggle: 'playing',
          restart: { target: 'playing', actions: 'rewind' },
          seek: { actions: 'seekTo' },
        },
      },
      ended: {
        on: {
          play: { target: 'playing', actions: 'rewind' },
          toggle: { target: 'playing', actions: 'rewind' },
          restart: { target: 'playing', actions: 'rewind' },
          // Seeking back from the end leaves the run paused there, ready to play.
          seek: [
            { guard: 'isBeforeEnd', target: 'paused', actions: 'seekTo' },
            { actions: 'seekTo' },
          ],
        },
      },
    },
  });
}

export type PlaybackMachine = ReturnType<typeof createPlaybackMachine>;
