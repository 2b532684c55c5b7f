/**
 * PodStatus as the kubelet generates it (kubelet_pods.go generateAPIPodStatus /
 * convertToAPIContainerStatuses, status/generate.go conditions, status_manager.go TerminatePod and
 * updateLastTransitionTime), in real v1 shapes.
 */
import type { ContainerState, ContainerStatus, PodCondition, PodObject, PodPhase, PodSpecView, PodStatus } from '../model/status';
import { derivePhase } from '../status/phase';
import type { Core, Slot } from './core';
import { rfc3339 } from './format';
import { containerReady } from './probes';
import { HOST_IP, POD_IP } from './timing';

const UNKNOWN_TERMINATED = {
  exitCode: 137,
  reason: 'ContainerStatusUnknown',
  message: 'The container could not be located when the pod was terminated',
};

function containerState(core: Core, slot: Slot): { state: ContainerState; lastState: ContainerState } {
  const inst = slot.instance;
  const dflt = core.initSlots.length > 0 ? 'PodInitializing' : 'ContainerCreating';
  const last: ContainerState = slot.lastTermination ? { terminated: slot.lastTermination } : {};
  const waiting = (): ContainerState => ({
    waiting: slot.waiting ? { reason: slot.waiting.reason, ...(slot.waiting.message ? { message: slot.waiting.message } : {}) } : { reason: dflt },
  });
  if (!inst) return { state: waiting(), lastState: {} };
  if (inst.exited) {
    const { at: _at, ...terminated } = inst.exited;
    // A restart that is pending (back-off, image error) shows Waiting and moves the termination to lastState.
    if (slot.waiting && slot.state !== 'exited' && slot.state !== 'done') return { state: waiting(), lastState: { terminated } };
    // The pod was stopped (activeDeadlineSeconds) while the container was in back-off: the reasonCache
    // entry is still there and ShouldContainerBeRestarted ignores deadlines, so Waiting stays
    // (TerminatePod later turns it into ContainerStatusUnknown).
    if (slot.waiting && slot.state === 'done' && shouldContainerBeRestarted(core, slot, terminated.exitCode)) {
      return { state: waiting(), lastState: { terminated } };
    }
    // The reasonCache keeps a start error (PostStartHookError) for a container that will be restarted.
    const willRestart = !core.stopping && !core.terminalPhase && (slot.spec.kind === 'sidecar' || core.pod.restartPolicy !== 'Never');
    if (inst.startError && slot.state === 'exited' && willRestart) {
      return { state: { waiting: { reason: inst.startError.reason, message: inst.startError.message } }, lastState: { terminated } };
    }
    return { state: { terminated }, lastState: last };
  }
  if (slot.state === 'starting' || inst.runningAt === undefined) return { state: { waiting: { reason: dflt } }, lastState: last };
  return { state: { running: { startedAt: rfc3339(inst.startedAt) } }, lastState: last };
}

/**
 * container/helpers.go ShouldContainerBeRestarted for an exited container, as convertToAPIContainerStatuses
 * asks it: false once the pod has a deletionTimestamp, otherwise the restart policy decides (sidecars
 * always restart; init containers that exited 0 are skipped). Deadlines and terminal phases play no part.
 */
function shouldContainerBeRestarted(core: Core, slot: Slot, exitCode: number): boolean {
  if (core.deletion) return false;
  if (slot.spec.kind === 'sidecar') return true;
  if (slot.spec.kind === 'init' && exitCode === 0) return false;
  const policy = core.pod.restartPolicy;
  return policy === 'Always' || (policy === 'OnFailure' && exitCode !== 0);
}

function containerStatus(core: Core, slot: Slot, terminalPhase: boolean): ContainerStatus {
  const inst = slot.instance;
  // Everything the status depends on, cheaply: reuse the previous object when nothing changed.
  const ready0 = slot.spec.kind !== 'init' && !terminalPhase && containerReady(slot);
  const sig = `${slot.state}|${inst?.containerID}|${inst?.exited?.at}|${inst?.runningAt}|${slot.waiting?.reason}|${slot.waiting?.message}|${slot.started}|${ready0}|${slot.restartCount}|${core.podIsTerminal}|${slot.imageRef}|${core.deletion !== undefined}`;
  if (slot.cache && slot.cache.key === sig) return slot.cache.status;
  const { state, lastState } = containerState(core, slot);
  const running = state.running !== undefined;
  let ready: boolean;
  if (slot.spec.kind === 'init') ready = state.terminated?.exitCode === 0;
  else ready = running && ready0;
  const s: ContainerStatus = {
    name: slot.spec.name,
    state,
    lastState,
    ready,
    restartCount: slot.restartCount,
    image: inst ? (slot.imageRef ?? slot.spec.image) : slot.spec.image,
    imageID: inst ? (slot.imageID ?? '') : '',
    ...(inst ? { containerID: inst.containerID } : {}),
    started: running && slot.started,
  };
  slot.cache = { key: sig, status: s };
  return s;
}

