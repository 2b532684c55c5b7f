/**
 * "Real pods explained": a pasted `kubectl get pod -o yaml` (and optionally `kubectl get events
 * -o yaml`) → the `explain` verdict, a manifest the simulator can replay (status and server-set
 * fields stripped), and the moment of the replay whose kubectl columns best match the real pod.
 * Pure (no React, no DOM); unit-tested against the fixtures in tests/fixtures/realpod.
 */
import { parse, stringify } from 'yaml';
import { explain, frameAt, kubectlGet } from '@/engine';
import type { ExplainResult, Trace } from '@/engine';

type Obj = Record<string, unknown>;

/** A paste that is not a Pod; `key` is the i18n key the dialog shows (the message is its English). */
export class RealPodError extends Error {
  constructor(readonly key: 'ws.noPodInList' | 'ws.notAPod', message: string) {
    super(message);
  }
}
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

export interface RealEvent {
  type: string;
  reason: string;
  message: string;
  count: number;
  /** Epoch ms of the last occurrence, when the object says. */
  at?: number;
}

export interface RealPodReading {
  /** The Pod document as parsed. */
  doc: Obj;
  /** The moment the snapshot describes: the latest timestamp in the pod (and its events). */
  now: number;
  result: ExplainResult;
  events: RealEvent[];
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The latest RFC 3339 timestamp anywhere in `v` (creation, transitions, startedAt, finishedAt …).
 * deletionTimestamp is skipped: it is a deadline in the future of the snapshot, not an observation.
 */
export function latestTimestamp(v: unknown, acc = Number.NEGATIVE_INFINITY): number {
  if (typeof v === 'string' && ISO.test(v)) return Math.max(acc, Date.parse(v));
  if (Array.isArray(v)) return v.reduce<number>((m, x) => latestTimestamp(x, m), acc);
  if (isObj(v)) {
    return Object.entries(v).reduce<number>((m, [k, x]) => (k === 'deletionTimestamp' ? m : latestTimestamp(x, m)), acc);
  }
  return acc;
}

/** The first Pod in a document (a bare Pod, or a `kind: List` as `kubectl get pods -o yaml` prints). */
function firstPod(doc: unknown): Obj {
  if (isObj(doc) && Array.isArray(doc.items)) {
    const pod = doc.items.find((x) => isObj(x) && (x.kind === undefined || x.kind === 'Pod'));
    if (isObj(pod)) return pod;
    throw new RealPodError('ws.noPodInList', 'the list holds no Pod');
  }
  if (!isObj(doc)) throw new RealPodError('ws.notAPod', 'not a Pod: paste the output of `kubectl get pod <name> -o yaml`');
  return doc;
}

/** Events from `kubectl get events -o yaml` (a List or EventList); unreadable items are skipped. */
export function parseEvents(text: string): RealEvent[] {
  if (!text.trim()) return [];
  const doc = parse(text) as unknown;
  const items = isObj(doc) && Array.isArray(doc.items) ? doc.items : Array.isArray(doc) ? doc : [doc];
  return items.flatMap((e): RealEvent[] => {
    if (!isObj(e) || typeof e.reason !== 'string') return [];
    const when = [e.lastTimestamp, e.eventTime, e.firstTimestamp].find((x) => typeof x === 'string' && ISO.test(x)) as string | undefined;
    return [{
      type: typeof e.type === 'string' ? e.type : 'Normal',
      reason: e.reason,
      message: typeof e.message === 'string' ? e.message.trim() : '',
      count: typeof e.count === 'number' ? e.count : 1,
      ...(when ? { at: Date.parse(when) } : {}),
    }];
  });
}

/**
 * Reads a pasted pod (and events): explains it as of its latest timestamp. Throws a user-facing
 * Error for YAML that is not a Pod.
 */
export function readRealPod(podText: string, eventsText = ''): RealPodReading {
  const doc = firstPod(parse(podText) as unknown);
  const events = parseEvents(eventsText);
  const latest = Math.max(latestTimestamp(doc), ...events.map((e) => e.at ?? Number.NEGATIVE_INFINITY));
  const now = Number.isFinite(latest) ? latest : 0;
  return { doc, now, result: explain(doc, now, { details: true }), events };
}

/** Metadata the API server or controllers set; a manifest never carries them. */
const SERVER_METADATA = ['uid', 'resourceVersion', 'creationTimestamp', 'deletionTimestamp', 'deletionGracePeriodSeconds',
  'generation', 'managedFields', 'ownerReferences', 'selfLink', 'finalizers'];
/** Spec fields the scheduler and admission fill in (the node, the service-account token volume …). */
const SERVER_SPEC = ['nodeName', 'schedulerName', 'preemptionPolicy', 'priority', 'enableServiceLinks', 'tolerations',
  'serviceAccount', 'dnsPolicy', 'securityContext'];
const TOKEN_VOLUME = /^kube-api-access-/;

/**
 * The pod's spec as a manifest to replay: status, server-set metadata and admission defaults
 * stripped (the simulator re-applies Kubernetes defaults), the token volume and its mounts removed.
 */
export function toManifest(doc: Obj): string {
  const meta = isObj(doc.metadata) ? { ...doc.metadata } : {};
  for (const k of SERVER_METADATA) delete meta[k];
  if (isObj(meta.annotations)) {
    const a = { ...meta.annotations };
    delete a['kubectl.kubernetes.io/last-applied-configuration'];
    if (Object.keys(a).length) meta.annotations = a;
    else delete meta.annotations;
  }
  if (typeof meta.name !== 'string' && typeof meta.generateName === 'string') meta.name = `${meta.generateName}replay`;
  delete meta.generateName;
  const spec = isObj(doc.spec) ? { ...doc.spec } : {};
  for (const k of SERVER_SPEC) delete spec[k];
  if (spec.serviceAccountName === 'default') delete spec.serviceAccountName;
  if (Array.isArray(spec.volumes)) {
    const vols = spec.volumes.filter((v) => !(isObj(v) && typeof v.name === 'string' && TOKEN_VOLUME.test(v.name)));
    if (vols.length) spec.volumes = vols;
    else delete spec.volumes;
  }
  for (const key of ['initContainers', 'containers']) {
    if (!Array.isArray(spec[key])) continue;
    spec[key] = (spec[key] as unknown[]).map((c) => {
      if (!isObj(c)) return c;
      const out = { ...c };
      if (Array.isArray(out.volumeMounts)) {
        const m = out.volumeMounts.filter((v) => !(isObj(v) && typeof v.name === 'string' && TOKEN_VOLUME.test(v.name)));
        if (m.length) out.volumeMounts = m;
        else delete out.volumeMounts;
      }
      return out;
    });
  }
  return stringify({ apiVersion: doc.apiVersion ?? 'v1', kind: 'Pod', metadata: meta, spec });
}

/**
 * Interventions that reproduce what happened to the real pod: a deleted pod gets `delete` at the
 * moment the API server stamped it (deletionTimestamp minus the grace period).
 */
export function replayInterventions(doc: Obj): string[] {
  const meta = isObj(doc.metadata) ? doc.metadata : {};
  const created = typeof meta.creationTimestamp === 'string' ? Date.parse(meta.creationTimestamp) : NaN;
  const deadline = typeof meta.deletionTimestamp === 'string' ? Date.parse(meta.deletionTimestamp) : NaN;
  if (!Number.isFinite(created) || !Number.isFinite(deadline)) return [];
  const grace = typeof meta.deletionGracePeriodSeconds === 'number' ? meta.deletionGracePeriodSeconds : 30;
  const at = Math.max(0, Math.round((deadline - grace * 1000 - created) / 100) / 10);
  return [`${at} delete --grace-period=${grace}`];
}

/** Replay horizon (ms): past the real pod's age, at least two minutes, at most an hour. */
export function replayHorizon(ageMs: number): number {
  return Math.min(3_600_000, Math.max(120_000, Math.ceil((ageMs + 60_000) / 10_000) * 10_000));
}

/** Milliseconds since creation at which the real snapshot was taken (an upper bound for the replay horizon). */
export function snapshotAge(doc: Obj, now: number): number {
  const created = isObj(doc.metadata) && typeof doc.metadata.creationTimestamp === 'string' ? Date.parse(doc.metadata.creationTimestamp) : NaN;
  return Number.isFinite(created) ? Math.max(0, now - created) : 0;
}

export interface Match {
  /** ms since creation in the replay. */
  t: number;
  status: string;
  restarts: number;
  ready: string;
  /** STATUS, READY and the restart count all equal the real pod's. */
  exact: boolean;
}

const count = (restarts: string) => Number.parseInt(restarts, 10) || 0;

/**
 * The replay moment whose kubectl row best matches the real one: STATUS counts most, then the
 * restart count (closer is better), then READY; ties go to the frame closest to the real pod's age.
 */
export function bestMoment(trace: Trace, target: ExplainResult['kubectl'], ageMs: number): Match | null {
  let best: { m: Match; score: number; dist: number } | null = null;
  const want = count(target.restarts);
  for (const f of trace.frames) {
    if (!f.pod || f.t > trace.until) continue;
    // Score at the middle of the frame's stretch too: STATUS can depend on time (back-off).
    const row = kubectlGet(f.pod, f.t);
    const restarts = count(row.restarts);
    const score = (row.status === target.status ? 100 : 0) - Math.min(50, Math.abs(restarts - want) * 10) + (row.ready === target.ready ? 5 : 0);
    const dist = Math.abs(f.t - ageMs);
    if (!best || score > best.score || (score === best.score && dist < best.dist)) {
      best = { m: { t: f.t, status: row.status, restarts, ready: row.ready, exact: row.status === target.status && restarts === want && row.ready === target.ready }, score, dist };
    }
  }
  if (!best) return null;
  // Land a moment after the frame starts, where its state is visibly in force.
  const next = trace.frames.find((f) => f.t > best.m.t);
  const inside = next ? Math.min(best.m.t + 500, (best.m.t + next.t) / 2) : best.m.t;
  const pod = frameAt(trace, inside)?.pod;
  return pod && kubectlGet(pod, inside).status === best.m.status ? { ...best.m, t: inside } : best.m;
}
