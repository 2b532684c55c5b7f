/**
 * The lifecycle as an abstract graph for the flow diagram, DERIVED from the kubelet's XState
 * machine definitions (states → nodes, transitions → edges, guards → labels), so the picture cannot
 * drift from the logic the simulator runs. Positions are abstract grid cells from a deterministic
 * layered layout; the UI turns them into pixels. Nothing here depends on time: the same pod always
 * gives the same graph, so the diagram never jumps while the cursor moves.
 */
import type { AnyStateMachine } from 'xstate';
import type { ContainerKind, PodModel, ProbeType } from '../model/spec';
import { containerMachine } from '../sim/machines/containerMachine';
import { podMachine } from '../sim/machines/podMachine';

export interface GraphState {
  /** State key in the machine definition, e.g. `crashLoopBackOff`. */
  key: string;
  initial: boolean;
  final: boolean;
  /** Grid cell of the layered layout (column, row). */
  col: number;
  row: number;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  /** Event type that takes it, e.g. `DECIDE`. */
  event: string;
  /** Guard name from the definition, e.g. `restartInBackOff`. */
  guard?: string;
  /** Delay in ms for `after` transitions. */
  delayMs?: number;
  /** Goes against the layout's reading order (a retry or restart loop). */
  back: boolean;
  /** The same event leads to the same FINAL state from ≥ 3 states ("from anywhere", e.g. ABANDON → done). */
  escape: boolean;
}

export interface MachineGraph {
  id: string;
  states: GraphState[];
  edges: GraphEdge[];
  cols: number;
  rows: number;
}

export interface ProbeAttachment {
  probe: ProbeType;
  /** failureThreshold (startup/liveness) or successThreshold (readiness). */
  threshold: number;
  periodSeconds: number;
  /** State whose container the probe watches. */
  observes: string;
  /** State the kubelet forces on failure (kill), or null when the probe only flips `ready`. */
  acts: string | null;
}

export interface ContainerLane {
  name: string;
  kind: ContainerKind;
  /** Column group: regular init containers, sidecars beside them, app containers in parallel. */
  column: 'init' | 'sidecar' | 'app';
  /** Vertical slot: index in `initContainers` for init/sidecar, in `containers` for app. */
  slot: number;
  /** Field path, e.g. `spec.initContainers[0]`. */
  path: string;
  /** The container that must get there first (init order), and what it must reach. */
  after?: { name: string; when: 'exited 0' | 'started' };
  probes: ProbeAttachment[];
  hooks: { postStart: boolean; preStop: boolean };
}

/** One numbered step of the control-plane flow (seed article: the ten creation steps). */
export interface ControlStep {
  id: string;
  from: ControlActor;
  to: ControlActor;
  /** Step numbers of the seed's list this arrow carries. */
  steps: number[];
  label: string;
}

export type ControlActor = 'kubectl' | 'apiserver' | 'etcd' | 'scheduler' | 'kubelet' | 'runtime';

export type DeletionStepId =
  | 'delete' | 'terminating' | 'endpoints' | 'preStop' | 'sigterm' | 'grace' | 'sigkill' | 'removed';

export interface LifecycleGraph {
  pod: MachineGraph;
  /** One definition shared by every container lane. */
  container: MachineGraph;
  /** Pod conditions in the order the kubelet can make them True (readiness gates before Ready). */
  gates: string[];
  containers: ContainerLane[];
  controlActors: ControlActor[];
  creation: ControlStep[];
  deletion: DeletionStepId[];
}

function guardName(guard: unknown): string | undefined {
  if (typeof guard === 'string') return guard;
  if (guard && typeof guard === 'object' && 'type' in guard && typeof guard.type === 'string') return guard.type;
  return undefined;
}

/**
 * Reads a flat machine definition into nodes, edges and a layered layout (columns wrap into a
 * snake of at most `maxCols`, so a long chain bends back on itself and restart loops read as loops).
 */
