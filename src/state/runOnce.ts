/**
 * One simulation run: parse the manifest, parse the interventions, simulate. Shared by the Web
 * Worker and the inline fallback. Never throws: an engine exception becomes `error`.
 */
import { createSimulation, hasErrors, narrate, parseAction, parseManifest } from '@/engine';
import type { Diagnostic, Intervention, NarrationItem, Simulation, Trace } from '@/engine';
import type { TraceDelta } from './traceDelta';
import type { ActionError } from './types';

export interface RunRequest {
  id: number;
  text: string;
  interventions: string[];
  seed: number;
  /** Horizon in ms. */
  until: number;
  /** Files that `apply <file>` interventions read (from the scenario). */
  files?: Record<string, string>;
  options?: { presentImages?: string[] };
  /**
   * Also narrate the trace (with line numbers from this parse, and the scenario's article
   * corrections). The page asks for it so that neither the parser nor the narrator has to be
   * loaded on the main thread (initial JavaScript budget, ARCHITECTURE §8).
   */
  narrate?: { corrections: { en: string; zh: string }[] };
  /**
   * The serial of the trace the page holds. When the request only moves the horizon further for the
   * same scenario, a runner that still has that simulation answers with a `delta` (see traceDelta.ts).
   */
  base?: number;
}

export interface RunResponse {
  id: number;
  diagnostics: Diagnostic[];
  actionErrors: ActionError[];
  /** Null when the manifest has errors, has no Pod, or the engine failed (or when `delta` is given). */
  trace: Trace | null;
  /** Instead of `trace`: what the trace with serial `delta.base` gained (a longer horizon). */
  delta?: TraceDelta;
  /** Names the trace this answer gives (or extends to), for the next request's `base`. */
  serial?: number;
  /** The probe results were sent ahead in this many part messages (worker/parts.ts). */
  parts?: number;
  error: string | null;
  ms: number;
  /** The trace narrated, when the request asked for it and there is a trace. */
  narration?: NarrationItem[];
  /** Why narrating failed (the run itself is still good). */
  narrationError?: string;
}

/** simulate()'s default horizon (the engine's DEFAULT_UNTIL). */
const DEFAULT_HORIZON_MS = 600_000;

const now = () => (typeof performance !== 'undefined' ? performance.now() : 0);

/** Parses "<seconds> <action>" strings; bad ones are reported, not thrown. */
export function parseInterventions(lines: readonly string[], files: Record<string, string> = {}): {
  interventions: Intervention[];
  errors: ActionError[];
} {
  const interventions: Intervention[] = [];
  const errors: ActionError[] = [];
  lines.forEach((line, index) => {
    try {
      interventions.push(parseAction(line, (name) => {
        const file = files[name];
        if (file === undefined) throw new Error(`no file named '${name}'`);
        return file;
      }));
    } catch (e) {
      errors.push({ index, message: errorText(e) });
    }
  });
  return { interventions, errors };
}

/** Runs parse + simulate for one request. */
export function runOnce(req: RunRequest): RunResponse {
  return runKept(req).response;
}

/** A finished run with what an extension needs to continue it (see incremental.ts). */
export interface KeptRun {
  response: RunResponse;
  /** Present when the run produced a trace. */
  kept?: { sim: Simulation; parsed: ReturnType<typeof parseManifest>; diagnostics: Diagnostic[]; actionErrors: ActionError[] };
}

/** Runs parse + simulate and keeps the live simulation, so its horizon can be extended later. */
export function runKept(req: RunRequest): KeptRun {
  const started = now();
  const done = (part: Omit<RunResponse, 'id' | 'ms'>): RunResponse => ({
    id: req.id,
    ms: Math.round(now() - started),
    ...part,
  });
  try {
    const parsed = parseManifest(req.text);
    const diagnostics = [...(parsed.diagnostics ?? [])];
    const { interventions, errors } = parseInterventions(req.interventions, req.files);
    if (hasErrors(diagnostics) || !parsed.pod) {
      return { response: done({ diagnostics, actionErrors: errors, trace: null, error: null }) };
    }
    const sim = createSimulation({
      manifest: req.text, interventions, seed: req.seed,
      ...(req.options ? { options: req.options } : {}),
    });
    // As simulate(): a horizon that is not a number ≥ 0 means the engine's default (10 min).
    sim.advance(typeof req.until === 'number' && req.until >= 0 ? req.until : DEFAULT_HORIZON_MS);
    const trace = sim.trace;
    const story = req.narrate ? narrateSafely(trace, parsed, req.narrate.corrections) : {};
    const all = withRuntimeDiagnostics(diagnostics, trace);
    return {
      response: done({ diagnostics: all, actionErrors: errors, trace, error: null, ...story }),
      kept: { sim, parsed, diagnostics, actionErrors: errors },
    };
  } catch (e) {
    return { response: done({ diagnostics: [], actionErrors: [], trace: null, error: errorText(e) }) };
  }
}

/** The parser's diagnostics plus the ones the run found that the parser did not report. */
export function withRuntimeDiagnostics(parsed: readonly Diagnostic[], trace: Trace): Diagnostic[] {
  const runtime = (trace.diagnostics ?? []).filter(
    (d: Diagnostic) => !parsed.some((p) => p.code === d.code && p.message === d.message),
  );
  return [...parsed, ...runtime];
}

/** The narration of a fresh trace, or the error that stopped it (never throws). */
export function narrateSafely(
  trace: Trace, parsed: ReturnType<typeof parseManifest>, corrections: { en: string; zh: string }[],
): Pick<RunResponse, 'narration' | 'narrationError'> {
  try {
    return { narration: narrate(trace, parsed, { corrections }) };
  } catch (e) {
    return { narrationError: errorText(e) };
  }
}

/** A readable one-line message from anything thrown. */
export function errorText(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  return typeof e === 'string' ? e : 'unknown error';
}
