/**
 * Probe workers exactly as prober/worker.go runs them: one per (container, probe type), started at
 * admission, ticking every periodSeconds (phase = worker start), initialDelaySeconds compared with
 * whole seconds since startedAt, initial results (readiness failure, liveness success, startup
 * unknown), consecutive-run thresholds, startup gating the others, hold after a liveness failure or
 * any startup result, liveness/startup stopped when the pod is being deleted.
 */
import type { ProbeResult } from '../model/trace';
import type { ProbeSpec, ProbeType } from '../model/spec';
import { emit, type Core, type Instance, type ProbeWorker, type Slot } from './core';
import { markStarted } from './containers';
import { pokeMain, runExec } from './processes';
import { stopInstance } from './termination';
import { PLEG_MS, POD_IP } from './timing';
import { resolvePort } from './world';

const INITIAL: Record<ProbeType, ProbeResult> = { readiness: 'failure', liveness: 'success', startup: 'unknown' };
const TITLE: Record<ProbeType, string> = { readiness: 'Readiness', liveness: 'Liveness', startup: 'Startup' };

type Worker = ProbeWorker & { hasResult: boolean; tickFn: () => void; lastRunAt: number };

/** Create the probe workers of every container (AddPod at admission) and start their tickers. */
export function startWorkers(core: Core): void {
  for (const slot of core.slots) {
    for (const spec of [slot.spec.startupProbe, slot.spec.livenessProbe, slot.spec.readinessProbe]) {
      if (!spec) continue;
      const w = {
        spec,
        slot,
        result: INITIAL[spec.type],
        lastRaw: 'unknown',
        run: 0,
        onHold: false,
        busy: false,
        stopped: false,
        hasResult: false,
        lastRunAt: -1,
      } as Worker;
      const period = Math.max(1, spec.periodSeconds) * 1000;
      w.tickFn = () => {
        if (w.stopped) return;
        w.tick = core.agenda.at(core.now + period, w.tickFn);
        doProbe(core, w);
      };
      // Jitter (kubelet just started): the first tick waits a random part of the period.
      const offset = core.options.jitter ? Math.floor(core.rand() * period) : 0;
      w.tick = core.agenda.at(core.now + offset + period, w.tickFn);
      slot.probes.push(w);
    }
  }
}

/** A new container ID: reset every worker of the slot to its initial value and clear the hold. */
export function resetWorkers(_core: Core, slot: Slot): void {
  const inst = slot.instance;
  for (const pw of slot.probes) {
    const w = pw as Worker;
    w.containerID = inst?.containerID;
    w.result = INITIAL[w.spec.type];
    w.hasResult = false;
    w.lastRaw = 'unknown';
    w.run = 0;
    w.onHold = false;
    w.busy = false;
  }
}

/** prober_manager.go UpdatePodStatus: started, running and readiness Success (or no readiness probe). */
export function containerReady(slot: Slot): boolean {
  const inst = slot.instance;
  if (!inst || inst.exited || inst.runningAt === undefined || !slot.started) return false;
  const w = slot.probes.find((p) => p.spec.type === 'readiness') as Worker | undefined;
  if (!w) return true;
  return w.hasResult && w.result === 'success';
}

/**
 * When the kubelet's cached status first shows this instance (its container ID): the status of the
 * sync that started it was generated before the start, so the ID appears at the next sync, the one
 * the PLEG relist triggers (worker.go doProbe: "container has no ID yet → wait").
 */
export function observedAt(inst: Instance): number {
  return inst.startedAt + PLEG_MS;
}

/**
 * prober_manager.go UpdatePodStatus: a started container whose readiness has no result yet gets a
 * manual probe run at the next status generation. `now` = a probe-triggered sync (startup success);
 * otherwise the relist sync after the start, for the same instance only.
 */
export function kickReadiness(core: Core, slot: Slot, now: boolean): void {
  const w = slot.probes.find((p) => p.spec.type === 'readiness') as Worker | undefined;
  const inst = slot.instance;
  if (!w || w.hasResult || !inst) return;
  if (now && core.now >= observedAt(inst)) {
    doProbe(core, w);
    return;
  }
  core.agenda.at(Math.max(core.now, observedAt(inst)), () => {
    if (slot.instance === inst && !w.hasResult) doProbe(core, w);
  });
}

/** Liveness and startup workers stop (result Success) when the pod is being deleted (StopLivenessAndStartup). */
export function stopLivenessAndStartup(core: Core): void {
  for (const slot of core.slots) {
    for (const pw of slot.probes) {
      if (pw.spec.type === 'readiness') continue;
      pw.result = 'success';
      stopWorker(core, pw);
    }
  }
}

/** Remove every worker (containers killed, or phase terminal). */
export function stopAllWorkers(core: Core): void {
  for (const slot of core.slots) for (const w of slot.probes) stopWorker(core, w);
}

function stopWorker(core: Core, w: ProbeWorker): void {
  w.stopped = true;
  core.agenda.cancel(w.tick);
}