export function machineGraph(machine: AnyStateMachine, maxCols: number): MachineGraph {
  const root = machine.root;
  const keys = Object.keys(root.states);
  const initialKey = root.initial?.target[0]?.key ?? keys[0];
  const order = new Map(keys.map((k, i) => [k, i]));
  const finals = new Set(keys.filter((k) => root.states[k]!.type === 'final'));
  const raw: Omit<GraphEdge, 'back' | 'escape' | 'id'>[] = [];
  for (const key of keys) {
    for (const [eventType, defs] of root.states[key]!.transitions) {
      for (const def of defs) {
        const target = def.target?.[0]?.key;
        if (!target) continue;
        const after = /^xstate\.after\.(\d+)\./.exec(eventType);
        const guard = guardName(def.guard);
        raw.push({
          source: key, target, event: after ? 'after' : eventType,
          ...(guard ? { guard } : {}), ...(after ? { delayMs: Number(after[1]) } : {}),
        });
      }
    }
  }
  // Rank by breadth-first distance from the initial state; an edge into a non-final state of lower
  // (rank, definition order) is a back edge. That order is total and finals have no exits, so the
  // remaining edges form a DAG.
  const rank = new Map<string, number>([[initialKey!, 0]]);
  for (let queue = [initialKey!]; queue.length > 0;) {
    const next: string[] = [];
    for (const s of queue) for (const e of raw) if (e.source === s && !rank.has(e.target)) {
      rank.set(e.target, rank.get(s)! + 1);
      next.push(e.target);
    }
    queue = next;
  }
  const pos = (k: string) => [rank.get(k) ?? keys.length, order.get(k)!] as const;
  const isBack = (e: { source: string; target: string }) => {
    if (finals.has(e.target)) return false;
    const [rs, os] = pos(e.source);
    const [rt, ot] = pos(e.target);
    return rt < rs || (rt === rs && ot <= os);
  };
  // Longest-path layering over forward edges; final states go to the last layer.
  const layer = new Map(keys.map((k) => [k, 0]));
  for (let changed = true, guardLoops = 0; changed && guardLoops <= keys.length; guardLoops++) {
    changed = false;
    for (const e of raw) if (!isBack(e) && layer.get(e.target)! < layer.get(e.source)! + 1) {
      layer.set(e.target, layer.get(e.source)! + 1);
      changed = true;
    }
  }
  const last = Math.max(0, ...[...layer.entries()].filter(([k]) => !finals.has(k)).map(([, l]) => l + 1));
  for (const f of finals) layer.set(f, Math.max(last, layer.get(f)!));
  const layers: string[][] = [];
  for (const k of keys) (layers[layer.get(k)!] ??= []).push(k);
  const dense = layers.filter((l) => l && l.length > 0);
  // Snake: band b holds layers [b*maxCols, (b+1)*maxCols), odd bands read right to left.
  const states: GraphState[] = [];
  let rowBase = 0;
  for (let b = 0; b * maxCols < dense.length; b++) {
    const band = dense.slice(b * maxCols, (b + 1) * maxCols);
    band.forEach((ks, i) => ks.forEach((key, sub) => states.push({
      key, initial: key === initialKey, final: finals.has(key),
      col: b % 2 === 0 ? i : maxCols - 1 - i, row: rowBase + sub,
    })));
    rowBase += Math.max(...band.map((l) => l.length));
  }
  const fanIn = new Map<string, number>();
  for (const e of raw) fanIn.set(`${e.event}>${e.target}`, (fanIn.get(`${e.event}>${e.target}`) ?? 0) + 1);
  const edges = raw.map((e) => ({
    ...e, id: `${e.source}-${e.event}${e.guard ? `[${e.guard}]` : ''}-${e.target}`,
    back: isBack(e), escape: finals.has(e.target) && (fanIn.get(`${e.event}>${e.target}`) ?? 0) >= 3,
  }));
  states.sort((a, b) => order.get(a.key)! - order.get(b.key)!);
  return { id: machine.id, states, edges, cols: Math.min(maxCols, dense.length), rows: rowBase };
}

