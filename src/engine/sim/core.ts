/**
 * The simulator's mutable state, shared by the rule modules (containers, probes, termination …).
 * Only the engine mutates it; published frames are built from it and never mutated afterwards.
 */
import { createActor, type Actor } from 'xstate';
import type { Behaviours } from '../model/behaviour';
import type { Diagnostic } from '../model/diagnostics';
import type { ConfigObject, ContainerSpec, PodModel, ProbeSpec, ServiceModel } from '../model/spec';
import type { ContainerStateTerminated, ContainerStatus, PodStatus } from '../model/status';
import type { SimEvent, SimOptions, Span, Trace } from '../model/trace';
import type { Fs, Process, Runtime, Server, Volume, World } from '../runtime/types';
import type { Agenda, AgendaEntry } from './agenda';
import { containerMachine, type ContainerMachineEvent } from './machines/containerMachine';
import { podMachine, type PodMachineEvent } from './machines/podMachine';

export type ContainerActor = Actor<typeof containerMachine>;
export type PodActor = Actor<typeof podMachine>;

/** How an instance is being stopped. */
export interface StopOp {
  startedAt: number;
  /** Why: decides whether the exit is followed by a restart decision in the same sync. */
  cause: 'probe' | 'hook' | 'pod' | 'user';
  hook?: { cancel(): void };
  /** An exec preStop is still running (it may outlive the grace wait; it dies with the container). */
  preStopRunning?: boolean;
  /** Sidecar waiting for regular containers / later sidecars (kuberuntime_termination_order.go). */
  waitingSince?: number;
  waitDeadline?: AgendaEntry;
  remainingS: number;
  termSent: boolean;
  graceSpan?: Span;
  termSpan?: Span;
}

/** One run of a container (one containerID). */
export interface Instance {
  attempt: number;
  containerID: string;
  fs: Fs;
  process?: Process;
  /** Runtime start (running.startedAt), before postStart ran. */
  startedAt: number;
  /** When the kubelet first reported it Running (postStart returned). */
  runningAt?: number;
  exited?: ContainerStateTerminated & { at: number };
  /** PID 1 exited while the pod was stopping; the kubelet observes it at the next PLEG relist. */
  exitPending?: AgendaEntry;
  oom: boolean;
  wake?: AgendaEntry;
  killTimer?: AgendaEntry;
  hook?: { cancel(): void };
  stop?: StopOp;
  /** Ports PID 1 listens on, memoised per millisecond (reset whenever the process runs or is signalled). */
  listenCache?: { t: number; ports: ReadonlyMap<number, Server> };
  /** How many of the runtime's `problems()` were already turned into diagnostics. */
  problemsSeen?: number;
  /** The spec this instance was started with: env resolved from ConfigMaps/Secrets/fieldRefs (execs see it too). */
  spec?: ContainerSpec;
  /** A start error the kubelet's reasonCache keeps (PostStartHookError). */
  startError?: { reason: string; message: string };
}

export interface ProbeWorker {
  spec: ProbeSpec;
  slot: Slot;
  /** Stored result (worker.go initial values: readiness failure, liveness success, startup unknown). */
  result: 'success' | 'failure' | 'unknown';
  lastRaw: 'success' | 'failure' | 'unknown';
  run: number;
  onHold: boolean;
  containerID?: string;
  busy: boolean;
  tick?: AgendaEntry;
  stopped: boolean;
}

export interface Slot {
  spec: ContainerSpec;
  /** Position among all containers (init first). */
  order: number;
  actor: ContainerActor;
  state: string;
  /** Instances created so far (restartCount = creations − 1). */
  creations: number;
  restartCount: number;
  instance?: Instance;
  lastTermination?: ContainerStateTerminated;
  /** Waiting reason/message while not running (ErrImagePull, CrashLoopBackOff …). */
  waiting?: { reason: string; message?: string };
  started: boolean;
  ready: boolean;
  backoff?: { delayMs: number; lastUpdate: number };
  pending?: AgendaEntry;
  probes: ProbeWorker[];
  imageRef?: string;
  imageID?: string;
  everRan: boolean;
  /** Status cache: reuse the previous ContainerStatus object when unchanged. */
  cache?: { key: string; status: ContainerStatus };
}

export interface Deletion {
  at: number;
  graceS: number;
  /** deletionTimestamp in ms. */
  deadline: number;
  /** The kubelet has seen it (not while the node is lost). */
  seenByKubelet: boolean;
}

