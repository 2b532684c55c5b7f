/**
 * One simulation run: parse the manifest, parse the interventions, simulate. Shared by the Web
 * Worker and the inline fallback. Never throws: an engine exception becomes `error`.
 */
import { hasErrors, narrate, parseAction, parseManifest, simulate } from '@/engine';
import type { Diagnostic, Intervention, NarrationItem, Trace } from '@/engine';
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
}

export interface RunResponse {
  id: number;
  diagnostics: Diagnostic[];
  actionErrors: ActionError[];
  /** Null when the manifest has errors, has no Pod, or the engine failed. */
  trace: Trace | null;
  error: string | null;
  ms: number;
  /** The trace narrated, when the request asked for it and there is a trace. */
  narration?: NarrationItem[];
  /** Why narrating failed (the run itself is still good). */
  narrationError?: string;
}

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
      return done({ diagnostics, actionErrors: errors, trace: null, error: null });
    }
    const trace = simulate({
      manifest: req.text, interventions, seed: req.seed, until: req.until,
      ...(req.options ? { options: req.options } : {}),
    });
    const runtime = (trace.diagnostics ?? []).filter(
      (d: Diagnostic) => !diagnostics.some((p) => p.code === d.code && p.message === d.message),
    );
    const story = req.narrate ? narrateSafely(trace, parsed, req.narrate.corrections) : {};
    return done({ diagnostics: [...diagnostics, ...runtime], actionErrors: errors, trace, error: null, ...story });
  } catch (e) {
    return done({ diagnostics: [], actionErrors: [], trace: null, error: errorText(e) });
  }
}

/** The narration of a fresh trace, or the error that stopped it (never throws). */
function narrateSafely(
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
