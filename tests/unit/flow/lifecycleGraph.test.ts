import { describe, expect, it } from 'vitest';
import { lifecycleGraph, machineGraph } from '@/engine';
import { containerMachine } from '@/engine/sim/machines/containerMachine';
import { podMachine } from '@/engine/sim/machines/podMachine';
import { toFlow, type FlowNode } from '@/ui/panels/flow/layout';
import { vocabFor } from '@/ui/panels/flow/vocab';
import { container, exec, pod, probe } from '../../support/podBuilder';

/** Every (state, event, target, guard) of a machine definition, read the XState way. */
function definitionEdges(machine: typeof containerMachine | typeof podMachine): string[] {
  const out: string[] = [];
  for (const [key, node] of Object.entries(machine.root.states)) {
    for (const [ev, defs] of node.transitions) {
      for (const d of defs) out.push(`${key}-${ev}${d.guard ? `[${String((d.guard as { type?: string }).type ?? d.guard)}]` : ''}-${d.target?.[0]?.key}`);
    }
  }
  return out.sort();
}

describe('lifecycle graph derived from the machine definitions', () => {
  it.each([['container', containerMachine, 5], ['pod', podMachine, 6]] as const)(
    'the %s machine: every state is a node and every transition (with its guard) is an edge',
    (_name, machine, cols) => {
      const g = machineGraph(machine, cols);
      expect(g.states.map((s) => s.key).sort()).toEqual(Object.keys(machine.root.states).sort());
      expect(g.edges.map((e) => e.id).sort()).toEqual(definitionEdges(machine));
      expect(g.states.filter((s) => s.initial).map((s) => s.key)).toEqual([machine.config.initial]);
    },
  );

  it('the kubelet restart decision shows as three guarded DECIDE edges, two of them loops back', () => {
    const g = machineGraph(containerMachine, 5);
    const decide = g.edges.filter((e) => e.source === 'exited' && e.event === 'DECIDE');
    expect(decide.map((e) => [e.guard, e.target, e.back])).toEqual([
      ['willNotRestart', 'done', false],
      ['restartInBackOff', 'crashLoopBackOff', false],
      ['restartNow', 'waiting', true],
    ]);
    // crashLoopBackOff → waiting closes the restart loop; ABANDON → done is a "from anywhere" edge.
    expect(g.edges.find((e) => e.id === 'crashLoopBackOff-BACK_OFF_EXPIRED-waiting')?.back).toBe(true);
    expect(g.edges.filter((e) => e.event === 'ABANDON').every((e) => e.escape)).toBe(true);
  });

  it('layered layout: one state per cell, reading order follows the lifecycle, final state last', () => {
    const g = machineGraph(containerMachine, 5);
    const cells = g.states.map((s) => `${s.col},${s.row}`);
    expect(new Set(cells).size).toBe(cells.length);
    const at = (k: string) => g.states.find((s) => s.key === k)!;
    expect(at('waiting')).toMatchObject({ col: 0, row: 0 });
    // Forward edges never go backwards in the snake's reading order.
    const order = (k: string) => { const s = at(k); return s.row * 10 + (s.row % 2 === 0 ? s.col : 9 - s.col); };
    for (const e of g.edges) if (!e.back && !e.escape) expect(order(e.target), e.id).toBeGreaterThan(order(e.source));
    const p = machineGraph(podMachine, 6);
    expect(p.states.find((s) => s.key === 'pending')!.col).toBeLessThan(p.states.find((s) => s.key === 'running')!.col);
    expect(p.states.find((s) => s.key === 'gone')!.col).toBe(p.cols - 1);
  });

  it('init containers run in order (next after exit 0, or after a sidecar started), app containers after the last one', () => {
    const g = lifecycleGraph(pod({
      initContainers: [container('migrate'), container('proxy'), container('warm')],
      sidecars: ['proxy'],
      containers: [container('web'), container('worker')],
    }));
    expect(g.containers.map((l) => [l.name, l.column, l.slot, l.after?.name, l.after?.when])).toEqual([
      ['migrate', 'init', 0, undefined, undefined],
      ['proxy', 'sidecar', 1, 'migrate', 'exited 0'],
      ['warm', 'init', 2, 'proxy', 'started'],
      ['web', 'app', 0, 'warm', 'exited 0'],
      ['worker', 'app', 1, 'warm', 'exited 0'],
    ]);
  });

  it('probes attach where they act: liveness and startup kill into stopping, readiness only watches running', () => {
    const g = lifecycleGraph(pod({
      containers: [container('app', {
        livenessProbe: probe('liveness', exec('true'), { failureThreshold: 4, periodSeconds: 3 }),
        readinessProbe: probe('readiness', exec('true'), { successThreshold: 2 }),
      })],
    }));
    expect(g.containers[0]!.probes).toEqual([
      { probe: 'liveness', threshold: 4, periodSeconds: 3, observes: 'running', acts: 'stopping' },
      { probe: 'readiness', threshold: 2, periodSeconds: 10, observes: 'running', acts: null },
    ]);
  });

  it('readiness gates sit between ContainersReady and Ready', () => {
    expect(lifecycleGraph(pod({ readinessGates: ['example.com/feature'] })).gates).toEqual(
      ['PodScheduled', 'PodReadyToStartContainers', 'Initialized', 'ContainersReady', 'example.com/feature', 'Ready'],
    );
  });
});

