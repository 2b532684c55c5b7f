/**
 * Starting, exiting and restarting containers (kuberuntime_container.go `startContainer`,
 * kuberuntime_manager.go `computePodActions`/`doBackOff`, container/helpers.go
 * `ShouldContainerBeRestarted`), init order and sidecar start gates (`computeInitContainerActions`).
 */
import { behaviourForAttempt } from '../model/behaviour';
import type { ProcessState } from '../runtime/types';
import { closeSpan, diagnose, emit, openSpan, sendContainer, sendPod, type Core, type Instance, type Slot } from './core';
import { hexId, rfc3339 } from './format';
import { runHook } from './hooks';
import { ensureImage } from './imagePull';
import { resetWorkers, kickReadiness } from './probes';
import { runMain, setMainExitHandler } from './processes';
import { checkTermination, failedPreStop, releaseWaitingSidecars, stopInstance } from './termination';
import { decide } from './restarts';
import { JITTER_REQUEUE_MAX_MS, PLEG_MS, SYNC_ERROR_REQUEUE_MS } from './timing';
import { resolveEnv } from './config';
import type { ContainerSpec } from '../model/spec';

const chains = new WeakMap<Instance | Slot, () => void>();

/** Continue a sequential start chain once (the next container in the same sync). */
function continueChain(key: Instance | Slot): void {
  const next = chains.get(key);
  if (next) {
    chains.delete(key);
    next();
  }
}

/** The pod worker's requeue after a failed sync: 10 s, plus wait.Jitter's 0–5 s with options.jitter. */
function syncRequeueMs(core: Core): number {
  return SYNC_ERROR_REQUEUE_MS + (core.options.jitter === true ? Math.floor(core.rand() * JITTER_REQUEUE_MAX_MS) : 0);
}

/** Start the init container at index `i` if it is the next one due (strict order); past the end, the app containers. */
export function launchInit(core: Core, i: number): void {
  if (core.stopping || core.gone || i !== core.initLaunched) return;
  if (i >= core.initSlots.length) {
    launchApps(core);
    return;
  }
  core.initLaunched = i + 1;
  launch(core, core.initSlots[i]!);
}

/** Start every regular container, one after the other as one SyncPod does (pull, create, start, postStart). */
export function launchApps(core: Core): void {
  if (core.appsLaunched || core.stopping) return;
  core.appsLaunched = true;
  if (core.initSlots.length > 0) sendPod(core, { type: 'INITIALIZED' });
  const run = (i: number) => {
    const slot = core.appSlots[i];
    if (slot) launch(core, slot, () => run(i + 1));
  };
  run(0);
}

/** Bring one container from waiting to running: image, create, start, postStart. `next` continues the chain. */
export function launch(core: Core, slot: Slot, next?: () => void): void {
  if (core.stopping || core.gone) {
    next?.();
    return;
  }
  slot.pending = undefined;
  if (next) chains.set(slot, next);
  ensureImage(
    core,
    slot,
    () => launch(core, slot),
    (outcome) => {
      if (outcome === 'ready') create(core, slot);
      else continueChain(slot);
    },
  );
}