/** status_manager.go hasPodInitialized: evidence that a regular container was ever started. */
function hasPodInitialized(init: readonly ContainerStatus[], apps: readonly ContainerStatus[]): boolean {
  if (init.length === 0) return true;
  if (apps.some((s) => s.lastState.terminated !== undefined || s.state.waiting === undefined)) return true;
  const last = init[init.length - 1]!;
  return last.lastState.terminated?.exitCode === 0 || last.state.terminated?.exitCode === 0;
}

/** status_manager.go initializedContainers: the init statuses up to the last one that was attempted (at least the first). */
function initializedCount(init: readonly ContainerStatus[]): number {
  for (let i = init.length - 1; i >= 0; i--) {
    const s = init[i]!;
    if (s.state.waiting === undefined || s.lastState.terminated !== undefined) return i + 1;
  }
  return Math.min(1, init.length);
}

function unknownTerminated(s: ContainerStatus): ContainerStatus {
  if (s.state.terminated) return s;
  return { ...s, state: { terminated: { ...UNKNOWN_TERMINATED } }, ready: false, started: false };
}

/**
 * status_manager.go TerminatePod (SyncTerminatedPod): once the pod initialized, every regular
 * container without a terminated state becomes ContainerStatusUnknown/137; so does every init
 * container up to the last one that was attempted. Never-started containers keep their Waiting state.
 */
function terminatePod(init: ContainerStatus[], apps: ContainerStatus[]): { init: ContainerStatus[]; apps: ContainerStatus[] } {
  const initialized = hasPodInitialized(init, apps);
  const n = initializedCount(init);
  return {
    init: init.map((s, i) => (i < n ? unknownTerminated(s) : s)),
    apps: initialized ? apps.map(unknownTerminated) : apps,
  };
}

function condition(core: Core, type: string, ok: boolean, reason?: string, message?: string): PodCondition {
  const status = ok ? 'True' : 'False';
  const prev = core.conditionTimes.get(type);
  let t = prev?.t ?? core.now;
  if (!prev || prev.status !== status) {
    t = core.now;
    core.conditionTimes.set(type, { status, t });
  }
  return {
    type,
    status,
    lastProbeTime: null,
    lastTransitionTime: rfc3339(t),
    ...(reason ? { reason } : {}),
    ...(message ? { message } : {}),
  };
}

