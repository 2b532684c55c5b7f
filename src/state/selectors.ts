/**
 * Pure read models over (trace, cursor): what the status panel and test bridge show. No React.
 * Every engine call is guarded so a bug there becomes a message, not a blank page.
 */
import { allContainers, kubectlDescribe, kubectlGet, statusAt } from '@/engine';
import type {
  ContainerKind, ContainerStatus, GetRow, PodObject, ProbeRecord, ProbeType, SimEvent, Trace,
} from '@/engine';
import { extensionOf } from './traceDelta';

/** A value, or the error message the engine threw while computing it. */
export type Guarded<T> = { ok: true; value: T } | { ok: false; error: string };

/** Runs `fn`, turning an exception into `{ ok: false }`. */
export function guard<T>(fn: () => T): Guarded<T> {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Index of the first element with t > ms (binary search; arrays are sorted by t). */
export function upperBound(list: readonly { t: number }[], ms: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.t <= ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The Pod object at the cursor (null before creation / after it is gone). */
export function selectPod(trace: Trace | null, cursor: number): Guarded<PodObject | null> {
  if (!trace) return { ok: true, value: null };
  return guard(() => statusAt(trace, cursor));
}

/** The `kubectl get pod` row at the cursor. */
export function selectGetRow(pod: PodObject | null, cursor: number): Guarded<GetRow | null> {
  return pod ? guard(() => kubectlGet(pod, cursor)) : { ok: true, value: null };
}

/** Events that have happened by the cursor, oldest first. */
export function selectEventsUntil(trace: Trace | null, cursor: number): SimEvent[] {
  return trace ? trace.events.slice(0, upperBound(trace.events, cursor)) : [];
}

/** `kubectl describe pod` text at the cursor. */
export function selectDescribe(trace: Trace | null, pod: PodObject | null, cursor: number): Guarded<string> {
  if (!trace || !pod) return { ok: true, value: '' };
  return guard(() => kubectlDescribe(pod, selectEventsUntil(trace, cursor), cursor, trace.pod));
}

export interface ProbeCounter {
  probe: ProbeType;
  /** Latest result at the cursor, or null if the probe has not run yet in this attempt. */
  result: ProbeRecord['result'] | null;
  run: number;
  threshold: number;
}

/** Probe records of one trace grouped per `container/probe` (each list sorted by t, as trace.probes is). */
const probeIndex = new WeakMap<Trace, Map<string, ProbeRecord[]>>();

function probesByKey(trace: Trace): Map<string, ProbeRecord[]> {
  let index = probeIndex.get(trace);
  if (index) return index;
  // A trace extended by a delta (a longer horizon) extends its predecessor's index: copy the lists
  // (the predecessor's stay as they were) and add only the new records.
  const ext = extensionOf(trace);
  const base = ext && probeIndex.get(ext.prev);
  index = new Map();
  if (ext && base) for (const [key, list] of base) index.set(key, list.slice());
  const probes = trace.probes;
  for (let i = ext && base ? ext.from.probes : 0; i < probes.length; i++) {
    const rec = probes[i]!;
    const key = `${rec.container}/${rec.probe}`;
    let list = index.get(key);
    if (!list) index.set(key, (list = []));
    list.push(rec);
  }
  probeIndex.set(trace, index);
  return index;
}

/**
 * One container's records of one probe type, in time order (from the per-trace index: one pass over
 * the trace, not one per probe row — the heavy pod has 60 rows over 200,000+ records).
 */
export function probeRecordsOf(trace: Trace, container: string, probe: ProbeType): readonly ProbeRecord[] {
  return probesByKey(trace).get(`${container}/${probe}`) ?? EMPTY_RECORDS;
}
const EMPTY_RECORDS: readonly ProbeRecord[] = Object.freeze([]);

/**
 * Per container and probe type, the latest probe record at the cursor: "liveness 2/3 failures".
 * Only probes defined in the spec are listed, in startup → liveness → readiness order.
 * The records are indexed once per trace (traces are immutable), so each call is one binary search
 * per probe instead of a walk over every record before the cursor (60× playback calls it often).
 */
export function selectProbeCounters(trace: Trace | null, cursor: number): Map<string, ProbeCounter[]> {
  const out = new Map<string, ProbeCounter[]>();
  if (!trace) return out;
  const index = probesByKey(trace);
  for (const c of allContainers(trace.pod)) {
    const list: ProbeCounter[] = [];
    for (const spec of [c.startupProbe, c.livenessProbe, c.readinessProbe]) {
      if (!spec) continue;
      const recs = index.get(`${c.name}/${spec.type}`);
      const rec = recs ? recs[upperBound(recs, cursor) - 1] : undefined;
      list.push({
        probe: spec.type,
        result: rec?.result ?? null,
        run: rec?.run ?? 0,
        threshold: rec?.threshold ?? (spec.type === 'readiness' ? spec.successThreshold : spec.failureThreshold),
      });
    }
    out.set(c.name, list);
  }
  return out;
}

export interface ContainerCard {
  name: string;
  kind: ContainerKind;
  image: string;
  status: ContainerStatus | null;
}

/** One card per container, in spec order (init, sidecar, app), with its status at the cursor. */
export function selectContainerCards(trace: Trace | null, pod: PodObject | null): ContainerCard[] {
  if (!trace) return [];
  const statuses = [...(pod?.status.initContainerStatuses ?? []), ...(pod?.status.containerStatuses ?? [])];
  return allContainers(trace.pod).map((c) => ({
    name: c.name,
    kind: c.kind,
    image: c.image,
    status: statuses.find((s) => s.name === c.name) ?? null,
  }));
}

/** The one-word state of a container status and its reason, e.g. ["waiting", "CrashLoopBackOff"]. */
export function stateOf(status: ContainerStatus | null): { state: 'waiting' | 'running' | 'terminated' | 'none'; reason: string } {
  const st = status?.state;
  if (st?.running) return { state: 'running', reason: 'Running' };
  if (st?.terminated) return { state: 'terminated', reason: st.terminated.reason ?? 'Terminated' };
  if (st?.waiting) return { state: 'waiting', reason: st.waiting.reason ?? 'Waiting' };
  return { state: 'none', reason: '' };
}

/** Services in the manifest with whether each lists the Pod as a ready endpoint at the cursor. */
export function selectEndpoints(trace: Trace | null, cursor: number): { name: string; ready: boolean; ports: string }[] {
  if (!trace) return [];
  const frame = trace.frames[Math.max(0, upperBound(trace.frames, cursor) - 1)];
  return trace.services.map((s) => ({
    name: s.name,
    ready: frame?.endpoints.includes(s.name) ?? false,
    ports: s.ports.map((p) => `${p.port}→${p.targetPort}/${p.protocol}`).join(', '),
  }));
}

/** "1:05.3" (m:ss.s) for a sim time in ms; hours when needed. */
export function formatClock(ms: number): string {
  const tenths = Math.floor(Math.max(0, ms) / 100);
  const s = Math.floor(tenths / 10);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  const frac = tenths % 10;
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}.${frac}`;
}
