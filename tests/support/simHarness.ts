/**
 * A harness that speaks Kubernetes: run a pod with the scripted runtime and read the trace the way
 * a person would (status of a container at t, events by reason, condition at t).
 */
import type { Behaviours } from '@/engine/model/behaviour';
import type { PodModel, ServiceModel } from '@/engine/model/spec';
import type { ContainerStatus, PodCondition, PodObject } from '@/engine/model/status';
import type { Intervention, SimEvent, SimOptions, Trace } from '@/engine/model/trace';
import { createSimulationWith } from '@/engine/sim/engine';
import { statusAt } from '@/engine/sim/statusAt';
import { createFakeRuntime, type FakeRuntimeOptions } from './fakeRuntime';

export interface RunInit {
  pod: PodModel;
  behaviours?: Behaviours;
  services?: ServiceModel[];
  interventions?: Intervention[];
  /** Horizon in seconds (default 120). */
  until?: number;
  seed?: number;
  options?: SimOptions;
  runtime?: FakeRuntimeOptions;
}

/** Simulate with the fake runtime. */
export function run(init: RunInit): Trace {
  const sim = createSimulationWith(
    {
      pod: init.pod,
      behaviours: init.behaviours ?? {},
      services: init.services ?? [],
      interventions: init.interventions ?? [],
      seed: init.seed ?? 1,
      options: init.options ?? {},
    },
    { runtime: createFakeRuntime(init.runtime) },
  );
  sim.advance((init.until ?? 120) * 1000);
  return sim.trace;
}

/** `at(s, action)` — an intervention at s seconds. */
export function at(seconds: number, action: Intervention['action']): Intervention {
  return { at: Math.round(seconds * 1000), action };
}

/** The pod at `s` seconds. */
export function podAt(trace: Trace, s: number): PodObject | null {
  return statusAt(trace, Math.round(s * 1000));
}

/** A container's status (init or regular) at `s` seconds. */
export function csAt(trace: Trace, s: number, name: string): ContainerStatus | undefined {
  const p = podAt(trace, s);
  return [...(p?.status.initContainerStatuses ?? []), ...(p?.status.containerStatuses ?? [])].find((c) => c.name === name);
}

/** The state of a container at `s` as a short string: `running`, `waiting:CrashLoopBackOff`, `terminated:Error:1`. */
export function stateAt(trace: Trace, s: number, name: string): string {
  const st = csAt(trace, s, name)?.state;
  if (!st) return 'none';
  if (st.running) return 'running';
  if (st.waiting) return `waiting:${st.waiting.reason ?? ''}`;
  if (st.terminated) return `terminated:${st.terminated.reason ?? ''}:${st.terminated.exitCode}`;
  return 'empty';
}

export function phaseAt(trace: Trace, s: number): string | undefined {
  return podAt(trace, s)?.status.phase;
}

export function conditionAt(trace: Trace, s: number, type: string): PodCondition | undefined {
  return podAt(trace, s)?.status.conditions?.find((c) => c.type === type);
}

/** Events with this reason (optionally for one container). */
export function events(trace: Trace, reason: string, container?: string): SimEvent[] {
  return trace.events.filter((e) => e.reason === reason && (container === undefined || e.container === container));
}

/** Times (s) of the machine entering `to` for a container. */
export function entered(trace: Trace, machine: string, to: string): number[] {
  return trace.transitions.filter((x) => x.machine === machine && x.to === to).map((x) => x.t / 1000);
}

/** Times (s) when the restartCount of a container changed, with the new value. */
export function restarts(trace: Trace, name: string): [number, number][] {
  const out: [number, number][] = [];
  let last = 0;
  for (const f of trace.frames) {
    const cs = [...(f.pod?.status.initContainerStatuses ?? []), ...(f.pod?.status.containerStatuses ?? [])].find((c) => c.name === name);
    if (cs && cs.restartCount !== last) {
      last = cs.restartCount;
      out.push([f.t / 1000, last]);
    }
  }
  return out;
}