function probesOf(c: PodModel['containers'][number], container: MachineGraph): ProbeAttachment[] {
  // Probes watch the state HOOK_SUCCEEDED leads to (running); a kill goes where STOP leads from it.
  const observes = container.edges.find((e) => e.event === 'HOOK_SUCCEEDED')?.target ?? 'running';
  const kill = container.edges.find((e) => e.source === observes && e.event === 'STOP')?.target ?? null;
  const out: ProbeAttachment[] = [];
  for (const p of [c.startupProbe, c.livenessProbe, c.readinessProbe]) {
    if (!p) continue;
    out.push({
      probe: p.type,
      threshold: p.type === 'readiness' ? p.successThreshold : p.failureThreshold,
      periodSeconds: p.periodSeconds,
      observes,
      acts: p.type === 'readiness' ? null : kill,
    });
  }
  return out;
}

const CREATION: ControlStep[] = [
  { id: 'cp-submit', from: 'kubectl', to: 'apiserver', steps: [1], label: 'create Pod' },
  { id: 'cp-persist', from: 'apiserver', to: 'etcd', steps: [2, 7, 9], label: 'persist' },
  { id: 'cp-ack', from: 'etcd', to: 'apiserver', steps: [3, 10], label: 'watch / ack' },
  { id: 'cp-watch-sched', from: 'apiserver', to: 'scheduler', steps: [4, 5], label: 'watch: unbound Pod' },
  { id: 'cp-bind', from: 'scheduler', to: 'apiserver', steps: [6], label: 'bind to node' },
  { id: 'cp-watch-kubelet', from: 'apiserver', to: 'kubelet', steps: [8], label: 'watch: Pod on my node' },
  { id: 'cp-cri', from: 'kubelet', to: 'runtime', steps: [8], label: 'CRI: sandbox, pull, start' },
  { id: 'cp-status', from: 'kubelet', to: 'apiserver', steps: [8, 9], label: 'status update' },
];

/**
 * The whole lifecycle graph of one pod: pod machine, container machine, condition gates,
 * container lanes (init order, sidecars, parallel app containers) and the control-plane flow.
 */
export function lifecycleGraph(pod: PodModel): LifecycleGraph {
  const container = machineGraph(containerMachine, 5);
  const lanes: ContainerLane[] = [];
  pod.initContainers.forEach((c, i) => {
    const prev = pod.initContainers[i - 1];
    lanes.push({
      name: c.name, kind: c.kind, column: c.kind === 'sidecar' ? 'sidecar' : 'init', slot: i, path: c.path,
      ...(prev ? { after: { name: prev.name, when: prev.kind === 'sidecar' ? 'started' : 'exited 0' } } : {}),
      probes: probesOf(c, container), hooks: { postStart: !!c.postStart, preStop: !!c.preStop },
    });
  });
  const lastInit = pod.initContainers[pod.initContainers.length - 1];
  pod.containers.forEach((c, i) => lanes.push({
    name: c.name, kind: c.kind, column: 'app', slot: i, path: c.path,
    ...(lastInit ? { after: { name: lastInit.name, when: lastInit.kind === 'sidecar' ? 'started' : 'exited 0' } } : {}),
    probes: probesOf(c, container), hooks: { postStart: !!c.postStart, preStop: !!c.preStop },
  }));
  return {
    pod: machineGraph(podMachine, 6),
    container,
    gates: ['PodScheduled', 'PodReadyToStartContainers', 'Initialized', 'ContainersReady', ...pod.readinessGates, 'Ready'],
    containers: lanes,
    controlActors: ['kubectl', 'apiserver', 'etcd', 'scheduler', 'kubelet', 'runtime'],
    creation: CREATION,
    deletion: ['delete', 'terminating', 'endpoints', 'preStop', 'sigterm', 'grace', 'sigkill', 'removed'],
  };
}
