/**
 * Simulation setup: the core built from a scenario (one slot and state machine per container, the
 * world, volumes, the runtime's static checks) and the agenda's first entries (the user's
 * interventions, scheduling, the sandbox). The loop that runs the agenda is in engine.ts.
 */
import type { Behaviours } from '../model/behaviour';
import type { PodModel, ServiceModel } from '../model/spec';
import type { Intervention, Trace } from '../model/trace';
import type { Runtime } from '../runtime/types';
import { Agenda } from './agenda';
import { launchInit } from './containers';
import { diagnose, emit, newContainerActor, newPodActor, sendPod, type Core, type Slot } from './core';
import type { SimulateInput } from './engine';
import { mulberry32 } from './format';
import { applyAction, type ManifestParser } from './interventions';
import { startWorkers } from './probes';
import { deadlineExceeded } from './termination';
import { SANDBOX_MS, SCHEDULE_MS } from './timing';
import { hasObjectVolumes, mountObjectVolumes } from './volumes';
import { createWorld } from './world';

/** The core of a simulation at t=0, with the runtime's static checks of each container (when `analyze`). */
export function createCore(pod: PodModel, services: ServiceModel[], behaviours: Behaviours, input: SimulateInput, runtime: Runtime, trace: Trace, analyze: boolean): Core {
  const slots: Slot[] = [...pod.initContainers, ...pod.containers].map((spec, order) => {
    const actor = newContainerActor();
    return { spec, order, actor, state: 'waiting', creations: 0, restartCount: 0, started: false, ready: false, probes: [], everRan: false };
  });
  const core = {
    pod,
    services,
    behaviours,
    runtime,
    options: input.options ?? {},
    rand: mulberry32(trace.seed),
    agenda: new Agenda(),
    now: 0,
    trace,
    slots,
    byName: new Map(slots.map((s) => [s.spec.name, s])),
    initSlots: slots.filter((s) => s.spec.kind !== 'app'),
    appSlots: slots.filter((s) => s.spec.kind === 'app'),
    volumes: new Map(),
    configs: [...(pod.configs ?? [])],
    presentImages: new Set(input.options?.presentImages ?? []),
    imageBackoff: new Map(),
    podActor: newPodActor(),
    podState: 'pending',
    admitted: false,
    sandboxReady: false,
    initLaunched: 0,
    appsLaunched: false,
    podIsTerminal: false,
    extConditions: new Map(),
    conditionTimes: new Map(),
    podReady: false,
    gone: false,
    dirty: false,
    lastKey: '',
    endpoints: [],
    spanOpen: new Set(),
  } as unknown as Core;
  core.world = createWorld(core);
  for (const v of pod.volumes) core.volumes.set(v.name, runtime.createVolume(v.name));
  for (const s of analyze ? slots : []) {
    try {
      for (const d of runtime.analyze(s.spec)) trace.diagnostics.push(d);
    } catch (e) {
      diagnose(core, { severity: 'warning', code: 'R001', message: `runtime analysis of ${s.spec.name} failed: ${String(e)}` });
    }
  }
  return core;
}

/** Put the interventions, the scheduler's binding and the sandbox on the agenda. */
export function schedule(core: Core, interventions: Intervention[], parse: ManifestParser | undefined): void {
  const pod = core.pod;
  // Interventions first so that, at equal times, the user's action precedes kubelet work.
  for (const iv of [...interventions].sort((a, b) => a.at - b.at)) {
    core.agenda.at(Math.max(0, iv.at), () => applyAction(core, iv.action, parse));
  }
  core.agenda.at(SCHEDULE_MS, () => {
    if (core.gone) return;
    emit(core, { type: 'Normal', reason: 'Scheduled', message: `Successfully assigned ${pod.namespace}/${pod.name} to ${pod.nodeName}`, source: 'default-scheduler' });
    core.admitted = true;
    core.startTime = core.now;
    core.dirty = true;
    startWorkers(core);
    if (pod.activeDeadlineSeconds !== undefined) {
      core.agenda.at(core.now + pod.activeDeadlineSeconds * 1000, () => deadlineExceeded(core));
    }
    if (hasObjectVolumes(core)) mountObjectVolumes(core, () => core.agenda.at(Math.max(SANDBOX_MS, core.now + SANDBOX_MS), sandbox));
  });
  const sandbox = () => {
    if (core.gone || core.stopping || core.sandboxReady) return;
    core.sandboxReady = true;
    sendPod(core, { type: 'SANDBOX_READY', hasInit: core.initSlots.length > 0 });
    launchInit(core, 0);
  };
  // Pods with configMap/secret volumes create the sandbox once they are mounted (see volumes.ts).
  if (!hasObjectVolumes(core)) core.agenda.at(SANDBOX_MS, sandbox);
}