function doProbe(core: Core, w: Worker): void {
  if (w.stopped) return;
  if (core.terminalPhase || core.gone) {
    stopWorker(core, w);
    return;
  }
  const slot = w.slot;
  const inst = slot.instance;
  if (!inst || w.onHold || w.busy) return;
  // An exit the kubelet has not observed yet: the exec/dial would error, and prober errors are dropped (worker.go).
  if (inst.exitPending) return;
  if (inst.exited || inst.runningAt === undefined) {
    if (inst.exited && slot.state === 'done' && core.pod.restartPolicy === 'Never') stopWorker(core, w);
    return;
  }
  const type = w.spec.type;
  if (core.stopping === 'delete' && type !== 'readiness') {
    w.result = 'success';
    stopWorker(core, w);
    return;
  }
  // The worker has not seen the container ID yet (see observedAt): nothing to probe.
  if (core.now < observedAt(inst)) return;
  if (Math.floor((core.now - inst.startedAt) / 1000) < w.spec.initialDelaySeconds) return;
  if (type === 'startup' && slot.started) return;
  if (type !== 'startup' && !slot.started) return;
  const t = core.now;
  // A manual run (readiness after start) and a tick in the same millisecond are one probe.
  if (w.lastRunAt === t) return;
  w.lastRunAt = t;
  w.busy = true;
  execute(core, slot, inst, w.spec, (result, output, timedOut) => {
    w.busy = false;
    if (slot.instance !== inst || w.containerID !== inst.containerID || w.stopped) return;
    record(core, w, inst, t, result, output, timedOut);
  });
}

function record(core: Core, w: Worker, inst: Instance, t: number, result: ProbeResult, output: string, timedOut: boolean): void {
  const slot = w.slot;
  const spec = w.spec;
  if (result === w.lastRaw) w.run++;
  else {
    w.lastRaw = result;
    w.run = 1;
  }
  const threshold = result === 'failure' ? spec.failureThreshold : spec.successThreshold;
  core.trace.probes.push({
    t,
    container: slot.spec.name,
    probe: spec.type,
    result,
    ...(output ? { output } : {}),
    ...(timedOut ? { timedOut: true } : {}),
    run: w.run,
    threshold,
  });
  if (result === 'failure') {
    emit(core, { type: 'Warning', reason: 'Unhealthy', message: `${TITLE[spec.type]} probe failed: ${output}`, source: 'kubelet', container: slot.spec.name, cause: spec.path });
  }
  if (result === 'unknown' || w.run < threshold) return;
  const changed = !w.hasResult || w.result !== result;
  w.result = result;
  w.hasResult = true;
  if ((spec.type === 'liveness' && result === 'failure') || spec.type === 'startup') {
    w.onHold = true;
    w.run = 0;
  }
  // Only a changed result can change the status (readiness Success is re-stored on every tick).
  if (changed) core.dirty = true;
  if (spec.type === 'startup' && result === 'success') {
    // The probe result triggers an immediate sync (handleProbeSync): the next init starts now.
    markStarted(core, slot, 0);
    return;
  }
  if (result === 'failure' && spec.type !== 'readiness') kill(core, slot, inst, spec);
}

function kill(core: Core, slot: Slot, inst: Instance, spec: ProbeSpec): void {
  if (slot.instance !== inst || inst.exited || inst.stop) return;
  const c = slot.spec.name;
  const what = spec.type === 'startup' ? 'startup' : 'liveness';
  const message =
    slot.spec.kind === 'sidecar'
      ? `Init container ${c} failed ${what} probe`
      : `Container ${c} failed ${what} probe${core.pod.restartPolicy !== 'Never' ? ', will be restarted' : ''}`;
  const grace = core.deletion?.seenByKubelet
    ? core.deletion.graceS
    : (spec.terminationGracePeriodSeconds ?? core.pod.terminationGracePeriodSeconds);
  stopInstance(core, slot, grace, message, 'probe', false);
}

type Done = (result: ProbeResult, output: string, timedOut: boolean) => void;

/** Run one probe handler (prober/prober.go runProbe) and report its result. */
function execute(core: Core, slot: Slot, inst: Instance, spec: ProbeSpec, done: Done): void {
  const h = spec.handler;
  const timeoutMs = Math.max(1, spec.timeoutSeconds) * 1000;
  switch (h.kind) {
    case 'exec': {
      let proc;
      try {
        proc = core.runtime.startExec({ command: h.command, spec: inst.spec ?? slot.spec, pod: core.pod, fs: inst.fs, world: core.world, main: inst.process });
      } catch (e) {
        done('unknown', String(e), false);
        return;
      }
      runExec(core, proc, core.now + timeoutMs, `${spec.type} probe of ${slot.spec.name}`, (o) => {
        if (o.timedOut) done('failure', `command ${JSON.stringify(h.command.join(' '))} timed out`, true);
        else done(o.code === 0 ? 'success' : 'failure', o.code === 0 ? '' : o.output, false);
      }, pokeMain(core, slot));
      return;
    }
    case 'httpGet': {
      const port = resolvePort(core, h.port) ?? 0;
      const r = core.world.httpGet(h.host ?? POD_IP, port, h.path, timeoutMs);
      if (!r.ok) {
        done('failure', r.message, r.error === 'timeout');
        return;
      }
      const status = r.value.status;
      if (status >= 200 && status < 400) {
        if (status >= 300) {
          emit(core, { type: 'Warning', reason: 'ProbeWarning', message: `${TITLE[spec.type]} probe warning: Probe terminated redirects, Response body: ${r.value.body ?? ''}`, source: 'kubelet', container: slot.spec.name, cause: spec.path });
        }
        done('success', '', false);
      } else done('failure', `HTTP probe failed with statuscode: ${status}`, false);
      return;
    }
    case 'tcpSocket': {
      const port = resolvePort(core, h.port) ?? 0;
      const r = core.world.tcpConnect(h.host ?? POD_IP, port, timeoutMs);
      if (r.ok) done('success', '', false);
      else done('failure', r.message, r.error === 'timeout');
      return;
    }
    case 'grpc': {
      const r = core.world.grpcCheck(POD_IP, h.port, h.service ?? '', timeoutMs);
      if (!r.ok) done('failure', r.message, r.error === 'timeout');
      else if (r.value === 'SERVING') done('success', '', false);
      else done('failure', `service unhealthy (responded with "${r.value}")`, false);
      return;
    }
    default:
      done('success', '', false);
  }
}
