/**
 * Extending a trace without sending it again. The simulation is incremental (`advance(until)` only
 * appends: the past never changes), so when playback grows the horizon the worker sends what is new
 * since the trace the page already holds, and the page appends it.
 *
 * Why: the heavy pod's 1.5 h trace is ~20 MB of objects; cloning it to the main thread on every
 * extension was an 85 ms task before any drawing. A delta is the new half hour only.
 *
 * Frames, events, probe results and transitions are append-only in the engine (checked for every
 * built-in scenario by tests/unit/state/traceDelta.test.ts). Spans are not (an open span gets its
 * end later) and diagnostics may grow anywhere, so both travel whole; they are small.
 */
import type { Trace } from '@/engine';

/** The append-only lists of a trace. */
type Appended = 'frames' | 'events' | 'probes' | 'transitions';

/** How long each append-only list was when the page last received the trace. */
export type TraceLengths = Record<Appended, number>;

/** What a trace gained since `base` (the serial of the trace the page holds). */
export interface TraceDelta {
  base: number;
  until: number;
  goneAt?: number;
  frames: Trace['frames'];
  events: Trace['events'];
  probes: Trace['probes'];
  transitions: Trace['transitions'];
  spans: Trace['spans'];
  diagnostics: Trace['diagnostics'];
}

export function lengthsOf(trace: Trace): TraceLengths {
  return { frames: trace.frames.length, events: trace.events.length, probes: trace.probes.length, transitions: trace.transitions.length };
}

/** The part of `trace` after `from` (taken when the page received serial `base`). */
export function traceDelta(trace: Trace, from: TraceLengths, base: number): TraceDelta {
  return {
    base,
    until: trace.until,
    ...(trace.goneAt !== undefined ? { goneAt: trace.goneAt } : {}),
    frames: trace.frames.slice(from.frames),
    events: trace.events.slice(from.events),
    probes: trace.probes.slice(from.probes),
    transitions: trace.transitions.slice(from.transitions),
    spans: trace.spans,
    diagnostics: trace.diagnostics,
  };
}

/** Which trace a trace was extended from, and how long its lists were (for incremental indexes). */
const extensions = new WeakMap<Trace, { prev: Trace; from: TraceLengths }>();

/** The trace `trace` was made from by applyTraceDelta, if it was (an index of `prev` can be extended). */
export function extensionOf(trace: Trace): { prev: Trace; from: TraceLengths } | undefined {
  return extensions.get(trace);
}

/**
 * A new trace object: `prev` (left untouched — the page treats traces as immutable and caches per
 * trace) with the delta appended.
 */
export function applyTraceDelta(prev: Trace, d: TraceDelta): Trace {
  const next: Trace = {
    ...prev,
    until: d.until,
    frames: prev.frames.concat(d.frames),
    events: prev.events.concat(d.events),
    probes: prev.probes.concat(d.probes),
    transitions: prev.transitions.concat(d.transitions),
    spans: d.spans,
    diagnostics: d.diagnostics,
  };
  if (d.goneAt !== undefined) next.goneAt = d.goneAt;
  else delete next.goneAt;
  extensions.set(next, { prev, from: lengthsOf(prev) });
  return next;
}