export interface Core {
  pod: PodModel;
  services: ServiceModel[];
  behaviours: Behaviours;
  runtime: Runtime;
  options: SimOptions;
  rand: () => number;
  agenda: Agenda;
  now: number;
  trace: Trace;
  slots: Slot[];
  byName: Map<string, Slot>;
  initSlots: Slot[];
  appSlots: Slot[];
  volumes: Map<string, Volume>;
  /** ConfigMaps/Secrets the node can read (the manifest's, plus those applied later). */
  configs: ConfigObject[];
  /** configMap/secret volumes not mounted yet (the sandbox waits for them: WaitForAttachAndMount). */
  unmounted?: Set<string>;
  presentImages: Set<string>;
  imageBackoff: Map<string, { delayMs: number; lastUpdate: number }>;
  world: World;
  podActor: PodActor;
  podState: string;
  admitted: boolean;
  sandboxReady: boolean;
  startTime?: number;
  /** Number of init containers already launched (strict order). */
  initLaunched: number;
  appsLaunched: boolean;
  deletion?: Deletion;
  /** Why the kubelet stops everything and restarts nothing (ShouldContainerBeRestarted false). */
  stopping?: 'delete' | 'deadline' | 'completed';
  podIsTerminal: boolean;
  terminalPhase?: 'Succeeded' | 'Failed';
  statusReason?: { reason: string; message: string };
  nodeLost?: { at: number; notReadyAt?: number; entries: AgendaEntry[] };
  /** Kubelet status as last published before the node was lost. */
  frozen?: PodStatus;
  /** Non-kubelet conditions (readiness gates via setCondition, DisruptionTarget), in the order set. */
  extConditions: Map<string, { status: 'True' | 'False'; t: number; reason?: string; message?: string }>;
  conditionTimes: Map<string, { status: string; t: number }>;
  /** The published Ready condition (endpoints follow it). */
  podReady: boolean;
  gone: boolean;
  removal?: AgendaEntry;
  dirty: boolean;
  lastKey: string;
  endpoints: string[];
  spanOpen: Set<Span>;
  /** The kubelet's last generated status. */
  kubelet?: PodStatus;
}

/** Create a container actor. */
export function newContainerActor(): ContainerActor {
  return createActor(containerMachine).start();
}

/** Create the pod actor. */
export function newPodActor(): PodActor {
  return createActor(podMachine).start();
}

function pathOf(value: unknown): string {
  if (typeof value === 'string') return value;
  const entries = Object.entries(value as Record<string, unknown>);
  return entries.map(([k, v]) => `${k}.${pathOf(v)}`).join(',');
}

/** Send an event to a container machine; record the transition if the state changed. */
export function sendContainer(core: Core, slot: Slot, event: ContainerMachineEvent): void {
  const from = slot.state;
  slot.actor.send(event);
  const to = pathOf(slot.actor.getSnapshot().value);
  if (to !== from) {
    slot.state = to;
    core.trace.transitions.push({ t: core.now, machine: slot.spec.name, from, to, event: event.type });
    core.dirty = true;
  }
}

/** Send an event to the pod machine; record the transition if the state changed. */
export function sendPod(core: Core, event: PodMachineEvent): void {
  const from = core.podState;
  core.podActor.send(event);
  const to = pathOf(core.podActor.getSnapshot().value);
  if (to !== from) {
    core.podState = to;
    core.trace.transitions.push({ t: core.now, machine: 'pod', from, to, event: event.type });
  }
  core.dirty = true;
}

/** Append an event (kubelet wording), attached to a container when given. */
export function emit(core: Core, ev: Omit<SimEvent, 't'>): void {
  // While the node is lost the kubelet's events never reach the API server (describe cannot show them).
  if (core.nodeLost && ev.source === 'kubelet') return;
  core.trace.events.push({ t: core.now, ...ev });
}

/** Record a diagnostic found while running (codes R…). */
export function diagnose(core: Core, d: Diagnostic): void {
  if (core.trace.diagnostics.some((x) => x.code === d.code && x.message === d.message)) return;
  core.trace.diagnostics.push(d);
}

/** Open a span; `closeSpan` ends it. */
export function openSpan(core: Core, span: Omit<Span, 'start'>): Span {
  const s: Span = { ...span, start: core.now };
  core.trace.spans.push(s);
  core.spanOpen.add(s);
  return s;
}

export function closeSpan(core: Core, s: Span | undefined, ok?: boolean): void {
  if (!s || s.end !== undefined) return;
  s.end = core.now;
  if (ok !== undefined) s.ok = ok;
  core.spanOpen.delete(s);
}

/** A container that is alive in the runtime (process running, possibly stopping). */
export function isAlive(slot: Slot): boolean {
  return slot.instance !== undefined && slot.instance.exited === undefined && slot.instance.process !== undefined;
}
