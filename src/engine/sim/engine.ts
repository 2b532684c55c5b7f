/**
 * The simulation loop: builds the core from a scenario, runs the agenda batch by batch (all entries
 * of one millisecond, then the kubelet's status generation), and appends a Frame whenever the pod's
 * metadata, status or ready endpoints changed. Dependencies (runtime, manifest parser) are injected
 * so the kubelet can be tested with a scripted runtime.
 */
import type { Behaviours } from '../model/behaviour';
import { hasErrors } from '../model/diagnostics';
import type { PodModel, ServiceModel } from '../model/spec';
import type { PodSpecView } from '../model/status';
import type { Intervention, SimOptions, Trace } from '../model/trace';
import type { Runtime } from '../runtime/types';
import { Agenda } from './agenda';
import { launchInit } from './containers';
import { diagnose, emit, newContainerActor, newPodActor, sendPod, type Core, type Slot } from './core';
import { mulberry32 } from './format';
import { applyAction, type ManifestParser } from './interventions';
import { startWorkers, stopAllWorkers } from './probes';
import { buildKubeletStatus, buildPodObject, specView } from './statusBuilder';
import { beginPodStop, deadlineExceeded } from './termination';
import { SANDBOX_MS, SCHEDULE_MS } from './timing';
import { createWorld, readyEndpoints } from './world';

export interface SimulateInput {
  /** Either manifest text (parsed with parseManifest) … */
  manifest?: string;
  /** … or an already parsed model. */
  pod?: PodModel;
  services?: ServiceModel[];
  behaviours?: Behaviours;
  interventions?: Intervention[];
  /** Default 1. */
  seed?: number;
  /** Horizon in ms, default 600 000. */
  until?: number;
  options?: SimOptions;
  runtime?: Runtime;
}

export interface Simulation {
  /** Run further, to a later horizon (the past is unchanged: same result as simulating to `until` at once). */
  advance(until: number): void;
  readonly trace: Trace;
}

export interface EngineDeps {
  runtime: Runtime;
  parse?: ManifestParser;
}

export const DEFAULT_UNTIL = 600_000;

/** A placeholder model for traces of manifests that did not produce a pod. */
function emptyPod(): PodModel {
  return {
    name: '',
    namespace: 'default',
    uid: '',
    labels: {},
    annotations: {},
    restartPolicy: 'Always',
    terminationGracePeriodSeconds: 30,
    readinessGates: [],
    nodeName: 'node-1',
    initContainers: [],
    containers: [],
    volumes: [],
    origin: { apiVersion: 'v1', kind: 'Pod', name: '', documentIndex: 0 },
  };
}

/** Build a simulation with explicit dependencies (simulate.ts supplies the defaults). */
export function createSimulationWith(input: SimulateInput, deps: EngineDeps): Simulation {
  const seed = input.seed ?? 1;
  const interventions = [...(input.interventions ?? [])];
  let pod = input.pod;
  let services = input.services ?? [];
  let behaviours = input.behaviours ?? {};
  const diagnostics = [];
  let shown = pod;
  if (input.manifest !== undefined && deps.parse) {
    const parsed = deps.parse(input.manifest);
    diagnostics.push(...parsed.diagnostics);
    pod = parsed.pod;
    shown = pod;
    services = parsed.services;
    behaviours = parsed.behaviours;
    // Errors block the run (apiserver would reject the object); the model is still shown if there is one.
    if (hasErrors(parsed.diagnostics)) pod = undefined;
  }
  const trace: Trace = {
    version: 1,
    until: 0,
    seed,
    pod: shown ?? emptyPod(),
    services,
    frames: [],
    events: [],
    probes: [],
    transitions: [],
    spans: [],
    diagnostics,
    interventions,
  };
  if (!pod) {
    return {
      trace,
      advance(until: number) {
        trace.until = Math.max(trace.until, until);
      },
    };
  }
  const core = createCore(pod, services, behaviours, input, deps.runtime, trace);
  const spec = specView(core);
  schedule(core, interventions, deps.parse);
  let advanced = false;
  return {
    trace,
    advance(until: number) {
      if (advanced && until <= trace.until) return;
      advanced = true;
      run(core, until, spec);
      trace.until = until;
    },
  };
}

function createCore(pod: PodModel, services: ServiceModel[], behaviours: Behaviours, input: SimulateInput, runtime: Runtime, trace: Trace): Core {
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
  for (const s of slots) {
    try {
      for (const d of runtime.analyze(s.spec)) trace.diagnostics.push(d);
    } catch (e) {
      diagnose(core, { severity: 'warning', code: 'R001', message: `runtime analysis of ${s.spec.name} failed: ${String(e)}` });
    }
  }
  return core;
}

function schedule(core: Core, interventions: Intervention[], parse: ManifestParser | undefined): void {
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
  });
  core.agenda.at(SANDBOX_MS, () => {
    if (core.gone || core.stopping) return;
    core.sandboxReady = true;
    sendPod(core, { type: 'SANDBOX_READY', hasInit: core.initSlots.length > 0 });
    launchInit(core, 0);
  });
}

/** Generate the kubelet status if anything changed; a phase that became terminal stops the pod. */
function settle(core: Core): void {
  for (let i = 0; i < 3 && core.dirty; i++) {
    core.dirty = false;
    const status = buildKubeletStatus(core);
    core.kubelet = status;
    const phase = status.phase;
    const terminal = phase === 'Succeeded' || phase === 'Failed';
    // SyncTerminatingPod finished: every container stopped and the phase is terminal.
    if (terminal && core.podIsTerminal && core.podState === 'terminating') {
      sendPod(core, { type: 'TERMINATED', succeeded: phase === 'Succeeded' });
    }
    if (terminal && !core.terminalPhase) {
      core.terminalPhase = phase;
      stopAllWorkers(core);
      if (!core.stopping) beginPodStop(core, 'completed', core.pod.terminationGracePeriodSeconds);
      core.dirty = true;
    }
  }
}

function run(core: Core, until: number, spec: PodSpecView): void {
  const agenda = core.agenda;
  let changed = false;
  while (true) {
    const t = agenda.peekTime();
    if (t === undefined || t > until) break;
    core.now = t;
    while (agenda.peekTime() === t) {
      const e = agenda.pop()!;
      try {
        e.fn();
      } catch (err) {
        diagnose(core, { severity: 'error', code: 'R900', message: `simulator error at ${t} ms: ${String(err)}` });
      }
      if (core.dirty) changed = true;
    }
    if (!changed) continue;
    settle(core);
    // Settling may have scheduled more work at this millisecond (a phase that became terminal).
    if (agenda.peekTime() === t) continue;
    changed = false;
    emitFrame(core, t, spec);
  }
}

function emitFrame(core: Core, t: number, spec: PodSpecView): void {
  const trace = core.trace;
  if (core.gone) {
    const last = trace.frames[trace.frames.length - 1];
    if (last && last.pod !== null) trace.frames.push({ t, pod: null, endpoints: [] });
    return;
  }
  if (!core.kubelet) return;
  const obj = buildPodObject(core, core.kubelet, spec);
  core.podReady = obj.status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
  const endpoints = readyEndpoints(core);
  const key = JSON.stringify(obj.metadata) + JSON.stringify(obj.status) + endpoints.join(',');
  if (key === core.lastKey) return;
  core.lastKey = key;
  trace.frames.push({ t, pod: obj, endpoints });
}
