/**
 * When the control-plane arrows and the deletion steps happen, read from a trace. The simulator
 * binds the pod at t = 0 and has the sandbox ready about a second later; the real API round trips
 * take milliseconds, so the creation steps 1–8 of the seed are spread evenly over that first second
 * (the order is the lesson, not the milliseconds). Later arrows pulse when the trace shows the
 * component at work: CRI calls at kubelet container events, status writes at every status frame.
 */
import type { DeletionStepId, Trace } from '@/engine';

export interface Pulse {
  t: number;
  dur: number;
}

/** How long (sim ms) an arrow stays lit after the moment it stands for. */
export const PULSE_MS = 1500;

const CRI_REASONS = new Set(['Pulling', 'Pulled', 'Created', 'Started', 'Killing']);

/** Creation order of the seed's steps on the diagram's arrows (ids from lifecycleGraph). */
const CREATION_ORDER = ['cp-submit', 'cp-persist', 'cp-ack', 'cp-watch-sched', 'cp-bind', 'cp-persist', 'cp-ack', 'cp-watch-kubelet'];

/** Pulses per control-plane arrow id, each list sorted by time. */
export function cpPulses(trace: Trace): Map<string, Pulse[]> {
  const out = new Map<string, Pulse[]>();
  const add = (id: string, t: number, dur = PULSE_MS) => {
    let list = out.get(id);
    if (!list) out.set(id, (list = []));
    list.push({ t, dur });
  };
  if (trace.frames.length === 0) return out;
  const sandbox = trace.transitions.find((tr) => tr.machine === 'pod')?.t ?? 1000;
  const slot = sandbox / CREATION_ORDER.length;
  CREATION_ORDER.forEach((id, i) => add(id, i * slot, slot));
  for (const iv of trace.interventions) add('cp-submit', iv.at);
  for (const ev of trace.events) if (ev.container && ev.source === 'kubelet' && CRI_REASONS.has(ev.reason)) add('cp-cri', ev.t);
  for (const f of trace.frames) if (f.t > 0) {
    add('cp-status', f.t);
    add('cp-persist', f.t);
  }
  if (trace.goneAt !== undefined) add('cp-persist', trace.goneAt);
  for (const list of out.values()) list.sort((a, b) => a.t - b.t);
  return out;
}

export interface DeletionTimes {
  times: Partial<Record<DeletionStepId, number>>;
  /** When the teardown is over (object gone, or every container stopped): unreached steps are skipped. */
  endAt?: number;
}

/** When each step of the deletion flow happened (undefined: it did not, or not yet). */
export function deletionTimes(trace: Trace): DeletionTimes {
  const times: DeletionTimes['times'] = {};
  const term = trace.transitions.find((tr) => tr.machine === 'pod' && tr.to.split('.')[0] === 'terminating');
  const del = trace.interventions.find((iv) => iv.action.type === 'delete');
  if (del) times.delete = del.at;
  if (!term) return trace.goneAt !== undefined ? { times: { ...times, removed: trace.goneAt }, endAt: trace.goneAt } : { times };
  const from = term.t;
  times.terminating = from;
  if (trace.services.length > 0) {
    const f = trace.frames.find((fr) => fr.t >= from && fr.endpoints.length === 0);
    if (f) times.endpoints = f.t;
  }
  const span = (kind: string) => trace.spans.find((s) => s.kind === kind && s.start >= from);
  const pre = span('preStop');
  if (pre) times.preStop = pre.start;
  const term2 = span('sigterm');
  if (term2) times.sigterm = term2.start;
  const graces = trace.spans.filter((s) => s.kind === 'grace' && s.start >= from);
  if (graces[0]) times.grace = graces[0].start;
  // KILL: a container still alive at the end of its grace period (exit == deadline).
  for (const g of graces) {
    const secs = Number.parseFloat(g.label ?? '');
    if (g.end !== undefined && Number.isFinite(secs) && g.end - g.start >= secs * 1000) {
      times.sigkill = Math.min(times.sigkill ?? Infinity, g.end);
    }
  }
  if (trace.goneAt !== undefined) times.removed = trace.goneAt;
  const after = trace.transitions.find((tr) => tr.machine === 'pod' && tr.t >= from && tr.from.split('.')[0] === 'terminating');
  const endAt = trace.goneAt ?? after?.t;
  return endAt !== undefined ? { times, endAt } : { times };
}
