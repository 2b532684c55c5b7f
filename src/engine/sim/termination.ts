/**
 * Stopping containers and pods: kuberuntime_container.go `killContainer` (Killing event before the
 * preStop hook, preStop counted in the grace period, TERM, KILL at the deadline with the 2 s
 * minimum), sidecar order (kuberuntime_termination_order.go), SyncTerminatingPod (no restarts,
 * liveness/startup stopped, terminal phase), and the API-side deletion (registry strategy + kubectl).
 */
import { closeSpan, emit, isAlive, openSpan, sendContainer, sendPod, type Core, type Slot, type StopOp } from './core';
import { runHook } from './hooks';
import { stopAllWorkers, stopLivenessAndStartup } from './probes';
import { signalMain } from './processes';
import { MIN_GRACE_S, POD_REMOVAL_MS } from './timing';

/**
 * Kill one container instance with `graceS` seconds (killContainer). `ordered` sidecars wait for the
 * regular containers and the sidecars declared after them before TERM.
 */
export function stopInstance(core: Core, slot: Slot, graceS: number, killMessage: string, cause: StopOp['cause'], ordered: boolean): void {
  const inst = slot.instance;
  if (!inst || inst.exited || inst.stop) return;
  const spec = slot.spec;
  emit(core, { type: 'Normal', reason: 'Killing', message: killMessage, source: 'kubelet', container: spec.name, cause: spec.path });
  inst.hook?.cancel();
  inst.hook = undefined;
  if (slot.state === 'starting' || slot.state === 'running') sendContainer(core, slot, { type: 'STOP' });
  const stop: StopOp = { startedAt: core.now, cause, remainingS: graceS, termSent: false };
  inst.stop = stop;
  stop.graceSpan = openSpan(core, { container: spec.name, kind: 'grace', label: `${graceS}s` });
  const afterPreStop = () => {
    if (inst.exited) return;
    if (ordered && !sidecarMayStop(core, slot)) {
      stop.waitingSince = core.now;
      stop.waitDeadline = core.agenda.at(core.now + Math.max(0, stop.remainingS) * 1000, () => releaseSidecar(core, slot));
      return;
    }
    sendTerm(core, slot);
  };
  const preStop = spec.preStop;
  if (preStop && graceS > 0) {
    const span = openSpan(core, { container: spec.name, kind: 'preStop', label: preStop.kind });
    const deadline = core.now + graceS * 1000;
    // executePreStopHook waits at most the grace period; an exec hook itself has no timeout
    // (handlers.go RunInContainer(..., 0)) and keeps running until it ends or dies with the container.
    const outlives = preStop.kind === 'exec';
    // The kubelet's wait (the preStop span) ends when the hook returns or at the deadline.
    let waiting = true;
    let waitEntry: ReturnType<typeof core.agenda.at> | undefined;
    const stopWaiting = (ok: boolean) => {
      if (!waiting) return;
      waiting = false;
      core.agenda.cancel(waitEntry);
      closeSpan(core, span, ok);
      stop.remainingS -= Math.floor((core.now - stop.startedAt) / 1000);
      afterPreStop();
    };
    stop.preStopRunning = outlives;
    const handle = runHook(core, slot, inst, preStop, outlives ? undefined : deadline, (r) => {
      stop.hook = undefined;
      stop.preStopRunning = false;
      const timedOut = !outlives && core.now >= deadline;
      // A sleep/httpGet hook cut at the deadline is abandoned silently; a failing hook is an event.
      if (!r.ok && !timedOut) failedPreStop(core, slot);
      stopWaiting(r.ok && !timedOut);
    });
    if (stop.preStopRunning) {
      stop.hook = handle;
      waitEntry = core.agenda.at(deadline, () => stopWaiting(false));
    } else if (waiting) stop.hook = handle;
  } else afterPreStop();
}

/** kuberuntime_container.go executePreStopHook: the hook returned an error (the text is not put in the event). */
export function failedPreStop(core: Core, slot: Slot): void {
  const spec = slot.spec;
  emit(core, { type: 'Warning', reason: 'FailedPreStopHook', message: 'PreStopHook failed', source: 'kubelet', container: spec.name, cause: `${spec.path}.lifecycle.preStop` });
}

/**
 * A process still running in the runtime. killContainer returns as soon as the runtime reports the
 * container stopped, so the termination order follows real exits, not the kubelet's (PLEG-delayed) status.
 */
function processRunning(slot: Slot): boolean {
  return isAlive(slot) && slot.instance?.exitPending === undefined;
}

/** Each sidecar waits until every regular container and every later sidecar has terminated. */
function sidecarMayStop(core: Core, slot: Slot): boolean {
  if (core.appSlots.some(processRunning)) return false;
  return !core.initSlots.some((s) => s.spec.kind === 'sidecar' && s.order > slot.order && processRunning(s));
}

function releaseSidecar(core: Core, slot: Slot): void {
  const inst = slot.instance;
  const stop = inst?.stop;
  if (!inst || !stop || inst.exited || stop.termSent || stop.waitingSince === undefined) return;
  core.agenda.cancel(stop.waitDeadline);
  stop.remainingS -= Math.floor((core.now - stop.waitingSince) / 1000);
  stop.waitingSince = undefined;
  sendTerm(core, slot);
}

