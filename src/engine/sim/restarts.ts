/**
 * Restart decisions after an exit: container/helpers.go `ShouldContainerBeRestarted` (sidecars
 * always restart), kuberuntime_manager.go `doBackOff` (0, 10, 20, 40 … 300 s, reset after 10 min of
 * running), and what happens when a container will not run again (next init container, KillPod).
 */
import { closeSpan, emit, openSpan, sendContainer, sendPod, type Core, type Slot } from './core';
import { launch, launchInit } from './containers';
import { goDuration } from './format';
import { beginPodStop } from './termination';
import {
  BACKOFF_RESET_MS,
  CRASH_BACKOFF_INITIAL_MS,
  CRASH_BACKOFF_MAX_MS,
  JITTER_REQUEUE_MAX_MS,
  SYNC_ERROR_REQUEUE_MS,
} from './timing';

/** container/helpers.go ShouldContainerBeRestarted (+ sidecars always restart). */
function shouldRestart(core: Core, slot: Slot, code: number): boolean {
  if (slot.spec.kind === 'sidecar') return true;
  if (slot.spec.kind === 'init') return code !== 0 && core.pod.restartPolicy !== 'Never';
  if (core.pod.restartPolicy === 'Always') return true;
  return core.pod.restartPolicy === 'OnFailure' && code !== 0;
}

/** The pod worker's requeue after a sync that failed with a back-off error: wait.Jitter(10 s, 0.5) (see timing.ts). */
function requeue(core: Core): number {
  return SYNC_ERROR_REQUEUE_MS + Math.floor(core.rand() * JITTER_REQUEUE_MAX_MS);
}

/** The restart decision for an exited container (doBackOff: 0, 10, 20, 40 … 300 s; reset after 10 min). */
export function decide(core: Core, slot: Slot): void {
  slot.pending = undefined;
  const inst = slot.instance;
  if (!inst?.exited || slot.state !== 'exited') return;
  const restart = !core.stopping && !core.terminalPhase && shouldRestart(core, slot, inst.exited.exitCode);
  if (!restart) {
    sendContainer(core, slot, { type: 'DECIDE', restart: false, backOff: false });
    afterDone(core, slot);
    return;
  }
  const finishedAt = inst.exited.at;
  const bo = slot.backoff;
  if (!bo || finishedAt - bo.lastUpdate > BACKOFF_RESET_MS) {
    slot.backoff = { delayMs: CRASH_BACKOFF_INITIAL_MS, lastUpdate: core.now };
    restartNow(core, slot);
    return;
  }
  if (core.now - finishedAt >= bo.delayMs) {
    bo.delayMs = Math.min(bo.delayMs * 2, CRASH_BACKOFF_MAX_MS);
    bo.lastUpdate = core.now;
    restartNow(core, slot);
    return;
  }
  const pod = core.pod;
  const c = slot.spec.name;
  const podRef = `${pod.name}_${pod.namespace}(${pod.uid})`;
  // reasonCache: this sync records CrashLoopBackOff after its status was generated; the next
  // status generation shows it (see timing.ts "Error → CrashLoopBackOff").
  const showReason = () => {
    slot.waiting = { reason: 'CrashLoopBackOff', message: `back-off ${goDuration(bo.delayMs)} restarting failed container=${c} pod=${podRef}` };
    core.dirty = true;
  };
  const jittered = core.options.jitter === true;
  if (!jittered) showReason();
  sendContainer(core, slot, { type: 'DECIDE', restart: true, backOff: true });
  const span = openSpan(core, { container: c, kind: 'backoff', label: goDuration(bo.delayMs) });
  const expiry = finishedAt + bo.delayMs;
  const backOffEvent = () =>
    emit(core, { type: 'Warning', reason: 'BackOff', message: `Back-off restarting failed container ${c} in pod ${podRef}`, source: 'kubelet', container: c, cause: slot.spec.path });
  const restartAtExpiry = () => {
    slot.pending = undefined;
    closeSpan(core, span, true);
    bo.delayMs = Math.min(bo.delayMs * 2, CRASH_BACKOFF_MAX_MS);
    bo.lastUpdate = core.now;
    sendContainer(core, slot, { type: 'BACK_OFF_EXPIRED' });
    launch(core, slot);
  };
  if (jittered) {
    // Each requeued sync (10–15 s apart, issue #123602) first generates status (the cached
    // CrashLoopBackOff becomes visible), then restarts if the window is over, else repeats BackOff.
    const sync = () => {
      showReason();
      if (core.now >= expiry) restartAtExpiry();
      else {
        backOffEvent();
        slot.pending = core.agenda.at(core.now + requeue(core), sync);
      }
    };
    backOffEvent();
    slot.pending = core.agenda.at(core.now + requeue(core), sync);
    return;
  }
  // Idealised: the pod worker re-syncs every 10 s while in back-off (each sync repeats the BackOff
  // event) and the restart comes exactly at expiry (PR #133066 behaviour).
  const tick = () => {
    backOffEvent();
    slot.pending =
      core.now + SYNC_ERROR_REQUEUE_MS < expiry ? core.agenda.at(core.now + SYNC_ERROR_REQUEUE_MS, tick) : core.agenda.at(expiry, restartAtExpiry);
  };
  tick();
}

function restartNow(core: Core, slot: Slot): void {
  sendContainer(core, slot, { type: 'DECIDE', restart: true, backOff: false });
  launch(core, slot);
}

/** A container that will not run again: next init container, or the pod is done (KillPod). */
function afterDone(core: Core, slot: Slot): void {
  const code = slot.instance?.exited?.exitCode ?? 0;
  if (slot.spec.kind === 'init') {
    if (code === 0) launchInit(core, slot.spec.index + 1);
    else {
      // restartPolicy Never + failed init container: the pod fails and its sidecars are stopped.
      sendPod(core, { type: 'COMPLETED', succeeded: false });
      beginPodStop(core, 'completed', core.pod.terminationGracePeriodSeconds);
    }
    return;
  }
  if (slot.spec.kind === 'app' && core.appSlots.every((s) => s.state === 'done')) {
    const ok = core.appSlots.every((s) => s.instance?.exited?.exitCode === 0);
    sendPod(core, { type: 'COMPLETED', succeeded: ok });
    beginPodStop(core, 'completed', core.pod.terminationGracePeriodSeconds);
  }
}
