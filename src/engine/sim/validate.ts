/**
 * Defensive checks on simulate()'s input. Interventions and horizons come from share links, saved
 * sessions, the CLI and other code, so any JSON may arrive here: a wrong shape must become a
 * diagnostic (codes R02x), never a hang or an exception (ARCHITECTURE §7 "every input, however bad").
 */
import type { Diagnostic } from '../model/diagnostics';
import type { Action, Intervention, SimOptions } from '../model/trace';

/** The longest horizon simulated (7 days): a larger or infinite `until` is clamped to it. */
export const MAX_UNTIL = 7 * 24 * 3_600_000;

const SIGNALS = new Set(['TERM', 'KILL', 'OOM']);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const isStr = (v: unknown): v is string => typeof v === 'string';
const isNonEmptyStr = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const optional = (v: unknown, ok: (x: unknown) => boolean): boolean => v === undefined || ok(v);
/** The longest grace period accepted (ten years, in seconds): timestamps must stay printable. Shared with parseAction. */
export const MAX_GRACE_SECONDS = 315_360_000;
/** Grace periods: whole or fractional seconds ≥ 0, at most MAX_GRACE_SECONDS. */
const isSeconds = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_GRACE_SECONDS;

/** Why an action is not one the simulator knows, or undefined when it is valid. */
function actionProblem(a: unknown): string | undefined {
  if (!isRecord(a)) return 'action must be an object with a "type"';
  const ok = ((): boolean => {
    switch (a['type']) {
      case 'delete':
        return optional(a['gracePeriodSeconds'], isSeconds) && optional(a['force'], (x) => typeof x === 'boolean');
      case 'exec':
        return isNonEmptyStr(a['container']) && Array.isArray(a['command']) && a['command'].length > 0 && a['command'].every(isStr);
      case 'kill':
        return isNonEmptyStr(a['container']) && SIGNALS.has(a['signal'] as string);
      case 'apply':
        return isStr(a['manifest']) && optional(a['file'], isStr);
      case 'deleteService':
        return isNonEmptyStr(a['name']);
      case 'nodeLost':
      case 'nodeReady':
        return true;
      case 'setCondition':
        return isNonEmptyStr(a['conditionType']) && (a['status'] === 'True' || a['status'] === 'False');
      default:
        return false;
    }
  })();
  if (ok) return undefined;
  const type = typeof a['type'] === 'string' ? `"${a['type'].slice(0, 40)}"` : 'without a type';
  return `action ${type} is unknown or has missing/invalid fields`;
}

/**
 * Keep the interventions the simulator can apply; every other entry becomes an R020 warning.
 * `at` must be a finite number ≥ 0 (ms since creation).
 */
export function validateInterventions(raw: unknown): { interventions: Intervention[]; diagnostics: Diagnostic[] } {
  const interventions: Intervention[] = [];
  const diagnostics: Diagnostic[] = [];
  if (raw === undefined || raw === null) return { interventions, diagnostics };
  if (!Array.isArray(raw)) {
    diagnostics.push({ severity: 'warning', code: 'R020', message: 'interventions must be an array of {at, action}; ignored' });
    return { interventions, diagnostics };
  }
  raw.forEach((iv: unknown, i) => {
    let problem: string | undefined;
    if (!isRecord(iv)) problem = 'not an object {at, action}';
    else if (!('at' in iv) || !('action' in iv)) problem = `expected {at: <ms>, action: {type, …}}, got keys {${Object.keys(iv).slice(0, 5).join(', ')}}`;
    else if (typeof iv['at'] !== 'number' || !Number.isFinite(iv['at']) || iv['at'] < 0) problem = '"at" must be a number of milliseconds ≥ 0';
    else problem = actionProblem(iv['action']);
    if (problem !== undefined || !isRecord(iv)) {
      diagnostics.push({ severity: 'warning', code: 'R020', message: `intervention ${i} ignored: ${problem}` });
      return;
    }
    interventions.push({ at: iv['at'] as number, action: iv['action'] as Action });
  });
  return { interventions, diagnostics };
}

/** A horizon the simulator can reach: NaN/negative/non-numbers give `fallback`, huge values are clamped. */
export function sanitizeUntil(until: unknown, fallback: number): number {
  if (typeof until !== 'number' || Number.isNaN(until) || until < 0) return fallback;
  return Math.min(Math.round(until), MAX_UNTIL);
}

/** A usable seed (a finite number), else 1. */
export function sanitizeSeed(seed: unknown): number {
  return typeof seed === 'number' && Number.isFinite(seed) ? seed : 1;
}

/** Options with only well-typed fields. */
export function sanitizeOptions(options: unknown): SimOptions {
  if (!isRecord(options)) return {};
  const out: SimOptions = {};
  if (typeof options['jitter'] === 'boolean') out.jitter = options['jitter'];
  const present = options['presentImages'];
  if (Array.isArray(present)) out.presentImages = present.filter(isStr);
  return out;
}
