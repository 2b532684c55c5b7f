/**
 * The simulation loop: checks the scenario, has setup.ts build the core, runs the agenda batch by
 * batch (all entries of one millisecond, then the kubelet's status generation), and appends a Frame
 * whenever the pod's metadata, status or ready endpoints changed. Dependencies (runtime, manifest parser) are injected
 * so the kubelet can be tested with a scripted runtime.
 */
import type { Behaviours } from '../model/behaviour';
import { hasErrors, type Diagnostic } from '../model/diagnostics';
import type { PodModel, ServiceModel } from '../model/spec';
import type { PodSpecView } from '../model/status';
import type { Intervention, SimOptions, Trace } from '../model/trace';
import type { Runtime } from '../runtime/types';
import { diagnose, sendPod, type Core } from './core';
import type { ManifestParser } from './interventions';
import { stopAllWorkers } from './probes';
import { createCore, schedule } from './setup';
import { buildKubeletStatus, buildPodObject, specView } from './statusBuilder';
import { beginPodStop } from './termination';
import { sanitizeOptions, sanitizeSeed, sanitizeUntil, validateInterventions } from './validate';
import { readyEndpoints } from './world';

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
  /** The parser already ran `runtime.analyze` on a parsed manifest (do not repeat it). */
  analyzedByParser?: boolean;
  /** Override the work bounds (tests); defaults MAX_STEPS_PER_SIM_SECOND / MAX_STEPS_TOTAL. */
  limits?: { perSimSecond?: number; total?: number };
}

export const DEFAULT_UNTIL = 600_000;

/**
 * Work bounds: the kubelet model and the runtime's throttles keep real scenarios far below these
 * (the 1 h heavy benchmark needs a few hundred thousand steps); they only stop a runaway agenda.
 */
export const MAX_STEPS_PER_SIM_SECOND = 50_000;
export const MAX_STEPS_TOTAL = 5_000_000;
/** Interpreter steps of the runtime that cost as much as one agenda step (runtime work counts against the bound). */
export const RUNTIME_STEPS_PER_AGENDA_STEP = 20;

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

/** The parser never throws by contract; a broken one must still not take the simulator down. */
function safeParse(parse: ManifestParser, text: string): ReturnType<ManifestParser> {
  try {
    return parse(text);
  } catch (e) {
    return { services: [], behaviours: {}, diagnostics: [{ severity: 'error', code: 'R900', message: `manifest parser error: ${String(e)}` }] };
  }
}

/** Build a simulation with explicit dependencies (simulate.ts supplies the defaults). */
export function createSimulationWith(input: SimulateInput, deps: EngineDeps): Simulation {
  const seed = sanitizeSeed(input.seed);
  const checked = validateInterventions(input.interventions);
  const interventions = checked.interventions;
  let pod = input.pod;
  let services = Array.isArray(input.services) ? input.services : [];
  let behaviours = input.behaviours ?? {};
  const diagnostics: Diagnostic[] = [...checked.diagnostics];
  let shown = pod;
  if (typeof input.manifest === 'string' && deps.parse) {
    const parsed = safeParse(deps.parse, input.manifest);
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
        trace.until = Math.max(trace.until, sanitizeUntil(until, 0));
      },
    };
  }
  let core: Core;
  let spec: PodSpecView;
  try {
    const analyze = !(deps.analyzedByParser === true && typeof input.manifest === 'string');
    core = createCore(pod, services, behaviours, { ...input, options: sanitizeOptions(input.options) }, deps.runtime, trace, analyze);
    spec = specView(core);
    schedule(core, interventions, deps.parse);
  } catch (e) {
    trace.diagnostics.push({ severity: 'error', code: 'R900', message: `simulator error while setting up: ${String(e)}` });
    return { trace, advance: (until: number) => void (trace.until = Math.max(trace.until, sanitizeUntil(until, 0))) };
  }
  let advanced = false;
  const budget: Budget = {
    total: 0,
    second: -1,
    inSecond: 0,
    maxPerSecond: deps.limits?.perSimSecond ?? MAX_STEPS_PER_SIM_SECOND,
    maxTotal: deps.limits?.total ?? MAX_STEPS_TOTAL,
    work: 0,
  };
  return {
    trace,
    advance(rawUntil: number) {
      const until = sanitizeUntil(rawUntil, trace.until);
      if (budget.haltedAt !== undefined || (advanced && until <= trace.until)) return;
      advanced = true;
      try {
        run(core, until, spec, budget);
      } catch (e) {
        diagnose(core, { severity: 'error', code: 'R900', message: `simulator error at ${core.now} ms: ${String(e)}` });
        budget.haltedAt = core.now;
      }
      trace.until = budget.haltedAt ?? until;
    },
  };
}