/** The kubelet's view of the pod status at `core.now`, plus the phase. */
export function buildKubeletStatus(core: Core): PodStatus {
  const pod = core.pod;
  const prelimTerminal = core.terminalPhase !== undefined;
  let init = core.initSlots.map((s) => containerStatus(core, s, prelimTerminal));
  let apps = core.appSlots.map((s) => containerStatus(core, s, prelimTerminal));
  if (core.podIsTerminal) ({ init, apps } = terminatePod(init, apps));
  const podHasInitialized = core.appSlots.some((s) => s.everRan);
  let phase: PodPhase = derivePhase({
    restartPolicy: pod.restartPolicy,
    sidecars: new Set(core.initSlots.filter((s) => s.spec.kind === 'sidecar').map((s) => s.spec.name)),
    initContainers: core.initSlots.map((s) => s.spec.name),
    containers: core.appSlots.map((s) => s.spec.name),
    initContainerStatuses: init,
    containerStatuses: apps,
    podIsTerminal: core.podIsTerminal,
    podHasInitialized,
  }).phase;
  // A terminal phase never reverts (generateAPIPodStatus).
  if (core.terminalPhase) phase = core.terminalPhase;
  // TerminatePod: a pod whose containers all stopped is never left Pending or Running.
  else if (core.podIsTerminal && (phase === 'Pending' || phase === 'Running')) phase = 'Failed';
  const terminal = phase === 'Succeeded' || phase === 'Failed';

  const conditions: PodCondition[] = [];
  for (const [type, c] of core.extConditions) {
    conditions.push({
      type,
      status: c.status,
      lastProbeTime: null,
      lastTransitionTime: rfc3339(c.t),
      ...(c.reason ? { reason: c.reason } : {}),
      ...(c.message ? { message: c.message } : {}),
    });
  }
  conditions.push(condition(core, 'PodReadyToStartContainers', core.sandboxReady && !core.podIsTerminal));

  // Initialized: regular init containers exited 0 and sidecars started, or a regular container ran.
  const incomplete = core.initSlots
    .filter((s, i) => (s.spec.kind === 'sidecar' ? !(init[i]!.started === true) : init[i]!.state.terminated?.exitCode !== 0))
    .map((s) => s.spec.name);
  if (phase === 'Succeeded') conditions.push(condition(core, 'Initialized', true, 'PodCompleted'));
  // Sticky once True: upstream keeps it True after any regular container started; a sidecar that
  // crashes in the instant between its start and the app start would only flip it in a sync the
  // real kubelet never generates (status is per millisecond here).
  else if (incomplete.length === 0 || podHasInitialized || core.conditionTimes.get('Initialized')?.status === 'True')
    conditions.push(condition(core, 'Initialized', true));
  else conditions.push(condition(core, 'Initialized', false, 'ContainersNotInitialized', `containers with incomplete status: [${incomplete.join(' ')}]`));

  const unready = [
    ...core.initSlots.filter((s, i) => s.spec.kind === 'sidecar' && !init[i]!.ready).map((s) => s.spec.name),
    ...core.appSlots.filter((_s, i) => !apps[i]!.ready).map((s) => s.spec.name),
  ];
  let crReason: string | undefined;
  let crMessage: string | undefined;
  if (terminal) crReason = phase === 'Succeeded' ? 'PodCompleted' : 'PodFailed';
  else if (unready.length > 0) {
    crReason = 'ContainersNotReady';
    crMessage = `containers with unready status: [${unready.join(' ')}]`;
  }
  const containersReady = crReason === undefined;
  let readyReason = crReason;
  let readyMessage = crMessage;
  if (containersReady) {
    const gateMsgs: string[] = [];
    for (const gate of pod.readinessGates) {
      const c = core.extConditions.get(gate);
      if (!c) gateMsgs.push(`corresponding condition of pod readiness gate "${gate}" does not exist.`);
      else if (c.status !== 'True') gateMsgs.push(`the status of pod readiness gate "${gate}" is not "True", but ${c.status}`);
    }
    if (gateMsgs.length > 0) {
      readyReason = 'ReadinessGatesNotReady';
      readyMessage = gateMsgs.join(', ');
    }
  }
  conditions.push(condition(core, 'Ready', readyReason === undefined, readyReason, readyMessage));
  conditions.push(condition(core, 'ContainersReady', containersReady, crReason, crMessage));
  conditions.push(condition(core, 'PodScheduled', true));

  const status: PodStatus = {
    phase,
    conditions,
    ...(core.statusReason ? { message: core.statusReason.message, reason: core.statusReason.reason } : {}),
    hostIP: HOST_IP,
    // The IP stays reported after the sandbox is gone (kubectl -o wide shows it for Completed pods).
    ...(core.sandboxReady ? { podIP: POD_IP, podIPs: [{ ip: POD_IP }] } : {}),
    ...(core.startTime !== undefined ? { startTime: rfc3339(core.startTime) } : {}),
    ...(init.length > 0 ? { initContainerStatuses: init } : {}),
    containerStatuses: apps,
    qosClass: core.slots.some((s) => s.spec.memoryLimitBytes !== undefined) ? 'Burstable' : 'BestEffort',
  };
  return status;
}

/** The static part of the object that kubectl reads besides status. */
export function specView(core: Core): PodSpecView {
  const pod = core.pod;
  return {
    nodeName: pod.nodeName,
    restartPolicy: pod.restartPolicy,
    terminationGracePeriodSeconds: pod.terminationGracePeriodSeconds,
    ...(pod.readinessGates.length > 0 ? { readinessGates: pod.readinessGates.map((conditionType) => ({ conditionType })) } : {}),
    ...(pod.initContainers.length > 0
      ? { initContainers: pod.initContainers.map((c) => ({ name: c.name, image: c.image, ...(c.kind === 'sidecar' ? { restartPolicy: 'Always' } : {}) })) }
      : {}),
    containers: pod.containers.map((c) => ({ name: c.name, image: c.image })),
  };
}

/** The published Pod object: the kubelet status (frozen while the node is lost) plus API-side changes. */
export function buildPodObject(core: Core, kubelet: PodStatus, spec: PodSpecView): PodObject {
  const pod = core.pod;
  let status = kubelet;
  if (core.nodeLost && core.frozen) {
    const frozen = core.frozen;
    const notReadyAt = core.nodeLost.notReadyAt;
    const ext = kubelet.conditions?.filter((c) => core.extConditions.has(c.type)) ?? [];
    const rest = (frozen.conditions ?? [])
      .filter((c) => !core.extConditions.has(c.type))
      .map((c) => (c.type === 'Ready' && notReadyAt !== undefined ? { ...c, status: 'False' as const, lastTransitionTime: rfc3339(notReadyAt) } : c));
    status = { ...frozen, conditions: [...ext, ...rest] };
  }
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: pod.name,
      namespace: pod.namespace,
      uid: pod.uid,
      creationTimestamp: rfc3339(0),
      ...(core.deletion ? { deletionTimestamp: rfc3339(core.deletion.deadline), deletionGracePeriodSeconds: core.deletion.graceS } : {}),
      ...(Object.keys(pod.labels).length > 0 ? { labels: pod.labels } : {}),
      ...(Object.keys(pod.annotations).length > 0 ? { annotations: pod.annotations } : {}),
      ...(pod.generateName ? { generateName: pod.generateName } : {}),
    },
    spec,
    status,
  };
}
