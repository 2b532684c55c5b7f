/**
 * Trace → pod-level bands: phase, the four classic conditions, Service endpoint membership and the
 * deletion (grace countdown, TERM and KILL moments). Pure.
 */
import type { PodObject, Trace } from '@/engine';
import { isKilled, traceEnd } from './lanes';

export type Tone = 'ok' | 'warn' | 'bad' | 'done' | 'muted' | 'accent';

export interface Band {
  start: number;
  end: number;
  value: string;
  tone: Tone;
}

export interface BandRow {
  /** Row id, e.g. `phase`, `cond:Ready`, `svc:myapp`. */
  id: string;
  label: string;
  bands: Band[];
}

export interface Deletion {
  /** When `kubectl delete` (or the node-lost eviction) set the deletionTimestamp. */
  start: number;
  /** deletionTimestamp: where the grace period runs out. */
  deadline: number;
  graceSeconds: number;
  /** SIGTERM moments (one per container that got it) and SIGKILLs after the grace ran out. */
  term: { t: number; container: string }[];
  kill: { t: number; container: string }[];
  /** When the API object disappeared (undefined while it still exists at the horizon). */
  gone?: number;
}

/** The conditions the timeline always shows, in the order a pod gains them. */
export const CONDITION_ROWS = ['PodScheduled', 'Initialized', 'ContainersReady', 'Ready'] as const;

const PHASE_TONE: Record<string, Tone> = { Pending: 'warn', Running: 'ok', Succeeded: 'done', Failed: 'bad', Unknown: 'muted' };

/** Folds a per-frame value into bands; frames without a pod end the current band. */
export function foldBands(trace: Trace, valueOf: (pod: PodObject, endpoints: string[]) => { value: string; tone: Tone } | null): Band[] {
  const out: Band[] = [];
  const end = traceEnd(trace);
  trace.frames.forEach((f, i) => {
    if (f.t >= end) return;
    const to = Math.min(trace.frames[i + 1]?.t ?? end, end);
    const v = f.pod ? valueOf(f.pod, f.endpoints) : null;
    if (!v) return;
    const prev = out[out.length - 1];
    if (prev && prev.end === f.t && prev.value === v.value) prev.end = to;
    else if (to > f.t) out.push({ start: f.t, end: to, ...v });
  });
  return out;
}

/** Phase, conditions (plus readiness gates found in the spec) and one row per Service. */
export function deriveBands(trace: Trace): BandRow[] {
  const rows: BandRow[] = [
    { id: 'phase', label: 'phase', bands: foldBands(trace, (p) => ({ value: p.status.phase, tone: PHASE_TONE[p.status.phase] ?? 'muted' })) },
  ];
  const gates = trace.pod.readinessGates ?? [];
  const types = [...CONDITION_ROWS, ...gates.filter((t) => !(CONDITION_ROWS as readonly string[]).includes(t))];
  for (const type of types) {
    rows.push({
      id: `cond:${type}`,
      label: type,
      bands: foldBands(trace, (p) => {
        const c = p.status.conditions?.find((x) => x.type === type);
        if (!c) return null;
        return { value: c.status === 'True' ? 'True' : c.reason ? `False · ${c.reason}` : c.status, tone: c.status === 'True' ? 'ok' : 'muted' };
      }),
    });
  }
  for (const svc of trace.services) {
    rows.push({
      id: `svc:${svc.name}`,
      label: `svc/${svc.name}`,
      bands: foldBands(trace, (_p, eps) =>
        eps.includes(svc.name) ? { value: 'endpoint', tone: 'accent' } : { value: 'not ready', tone: 'muted' }),
    });
  }
  return rows;
}

const parseIso = (iso: string | undefined): number | undefined => {
  if (!iso) return undefined;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms;
};

/**
 * The deletion, if the pod is deleted within the trace: the first frame with a deletionTimestamp,
 * the grace deadline, and the TERM / KILL moments from the termination spans (a KILL is drawn when
 * SIGTERM did not end the container before the grace ran out — kuberuntime_container.go killContainer).
 */
export function deriveDeletion(trace: Trace, creationMs: number): Deletion | null {
  const first = trace.frames.find((f) => f.pod?.metadata.deletionTimestamp);
  if (!first?.pod) return null;
  const meta = first.pod.metadata;
  const deadlineAbs = parseIso(meta.deletionTimestamp);
  const grace = meta.deletionGracePeriodSeconds ?? 0;
  const deadline = deadlineAbs !== undefined ? deadlineAbs - creationMs : first.t + grace * 1000;
  // The deletion started grace seconds before the deadline (the API sets deadline = now + grace).
  const start = Math.min(first.t, deadline - grace * 1000 >= 0 ? deadline - grace * 1000 : first.t);
  const term: Deletion['term'] = [];
  const kill: Deletion['kill'] = [];
  for (const s of trace.spans) {
    if (s.kind !== 'sigterm' || s.start < start) continue;
    term.push({ t: s.start, container: s.container });
    if (s.end !== undefined && isKilled(trace, s)) kill.push({ t: s.end, container: s.container });
  }
  return { start, deadline, graceSeconds: grace, term, kill, ...(trace.goneAt !== undefined ? { gone: trace.goneAt } : {}) };
}