/** Agenda steps done so far, to stop a runaway simulation (see MAX_STEPS_*). */
interface Budget {
  total: number;
  second: number;
  inSecond: number;
  maxPerSecond: number;
  maxTotal: number;
  /** Set when the simulation stopped early; the trace is complete up to here. */
  haltedAt?: number;
  /** Runtime interpreter steps already charged. */
  work: number;
}

/** Charge the runtime's interpreter steps since the last call to the agenda budget (as extra agenda steps). */
function chargeWork(core: Core, budget: Budget): void {
  let w: number;
  try {
    w = core.runtime.work?.(core.world) ?? 0;
  } catch {
    return;
  }
  const extra = Math.floor((w - budget.work) / RUNTIME_STEPS_PER_AGENDA_STEP);
  if (extra <= 0) return;
  budget.work += extra * RUNTIME_STEPS_PER_AGENDA_STEP;
  budget.total += extra;
  budget.inSecond += extra;
}

/** Count one agenda step; false (with an R004 diagnostic) when a bound is exceeded. */
function spend(core: Core, budget: Budget, t: number): boolean {
  const second = Math.floor(t / 1000);
  if (second !== budget.second) {
    budget.second = second;
    budget.inSecond = 0;
  }
  budget.total++;
  budget.inSecond++;
  return withinBound(core, budget, t);
}

/** True while the budget holds; otherwise records R004 and the halt time. */
function withinBound(core: Core, budget: Budget, t: number): boolean {
  if (budget.inSecond <= budget.maxPerSecond && budget.total <= budget.maxTotal) return true;
  const why =
    budget.total > budget.maxTotal
      ? `more than ${budget.maxTotal} steps in all (the work bound of one simulation: choose a shorter horizon)`
      : `more than ${budget.maxPerSecond} steps in one simulated second (a runaway loop?)`;
  diagnose(core, { severity: 'warning', code: 'R004', message: `simulation stopped at ${t / 1000}s: ${why}; the trace ends there` });
  budget.haltedAt = t;
  return false;
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

function run(core: Core, until: number, spec: PodSpecView, budget: Budget): void {
  const agenda = core.agenda;
  let changed = false;
  while (true) {
    const t = agenda.peekTime();
    if (t === undefined || t > until) break;
    // The agenda never goes back in time (an entry scheduled in the past runs now).
    core.now = Math.max(core.now, t);
    while (agenda.peekTime() === t) {
      if (!spend(core, budget, t)) {
        if (changed) settle(core);
        emitFrame(core, core.now, spec);
        return;
      }
      const e = agenda.pop()!;
      try {
        e.fn();
      } catch (err) {
        diagnose(core, { severity: 'error', code: 'R900', message: `simulator error at ${t} ms: ${String(err)}` });
      }
      chargeWork(core, budget);
      if (core.dirty) changed = true;
      // The runtime's work counts now: a script that burnt the budget stops the run here.
      if (!withinBound(core, budget, t)) {
        if (changed) settle(core);
        emitFrame(core, core.now, spec);
        return;
      }
    }
    if (!changed) continue;
    settle(core);
    // Settling may have scheduled more work at this millisecond (a phase that became terminal).
    if (agenda.peekTime() === t) continue;
    changed = false;
    emitFrame(core, core.now, spec);
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
