import type { Diagnostic } from './diagnostics';
import type { PodModel, ProbeType, ServiceModel } from './spec';
import type { PodObject } from './status';

/** Milliseconds since the pod's creation (t = 0). */
export type SimTime = number;

/** The fixed creation time that every trace counts from, so traces are reproducible. */
export const CREATION_TIME_ISO = '2025-01-01T00:00:00Z';
export const CREATION_TIME_MS = Date.UTC(2025, 0, 1, 0, 0, 0);

/** A timed user action that forks the future (ARCHITECTURE §4 `--do`). */
export type Action =
  | { type: 'delete'; gracePeriodSeconds?: number; force?: boolean }
  | { type: 'exec'; container: string; command: string[] }
  | { type: 'kill'; container: string; signal: 'TERM' | 'KILL' | 'OOM' }
  | { type: 'apply'; manifest: string; file?: string }
  | { type: 'deleteService'; name: string }
  | { type: 'nodeLost' }
  | { type: 'nodeReady' }
  /** PodLife extension: an external controller sets a pod condition (readiness gates). */
  | { type: 'setCondition'; conditionType: string; status: 'True' | 'False' };

export interface Intervention {
  /** When it happens (ms since creation). */
  at: SimTime;
  action: Action;
}

export interface SimOptions {
  /** Kubelet-like jitter drawn from the seed (probe worker start, back-off requeue). Default false. */
  jitter?: boolean;
  /** Images already on the node (IfNotPresent skips the pull). Default: none. */
  presentImages?: string[];
}

export interface Scenario {
  manifest: string;
  interventions?: Intervention[];
  seed?: number;
  /** Horizon in ms. */
  until?: SimTime;
  options?: SimOptions;
}

/** A kubelet/scheduler/controller event as `kubectl describe` lists it. */
export interface SimEvent {
  t: SimTime;
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
  /** `kubelet`, `default-scheduler`, `node-controller`, `endpoint-controller`, `podlife`. */
  source: string;
  /** Container the event is about (event's fieldPath `spec.containers{c}`). */
  container?: string;
  /** Manifest field path that caused it (for highlighting), e.g. `spec.containers[0].livenessProbe`. */
  cause?: string;
}

export type ProbeResult = 'success' | 'failure' | 'unknown';

/** One probe execution. */
export interface ProbeRecord {
  t: SimTime;
  container: string;
  probe: ProbeType;
  result: ProbeResult;
  /** Probe output (e.g. `HTTP probe failed with statuscode: 503`), empty on success. */
  output?: string;
  /** The probe timed out (counts as failure). */
  timedOut?: boolean;
  /** Consecutive identical results so far, and the threshold that acts on them. */
  run: number;
  threshold: number;
}

/** One state change of an XState machine (container or pod), for the flow diagram and timeline. */
export interface MachineTransition {
  t: SimTime;
  /** `pod` or the container name. */
  machine: string;
  /** Dotted state path before and after, e.g. `waiting.crashLoopBackOff` → `starting.pulling`. */
  from: string;
  to: string;
  /** The event that caused it. */
  event: string;
}

/** A status snapshot, written whenever anything in the pod's metadata or status changes. */
export interface Frame {
  t: SimTime;
  /** `null` once a deleted pod is gone. */
  pod: PodObject | null;
  /** Names of the Services whose endpoints list this pod as ready at t. */
  endpoints: string[];
}

/** A span of a lifecycle hook or a termination step, for the timeline. */
export interface Span {
  container: string;
  kind: 'postStart' | 'preStop' | 'pull' | 'backoff' | 'grace' | 'sigterm';
  start: SimTime;
  /** Undefined while still open at the horizon. */
  end?: SimTime;
  label?: string;
  ok?: boolean;
}

export interface Trace {
  version: 1;
  /** Horizon in ms: the trace is complete up to here. */
  until: SimTime;
  seed: number;
  pod: PodModel;
  services: ServiceModel[];
  frames: Frame[];
  events: SimEvent[];
  probes: ProbeRecord[];
  transitions: MachineTransition[];
  spans: Span[];
  /** Problems found while running (unknown programs, runaway loops …). */
  diagnostics: Diagnostic[];
  interventions: Intervention[];
  /** When the pod object disappeared, if it did. */
  goneAt?: SimTime;
}
