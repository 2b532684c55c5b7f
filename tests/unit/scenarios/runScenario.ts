/**
 * Runs a built-in scenario the way the CLI does (`--do` strings through parseAction, `apply <file>`
 * resolved from the scenario's files, seed 1) and offers a small vocabulary for asserting its story.
 * All times in this API are SECONDS since creation (the engine's trace uses ms).
 */
import { simulate, parseAction, kubectlGet, statusAt as engineStatusAt } from '../../../src/engine';
import type {
  ContainerStatus,
  Frame,
  GetRow,
  PodObject,
  ProbeRecord,
  SimEvent,
  Trace,
} from '../../../src/engine';
import { scenarioById } from '../../../src/scenarios';
import type { ScenarioDef } from '../../../src/scenarios';
import { beforeAll } from 'vitest';

const ms = (sec: number): number => Math.round(sec * 1000);
const sec = (t: number): number => t / 1000;

export interface ScenarioRun {
  def: ScenarioDef;
  trace: Trace;
  /** Pod at `s` seconds (null before creation or once gone). */
  statusAt(s: number): PodObject | null;
  /** kubectl get row at `s` seconds (null if the pod is gone). */
  getAt(s: number): GetRow | null;
  /** Status of a container (init, sidecar or regular) at `s` seconds. */
  container(s: number, name: string): ContainerStatus | undefined;
  /** Pod condition status at `s` seconds. */
  condition(s: number, type: string): string | undefined;
  /** Services listing the pod as a ready endpoint at `s` seconds. */
  endpointsAt(s: number): string[];
  /** All events (t in ms, as the engine writes them). */
  events: SimEvent[];
  probes: ProbeRecord[];
  /** Times (s) of events with this reason (optionally for one container, optionally matching a message part). */
  eventTimes(reason: string, container?: string, messagePart?: string): number[];
  /** First time (s) at or after `from` when the predicate holds on a frame's pod; undefined if never. */
  firstTime(pred: (pod: PodObject) => boolean, from?: number): number | undefined;
  /** True if the predicate holds on every frame whose interval overlaps [from, to]. */
  always(pred: (pod: PodObject) => boolean, from: number, to: number): boolean;
  /** Times (s) at which the container's restartCount increased (from the frames). */
  restartTimes(name: string): number[];
  /** When the pod object disappeared (s), if it did. */
  goneAt: number | undefined;
}

/** Finds a container status by name among init and regular containers. */
export function findContainer(pod: PodObject | null, name: string): ContainerStatus | undefined {
  if (!pod) return undefined;
  const all = [...(pod.status.initContainerStatuses ?? []), ...(pod.status.containerStatuses ?? [])];
  return all.find((c) => c.name === name);
}

/** Parses an RFC 3339 timestamp of the trace into seconds since creation. */
export function tsToSec(ts: string | undefined, trace: Trace): number | undefined {
  if (!ts) return undefined;
  const created = trace.frames.find((f) => f.pod)?.pod?.metadata.creationTimestamp;
  if (!created) return undefined;
  return (Date.parse(ts) - Date.parse(created)) / 1000;
}

/** Simulates `def` to its horizon with seed 1. */
export function runScenario(def: ScenarioDef): ScenarioRun {
  const readFile = (name: string): string => {
    const text = def.files?.[name];
    if (text === undefined) throw new Error(`scenario ${def.id}: no file "${name}"`);
    return text;
  };
  const interventions = (def.interventions ?? []).map((s) => parseAction(s, readFile));
  const trace: Trace = simulate({
    manifest: def.manifest,
    interventions,
    until: ms(def.until),
    seed: 1,
    ...(def.options ? { options: def.options } : {}),
  });
  const frames: Frame[] = trace.frames;

  const statusAt = (s: number): PodObject | null => engineStatusAt(trace, ms(s));
  const frameEnd = (i: number): number => frames[i + 1]?.t ?? trace.until;

  return {
    def,
    trace,
    statusAt,
    getAt: (s) => {
      const pod = statusAt(s);
      return pod ? kubectlGet(pod, ms(s)) : null;
    },
    container: (s, name) => findContainer(statusAt(s), name),
    condition: (s, type) => statusAt(s)?.status.conditions?.find((c) => c.type === type)?.status,
    endpointsAt: (s) => {
      let found: Frame | undefined;
      for (const f of frames) if (f.t <= ms(s)) found = f;
      return found?.endpoints ?? [];
    },
    events: trace.events,
    probes: trace.probes,
    eventTimes: (reason, container, messagePart) =>
      trace.events
        .filter(
          (e: SimEvent) =>
            e.reason === reason &&
            (container === undefined || e.container === container) &&
            (messagePart === undefined || e.message.includes(messagePart)),
        )
        .map((e: SimEvent) => sec(e.t)),
    firstTime: (pred, from = 0) => {
      for (let i = 0; i < frames.length; i++) {
        const f = frames[i]!;
        if (frameEnd(i) <= ms(from)) continue;
        if (f.pod && pred(f.pod)) return Math.max(sec(f.t), from);
      }
      return undefined;
    },
    always: (pred, from, to) =>
      frames.every((f, i) => frameEnd(i) <= ms(from) || f.t > ms(to) || (f.pod !== null && pred(f.pod))),
    restartTimes: (name) => {
      const times: number[] = [];
      let last = 0;
      for (const f of frames) {
        const c = findContainer(f.pod, name);
        if (c && c.restartCount > last) {
          times.push(sec(f.t));
          last = c.restartCount;
        }
      }
      return times;
    },
    goneAt: trace.goneAt === undefined ? undefined : sec(trace.goneAt),
  };
}

/** The kubectl STATUS column of a pod (independent of `now`). */
export function statusColumn(pod: PodObject | null): string | undefined {
  return pod ? kubectlGet(pod, 0).status : undefined;
}

/** Time (s) of the first `Started` event of a container (its first start). */
export function firstStart(run: ScenarioRun, container: string): number {
  const t = run.eventTimes('Started', container)[0];
  if (t === undefined) throw new Error(`${run.def.id}: container ${container} never started`);
  return t;
}

/** The last frame before the pod disappeared (or the last frame). */
export function lastPod(run: ScenarioRun): PodObject | null {
  for (let i = run.trace.frames.length - 1; i >= 0; i--) {
    const pod = run.trace.frames[i]!.pod;
    if (pod) return pod;
  }
  return null;
}

const cache = new Map<string, ScenarioRun>();

/**
 * Registers a lazy run of scenario `id` for a describe block: simulated once (in beforeAll),
 * shared by the tests of the block.
 */
export function useStory(id: string): () => ScenarioRun {
  beforeAll(() => {
    if (cache.has(id)) return;
    const def = scenarioById(id);
    if (!def) throw new Error(`no scenario ${id}`);
    cache.set(id, runScenario(def));
  });
  return () => {
    const run = cache.get(id);
    if (!run) throw new Error(`scenario ${id} did not run`);
    return run;
  };
}

/** Tolerance for lower bounds on differences of times (floating-point seconds). */
export const EPS = 0.001;