/** Absolute box of a node (children are placed relative to their group). */
function boxes(nodes: FlowNode[]) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return nodes.map((n) => {
    const parent = n.parentId ? byId.get(n.parentId) : undefined;
    const x = n.position.x + (parent?.position.x ?? 0);
    const y = n.position.y + (parent?.position.y ?? 0);
    return { id: n.id, parent: n.parentId, x, y, w: n.width ?? 0, h: n.height ?? 0 };
  });
}
const overlap = (a: { x: number; y: number; w: number; h: number }, b: typeof a) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('diagram layout', () => {
  const ten = pod({
    initContainers: [container('init-db'), container('mesh'), container('init-cache')],
    sidecars: ['mesh'],
    containers: Array.from({ length: 7 }, (_, i) => container(`app-${i}`, {
      livenessProbe: probe('liveness', exec('true')), readinessProbe: probe('readiness', exec('true')),
    })),
  });

  it('is deterministic: the same pod gives the same nodes at the same positions', () => {
    const a = toFlow(lifecycleGraph(ten), 'web', vocabFor('en'));
    const b = toFlow(lifecycleGraph(structuredClone(ten)), 'web', vocabFor('en'));
    expect(b.nodes.map((n) => [n.id, n.position])).toEqual(a.nodes.map((n) => [n.id, n.position]));
    expect(b.edges.map((e) => [e.id, e.sourceHandle, e.targetHandle])).toEqual(a.edges.map((e) => [e.id, e.sourceHandle, e.targetHandle]));
  });

  it('stays readable with 10 containers: no two groups overlap, every node is inside its group, siblings never overlap', () => {
    const { nodes, edges } = toFlow(lifecycleGraph(ten), 'web', vocabFor('en'));
    const all = boxes(nodes).filter((b) => b.w > 0);
    const groups = all.filter((b) => !b.parent);
    for (const [i, a] of groups.entries()) for (const b of groups.slice(i + 1)) expect(overlap(a, b), `${a.id} / ${b.id}`).toBe(false);
    const byId = new Map(all.map((b) => [b.id, b]));
    for (const b of all.filter((x) => x.parent)) {
      const g = byId.get(b.parent!)!;
      expect(b.x >= g.x && b.y >= g.y && b.x + b.w <= g.x + g.w && b.y + b.h <= g.y + g.h, b.id).toBe(true);
      for (const s of all.filter((x) => x.parent === b.parent && x.id !== b.id)) expect(overlap(b, s), `${b.id} / ${s.id}`).toBe(false);
    }
    // Every edge joins two existing nodes; a parent precedes its children (React Flow requires it).
    const ids = nodes.map((n) => n.id);
    for (const e of edges) expect(ids.includes(e.source) && ids.includes(e.target), e.id).toBe(true);
    for (const n of nodes) if (n.parentId) expect(ids.indexOf(n.parentId)).toBeLessThan(ids.indexOf(n.id));
    expect(nodes.filter((n) => n.data.role === 'state' && n.data.machine === 'app-6')).toHaveLength(containerMachine.root.states ? Object.keys(containerMachine.root.states).length : 0);
  });

  it('renders only the handles its edges use, and every edge finds both of its handles', () => {
    const { nodes, edges } = toFlow(lifecycleGraph(ten), 'web', vocabFor('en'));
    const handles = new Map(nodes.map((n) => [n.id, new Set(n.data.handles ?? [])]));
    for (const e of edges) {
      expect(handles.get(e.source)!.has(e.sourceHandle!), `${e.id} source ${e.sourceHandle}`).toBe(true);
      expect(handles.get(e.target)!.has(e.targetHandle!), `${e.id} target ${e.targetHandle}`).toBe(true);
    }
    const used = new Set(edges.flatMap((e) => [`${e.source}/${e.sourceHandle}`, `${e.target}/${e.targetHandle}`]));
    const rendered = nodes.flatMap((n) => (n.data.handles ?? []).map((h) => `${n.id}/${h}`));
    expect(new Set(rendered)).toEqual(used);
    // The old design drew 16 per node; what edges use is a small fraction of that.
    expect(rendered.length).toBeLessThan(nodes.length * 6);
  });
});