function create(core: Core, slot: Slot): void {
  if (core.stopping) {
    sendContainer(core, slot, { type: 'ABANDON' });
    continueChain(slot);
    return;
  }
  const pod = core.pod;
  // generateContainerConfig (env from ConfigMaps/Secrets) comes after the image and before CreateContainer.
  const spec = runSpec(core, slot);
  if (!spec) return;
  const prev = slot.instance;
  if (prev?.exited) {
    const { at: _at, ...term } = prev.exited;
    slot.lastTermination = term;
  }
  const attempt = slot.creations++;
  // restartCount is written when the replacement is created (kuberuntime_container.go startContainer).
  slot.restartCount = attempt;
  slot.waiting = undefined;
  slot.started = false;
  slot.ready = false;
  const ref = slot.imageRef ?? spec.image;
  slot.imageID = `${ref.replace(/:[^:/@]+$/, '')}@sha256:${hexId('image', ref)}`;
  const inst: Instance = {
    attempt,
    containerID: `containerd://${hexId(core.trace.seed, pod.uid, spec.name, attempt)}`,
    fs: core.runtime.createFs(spec, core.volumes),
    spec,
    startedAt: core.now,
    oom: false,
  };
  slot.instance = inst;
  const next = chains.get(slot);
  chains.delete(slot);
  if (next) chains.set(inst, next);
  emit(core, { type: 'Normal', reason: 'Created', message: `Created container: ${spec.name}`, source: 'kubelet', container: spec.name, cause: spec.path });
  try {
    inst.process = core.runtime.startMain({
      pod,
      spec,
      behaviour: behaviourForAttempt(core.behaviours[spec.name], attempt),
      attempt,
      fs: inst.fs,
      world: core.world,
    });
  } catch (e) {
    diagnose(core, { severity: 'warning', code: 'R002', message: `cannot start ${spec.name}: ${String(e)}`, path: spec.path });
  }
  emit(core, { type: 'Normal', reason: 'Started', message: `Started container ${spec.name}`, source: 'kubelet', container: spec.name, cause: spec.path });
  sendContainer(core, slot, { type: 'START' });
  resetWorkers(core, slot);
  if (!inst.process) {
    onExit(core, slot, inst, { state: 'exited', code: 128 });
    return;
  }
  runMain(core, slot, inst);
  if (inst.exited) return;
  const hook = spec.postStart;
  if (!hook) {
    becomeRunning(core, slot, inst);
    return;
  }
  const span = openSpan(core, { container: spec.name, kind: 'postStart', label: hook.kind });
  inst.hook = runHook(core, slot, inst, hook, undefined, (r) => {
    inst.hook = undefined;
    closeSpan(core, span, r.ok);
    if (inst.exited) return;
    if (r.ok) {
      becomeRunning(core, slot, inst);
      return;
    }
    // kuberuntime_container.go: FailedPostStartHook event, kill with reason FailedPostStartHook.
    emit(core, { type: 'Warning', reason: 'FailedPostStartHook', message: 'PostStartHook failed', source: 'kubelet', container: spec.name, cause: `${spec.path}.lifecycle.postStart` });
    inst.startError = { reason: 'PostStartHookError', message: r.message };
    sendContainer(core, slot, { type: 'HOOK_FAILED' });
    stopInstance(core, slot, core.pod.terminationGracePeriodSeconds, 'FailedPostStartHook', 'hook', false);
    continueChain(inst);
  });
}

/**
 * The spec to start with, env resolved (sim/config.ts). On an error nothing is created: the Waiting
 * reason is CreateContainerConfigError with the error text, the event `Failed … Error: <text>`
 * (kuberuntime_container.go startContainer, ErrCreateConfig), and the failed sync is retried when
 * the pod worker requeues it (no container back-off: there is no exited container to back off).
 */
function runSpec(core: Core, slot: Slot): ContainerSpec | undefined {
  const spec = slot.spec;
  if (!spec.envFrom?.length && !spec.env.some((e) => e.valueFrom)) return spec;
  const r = resolveEnv(core.pod, spec, core.configs);
  if (r.ok) return { ...spec, env: r.env };
  emit(core, { type: 'Warning', reason: 'Failed', message: `Error: ${r.message}`, source: 'kubelet', container: spec.name, cause: spec.path });
  slot.waiting = { reason: 'CreateContainerConfigError', message: r.message };
  core.dirty = true;
  sendContainer(core, slot, { type: 'CONFIG_FAILED' });
  slot.pending = core.agenda.at(core.now + syncRequeueMs(core), () => launch(core, slot));
  continueChain(slot);
  return undefined;
}

function becomeRunning(core: Core, slot: Slot, inst: Instance): void {
  inst.runningAt = core.now;
  slot.everRan = true;
  sendContainer(core, slot, { type: 'HOOK_SUCCEEDED' });
  if (!slot.spec.startupProbe) markStarted(core, slot, PLEG_MS);
  continueChain(inst);
}

/**
 * The container counts as started (no startup probe, or it succeeded). A sidecar opens the gate for
 * the next init container: after the next sync (`delayMs`), or at once after a probe-triggered sync.
 */