function sendTerm(core: Core, slot: Slot): void {
  const inst = slot.instance;
  const stop = inst?.stop;
  if (!inst || !stop || inst.exited || stop.termSent) return;
  // minimumGracePeriodInSeconds: TERM always gets at least 2 s before KILL.
  const g = Math.max(stop.remainingS, MIN_GRACE_S);
  stop.termSent = true;
  stop.termSpan = openSpan(core, { container: slot.spec.name, kind: 'sigterm', label: `${g}s` });
  inst.killTimer = core.agenda.at(core.now + g * 1000, () => signalMain(core, slot, inst, 'KILL'));
  signalMain(core, slot, inst, 'TERM');
}

/**
 * The kubelet stops the whole pod (SyncTerminatingPod / KillPod): nothing restarts, pending starts
 * are abandoned, every live container is killed in parallel (sidecars last, in reverse order).
 */
export function beginPodStop(core: Core, why: 'delete' | 'deadline' | 'completed', graceS: number): void {
  if (core.stopping === 'delete' || (core.stopping && why === 'completed')) return;
  core.stopping = why;
  if (why !== 'completed') sendPod(core, { type: 'TERMINATE', cause: why === 'delete' ? 'delete' : 'deadline' });
  if (why === 'delete') stopLivenessAndStartup(core);
  const hasSidecars = core.initSlots.some((s) => s.spec.kind === 'sidecar');
  for (const slot of core.slots) {
    core.agenda.cancel(slot.pending);
    slot.pending = undefined;
    if (isAlive(slot)) {
      const ordered = hasSidecars && slot.spec.kind === 'sidecar';
      stopInstance(core, slot, Math.max(1, graceS), `Stopping container ${slot.spec.name}`, 'pod', ordered);
    } else if (slot.state !== 'done') {
      for (const s of core.spanOpen) if (s.container === slot.spec.name && (s.kind === 'backoff' || s.kind === 'pull')) closeSpan(core, s, false);
      sendContainer(core, slot, { type: 'ABANDON' });
    }
  }
  checkTermination(core);
}

/** After an exit while stopping: release waiting sidecars; when nothing is alive, the pod is terminal. */
export function checkTermination(core: Core): void {
  if (!core.stopping) return;
  releaseWaitingSidecars(core);
  if (core.slots.some(isAlive) || core.podIsTerminal) return;
  core.podIsTerminal = true;
  core.dirty = true;
  stopAllWorkers(core);
  if (core.deletion?.seenByKubelet) {
    core.removal = core.agenda.at(core.now + POD_REMOVAL_MS, () => removePod(core));
  }
}

/** Sidecars waiting in the termination order get TERM once what they wait for has stopped. */
export function releaseWaitingSidecars(core: Core): void {
  for (const slot of core.initSlots) {
    if (slot.instance?.stop?.waitingSince !== undefined && sidecarMayStop(core, slot)) releaseSidecar(core, slot);
  }
}

/** The API object disappears (the kubelet's final DELETE, a force delete, or an immediate delete). */
export function removePod(core: Core): void {
  if (core.gone) return;
  core.gone = true;
  core.trace.goneAt = core.now;
  sendPod(core, { type: 'REMOVED' });
  core.dirty = true;
}

/**
 * `kubectl delete pod` at now: kubectl turns `--grace-period=0` without `--force` into 1; the API
 * removes unscheduled or terminal pods at once; `--force` removes the object at once while the kubelet
 * still stops the containers. Otherwise deletionTimestamp = now + grace and the kubelet terminates.
 */
export function deletePod(core: Core, gracePeriodSeconds: number | undefined, force: boolean): void {
  if (core.gone) return;
  let grace = gracePeriodSeconds ?? (force ? 0 : core.pod.terminationGracePeriodSeconds);
  if (grace === 0 && !force) grace = 1;
  if (grace < 0) grace = 1;
  if (core.terminalPhase || !core.admitted) {
    removePod(core);
    beginPodStop(core, 'delete', 1);
    return;
  }
  if (force && grace === 0) {
    removePod(core);
    if (!core.nodeLost) beginPodStop(core, 'delete', 1);
    return;
  }
  const deadline = core.now + grace * 1000;
  // A later delete may only shorten the grace period.
  if (core.deletion && core.deletion.deadline <= deadline) return;
  core.deletion = { at: core.now, graceS: grace, deadline, seenByKubelet: false };
  core.dirty = true;
  if (!core.nodeLost) kubeletSeesDeletion(core);
}

/** The kubelet learns about the deletion (at once, or when the node comes back). */
export function kubeletSeesDeletion(core: Core): void {
  const d = core.deletion;
  if (!d || d.seenByKubelet) return;
  d.seenByKubelet = true;
  if (core.podIsTerminal && !core.removal) {
    core.removal = core.agenda.at(core.now + POD_REMOVAL_MS, () => removePod(core));
    return;
  }
  // calculateEffectiveGracePeriod: never below 1 s.
  beginPodStop(core, 'delete', Math.max(1, d.graceS));
}

/** activeDeadlineSeconds (active_deadline.go): Failed/DeadlineExceeded, containers killed. */
export function deadlineExceeded(core: Core): void {
  if (core.terminalPhase || core.stopping === 'delete' || core.gone) return;
  const message = 'Pod was active on the node longer than the specified deadline';
  emit(core, { type: 'Normal', reason: 'DeadlineExceeded', message, source: 'kubelet', cause: 'spec.activeDeadlineSeconds' });
  core.statusReason = { reason: 'DeadlineExceeded', message };
  core.terminalPhase = 'Failed';
  core.stopping = undefined;
  beginPodStop(core, 'deadline', core.pod.terminationGracePeriodSeconds);
}

