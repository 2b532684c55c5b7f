/**
 * Trace → timeline lanes: one lane per container (spec order) with its state segments, hook and
 * back-off bars, restarts and probe rows. Pure and memoisable per trace (the trace is immutable).
 *
 * Segments come from the frames (the kubelet's status as the API shows it), not from the machine
 * transitions, so the timeline always agrees with `kubectl get` and the status panel.
 */
import { allContainers } from '@/engine';
import type { ContainerKind, ContainerStatus, PodObject, ProbeRecord, ProbeType, Span, Trace } from '@/engine';
import { probeRecordsOf } from '@/state/selectors';
import { formatDuration } from './axis';

export type SegmentState = 'waiting' | 'running' | 'terminated';

/** One stretch of a container state, e.g. Waiting(CrashLoopBackOff) from 3.5 s to 12.5 s. */
export interface Segment {
  start: number;
  end: number;
  state: SegmentState;
  /** Reason as kubectl shows it: ContainerCreating, Running, Completed, Error, OOMKilled … */
  reason: string;
  restartCount: number;
  ready: boolean;
  exitCode?: number;
}

/** A hook, pull, back-off or termination step drawn as its own bar. */
export interface Bar {
  kind: Span['kind'];
  start: number;
  /** Clamped to the horizon when the span is still open. */
  end: number;
  open: boolean;
  label: string;
  ok?: boolean;
}

export interface ProbeRow {
  probe: ProbeType;
  /** This container's records of this probe, in time order (shared per-trace index: do not mutate). */
  records: readonly ProbeRecord[];
  threshold: number;
}

export interface ContainerLane {
  name: string;
  kind: ContainerKind;
  segments: Segment[];
  bars: Bar[];
  /** Moments the restart count went up. */
  restarts: { t: number; count: number }[];
  probes: ProbeRow[];
}

function stateOf(cs: ContainerStatus): Omit<Segment, 'start' | 'end'> {
  const st = cs.state;
  const base = { restartCount: cs.restartCount, ready: cs.ready };
  if (st.running) return { ...base, state: 'running', reason: 'Running' };
  if (st.terminated) {
    return { ...base, state: 'terminated', reason: st.terminated.reason ?? 'Terminated', exitCode: st.terminated.exitCode };
  }
  return { ...base, state: 'waiting', reason: st.waiting?.reason ?? 'Waiting' };
}

const sameSegment = (a: Omit<Segment, 'start' | 'end'>, b: Omit<Segment, 'start' | 'end'>) =>
  a.state === b.state && a.reason === b.reason && a.restartCount === b.restartCount && a.ready === b.ready;

function statusesOf(pod: PodObject | null): ContainerStatus[] {
  if (!pod) return [];
  return [...(pod.status.initContainerStatuses ?? []), ...(pod.status.containerStatuses ?? [])];
}

/** Where the trace ends for drawing: when the pod vanished, else the horizon. */
export function traceEnd(trace: Trace): number {
  return trace.goneAt !== undefined ? Math.min(trace.goneAt, trace.until) : trace.until;
}

/**
 * Container segments from the frames: consecutive frames with the same state, reason, restart count
 * and readiness merge into one segment; a restart always starts a new one.
 */
export function containerSegments(trace: Trace, name: string): { segments: Segment[]; restarts: ContainerLane['restarts'] } {
  const segments: Segment[] = [];
  const restarts: ContainerLane['restarts'] = [];
  const end = traceEnd(trace);
  let lastCount: number | undefined;
  trace.frames.forEach((frame, i) => {
    const next = trace.frames[i + 1];
    const to = Math.min(next ? next.t : end, end);
    const cs = statusesOf(frame.pod).find((s) => s.name === name);
    if (!cs || frame.t >= end) return;
    const st = stateOf(cs);
    if (lastCount !== undefined && st.restartCount > lastCount) restarts.push({ t: frame.t, count: st.restartCount });
    lastCount = st.restartCount;
    const prev = segments[segments.length - 1];
    if (prev && prev.end === frame.t && sameSegment(prev, st)) prev.end = to;
    else if (to > frame.t || !next) segments.push({ ...st, start: frame.t, end: Math.max(to, frame.t) });
  });
  return { segments, restarts };
}

const BAR_LABEL: Record<Span['kind'], string> = {
  postStart: 'postStart', preStop: 'preStop', pull: 'pull', backoff: 'back-off', grace: 'grace', sigterm: 'SIGTERM',
};

/** Grace spans per container, once per trace (a pod restarting for hours has thousands of spans). */
const graceIndex = new WeakMap<Trace, Map<string, Span[]>>();
function graceSpans(trace: Trace, container: string): readonly Span[] {
  let index = graceIndex.get(trace);
  if (!index) {
    index = new Map();
    for (const g of trace.spans) {
      if (g.kind !== 'grace') continue;
      let list = index.get(g.container);
      if (!list) index.set(g.container, (list = []));
      list.push(g);
    }
    graceIndex.set(trace, index);
  }
  return index.get(container) ?? [];
}

/** SIGTERM did not end the container before its grace ran out, so the runtime sent SIGKILL. */
export function isKilled(trace: Trace, sigterm: Span): boolean {
  const grace = graceSpans(trace, sigterm.container).find((g) => g.start <= sigterm.start && (g.end ?? Infinity) >= sigterm.start);
  return grace?.end !== undefined && sigterm.end === grace.end && grace.end > grace.start;
}

/** Bars for a container's spans; the back-off bar says how long the kubelet waits. */
export function containerBars(trace: Trace, name: string): Bar[] {
  const out: Bar[] = [];
  for (const s of trace.spans) {
    if (s.container !== name || s.kind === 'grace') continue;
    const open = s.end === undefined;
    const end = Math.min(s.end ?? trace.until, trace.until);
    const dur = s.kind === 'backoff' && s.label ? s.label : formatDuration(end - s.start);
    const killed = s.kind === 'sigterm' && !open && isKilled(trace, s);
    const label = killed ? `SIGTERM → KILL ${dur}` : s.kind === 'pull' ? `pull ${s.label ?? ''} ${dur}` : `${BAR_LABEL[s.kind]} ${dur}`;
    out.push({ kind: s.kind, start: s.start, end, open, label, ...(s.ok !== undefined ? { ok: s.ok } : {}) });
  }
  return out;
}

/** The probe rows a container has in its spec, startup → liveness → readiness. */
export function probeRows(trace: Trace, name: string): ProbeRow[] {
  const spec = allContainers(trace.pod).find((c) => c.name === name);
  if (!spec) return [];
  const rows: ProbeRow[] = [];
  for (const p of [spec.startupProbe, spec.livenessProbe, spec.readinessProbe]) {
    if (!p) continue;
    rows.push({
      probe: p.type,
      records: probeRecordsOf(trace, name, p.type),
      threshold: p.failureThreshold,
    });
  }
  return rows;
}

/** All container lanes, in spec order (init, then sidecars and app containers as written). */
export function deriveLanes(trace: Trace): ContainerLane[] {
  return allContainers(trace.pod).map((c) => ({
    name: c.name,
    kind: c.kind,
    ...containerSegments(trace, c.name),
    bars: containerBars(trace, c.name),
    probes: probeRows(trace, c.name),
  }));
}