export function markStarted(core: Core, slot: Slot, delayMs: number): void {
  slot.started = true;
  core.dirty = true;
  kickReadiness(core, slot, delayMs === 0);
  if (slot.spec.kind === 'sidecar') {
    const nextIndex = slot.spec.index + 1;
    if (core.initLaunched === nextIndex) {
      if (delayMs === 0) launchInit(core, nextIndex);
      else core.agenda.at(core.now + delayMs, () => launchInit(core, nextIndex));
    }
  }
}

function terminationMessage(slot: Slot, inst: Instance, code: number): string | undefined {
  let msg: string;
  try {
    msg = inst.fs.read(slot.spec.terminationMessagePath) ?? '';
  } catch {
    msg = '';
  }
  if (!msg && slot.spec.terminationMessagePolicy === 'FallbackToLogsOnError' && code !== 0 && inst.process) {
    // readLastStringFromContainerLogs: the log tail (MaxContainerTerminationMessageLogLines = 80
    // lines, each with its newline) in a 2 KiB circular buffer, so the trailing newline is kept.
    const out = inst.process.output();
    const lines = out.split('\n');
    const trailing = lines[lines.length - 1] === '';
    if (trailing) lines.pop();
    msg = lines.slice(-80).join('\n') + (trailing ? '\n' : '');
    if (msg.length > 2048) msg = msg.slice(-2048);
  }
  return msg ? msg.slice(0, 4096) : undefined;
}

/**
 * PID 1 exited: record the termination, then the restart decision (after PLEG, or at once after a
 * kill). While the pod is stopping, the kubelet learns of the exit at the next PLEG relist
 * (genericPlegRelistPeriod, 1 s): until then the status still shows the container running, which is
 * why `kubectl get -w` always shows `Terminating` before the terminal status.
 */
export function onExit(core: Core, slot: Slot, inst: Instance, st: Extract<ProcessState, { state: 'exited' }>): void {
  if (inst.exited || inst.exitPending) return;
  const exitAt = core.now;
  // The process is gone now: no more wake-ups, no KILL at the deadline, hooks are abandoned.
  core.agenda.cancel(inst.wake);
  core.agenda.cancel(inst.killTimer);
  inst.hook?.cancel();
  inst.hook = undefined;
  for (const sp of core.spanOpen) {
    if (sp.container === slot.spec.name && (sp.kind === 'postStart' || sp.kind === 'preStop')) closeSpan(core, sp, false);
  }
  const stop = inst.stop;
  if (stop) {
    // An exec preStop still running dies with the container: RunInContainer returns an error (137).
    if (stop.preStopRunning) {
      stop.preStopRunning = false;
      failedPreStop(core, slot);
    }
    stop.hook?.cancel();
    core.agenda.cancel(stop.waitDeadline);
    closeSpan(core, stop.termSpan);
    closeSpan(core, stop.graceSpan);
  }
  if (core.stopping) {
    inst.exitPending = core.agenda.at(core.now + PLEG_MS, () => {
      inst.exitPending = undefined;
      observeExit(core, slot, inst, st, exitAt);
    });
    releaseWaitingSidecars(core);
    return;
  }
  observeExit(core, slot, inst, st, exitAt);
}

function observeExit(core: Core, slot: Slot, inst: Instance, st: Extract<ProcessState, { state: 'exited' }>, exitAt: number): void {
  const stop = inst.stop;
  const oom = st.oom === true || inst.oom;
  const code = oom ? 137 : st.code;
  const message = terminationMessage(slot, inst, code);
  inst.exited = {
    exitCode: code,
    reason: oom ? 'OOMKilled' : code === 0 ? 'Completed' : 'Error',
    ...(message !== undefined ? { message } : {}),
    startedAt: rfc3339(inst.startedAt),
    finishedAt: rfc3339(exitAt),
    containerID: inst.containerID,
    at: exitAt,
  };
  slot.started = false;
  slot.ready = false;
  sendContainer(core, slot, { type: 'EXITED' });
  continueChain(inst);
  if (core.stopping) {
    sendContainer(core, slot, { type: 'DECIDE', restart: false, backOff: false });
    checkTermination(core);
    return;
  }
  // A probe kill restarts in the same sync (computePodActions kills and starts); anything else is
  // noticed by the next PLEG relist.
  if (stop?.cause === 'probe') decide(core, slot);
  else slot.pending = core.agenda.at(core.now + PLEG_MS, () => decide(core, slot));
}

setMainExitHandler(onExit);
