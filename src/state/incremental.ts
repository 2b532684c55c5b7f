/**
 * The worker's side of a growing horizon: it keeps the last simulation alive, and a request that
 * only asks for a longer horizon of the same scenario — from a page that holds that very trace —
 * advances it and answers with a delta, instead of simulating from zero and sending everything.
 *
 * Anything else (an edit, another seed, a shorter horizon, a page holding another trace, a worker
 * that was replaced) is an ordinary full run. The answer is the same trace either way: tests compare
 * the extended trace with a one-shot run byte for byte.
 */
import { narrateSafely, runKept, withRuntimeDiagnostics, type KeptRun, type RunRequest, type RunResponse } from './runOnce';
import { lengthsOf, traceDelta, type TraceLengths } from './traceDelta';

/** What makes two requests the same scenario (everything but the horizon and the id). */
function scenarioKey(req: RunRequest): string {
  return JSON.stringify([req.text, req.interventions, req.seed, req.files ?? null, req.options ?? null, req.narrate ?? null]);
}

/** A run function with memory; one per worker (or per inline runner). */
export function createIncrementalRun(): (req: RunRequest) => RunResponse {
  let serials = 0;
  let last: { key: string; serial: number; lengths: TraceLengths; kept: NonNullable<KeptRun['kept']> } | null = null;

  return (req) => {
    const key = scenarioKey(req);
    const k = last?.kept;
    if (last && k && req.base === last.serial && last.key === key && req.until > k.sim.trace.until && !halted(k.sim.trace)) {
      const started = now();
      const base = last.serial;
      k.sim.advance(req.until);
      const trace = k.sim.trace;
      const story = req.narrate ? narrateSafely(trace, k.parsed, req.narrate.corrections) : {};
      const delta = traceDelta(trace, last.lengths, base);
      last = { ...last, serial: ++serials, lengths: lengthsOf(trace) };
      return {
        id: req.id, ms: Math.round(now() - started), serial: last.serial, error: null, trace: null, delta,
        diagnostics: withRuntimeDiagnostics(k.diagnostics, trace), actionErrors: k.actionErrors, ...story,
      };
    }
    const run = runKept(req);
    const trace = run.response.trace;
    if (!run.kept || !trace) {
      last = null;
      return run.response;
    }
    last = { key, serial: ++serials, lengths: lengthsOf(trace), kept: run.kept };
    return { ...run.response, serial: last.serial };
  };
}

/**
 * A simulation that stopped early (its work bound, R004/R900) does not advance any more; a full run
 * answers it the same way and keeps the code path simple.
 */
function halted(trace: { diagnostics: { code?: string }[] }): boolean {
  return trace.diagnostics.some((d) => d.code === 'R004' || d.code === 'R900');
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : 0);
