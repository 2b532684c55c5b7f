import { describe, expect, it } from 'vitest';
import { toFlow } from '@/ui/panels/flow/layout';
import { explainNode } from '@/ui/panels/flow/explainNode';
import { vocabFor } from '@/ui/panels/flow/vocab';
import { runFlow } from './runFlow';

const status = (live: ReturnType<ReturnType<typeof runFlow>['at']>, id: string) => live.nodes.get(id)?.s;
const activeOf = (live: ReturnType<ReturnType<typeof runFlow>['at']>, prefix: string) =>
  [...live.nodes.entries()].filter(([id, n]) => id.startsWith(`${prefix}:`) && !id.includes(':probe:') && n.s === 'active').map(([id]) => id);

describe('live view: the active state at chosen times (from trace.transitions)', () => {
  it('liveness-exec: running, killed at the 3rd failed probe, then CrashLoopBackOff with the kubelet\'s 10 s back-off', () => {
    const run = runFlow('liveness-exec');
    const tr = run.trace.transitions.filter((t) => t.machine === 'liveness');
    const kill = tr.find((t) => t.to === 'stopping')!.t / 1000;
    const backoffs = tr.filter((t) => t.to === 'crashLoopBackOff').map((t) => t.t / 1000);
    const fails = run.trace.probes.filter((p) => p.probe === 'liveness' && p.result === 'failure' && p.t <= kill * 1000);
    expect(fails.map((p) => p.run)).toEqual([1, 2, 3]);
    expect(activeOf(run.at(20), 'c:liveness')).toEqual(['c:liveness:running']);
    // After two failures the counter reads 2/3 and the kill edge is armed, not yet taken.
    const second = fails[1]!.t / 1000 + 0.5;
    expect(run.at(second).nodes.get('c:liveness:probe:liveness')).toEqual({ s: 'bad', text: '✗ 2/3' });
    expect(run.at(second).edges.get('c:liveness:probe:liveness>act')?.s).toBe('taken');
    // Third consecutive failure: the kubelet kills it (prober/worker.go failureThreshold).
    const afterKill = run.at(kill + 1);
    expect(activeOf(afterKill, 'c:liveness')).toEqual(['c:liveness:stopping']);
    expect(afterKill.edges.get('c:liveness|running-STOP-stopping')).toEqual({ s: 'just', count: 1, fresh: true });
    expect(afterKill.edges.get('c:liveness:probe:liveness>act')?.s).toBe('just');
    // Second exit: the restart goes through back-off (kuberuntime_manager.go doBackOff: 10 s, then 20 s).
    const inBackoff = run.at(backoffs[0]! + 1);
    expect(activeOf(inBackoff, 'c:liveness')).toEqual(['c:liveness:crashLoopBackOff']);
    expect(inBackoff.nodes.get('c:liveness:crashLoopBackOff')?.text).toBe('back-off 10s');
    expect(inBackoff.edges.get('c:liveness|exited-DECIDE[restartInBackOff]-crashLoopBackOff')).toEqual({ s: 'just', count: 1, fresh: true });
    // Still the transition just taken 5 s later, but no longer animating.
    expect(run.at(backoffs[0]! + 5).edges.get('c:liveness|exited-DECIDE[restartInBackOff]-crashLoopBackOff')).toEqual({ s: 'just', count: 1 });
    expect(inBackoff.edges.get('c:liveness|exited-DECIDE[restartNow]-waiting')).toEqual({ s: 'taken', count: 1 });
    expect(inBackoff.nodes.get('c:liveness')?.text).toBe('↻ 1');
    expect(run.at(backoffs[1]! + 1).nodes.get('c:liveness:crashLoopBackOff')?.text).toBe('back-off 20s');
    expect(status(inBackoff, 'c:liveness:imagePullBackOff')).toBe('idle');
    expect(status(inBackoff, 'c:liveness:pulling')).toBe('visited');
  });

  it('sidecars: the pod initialises while sidecars start in order, then the app; deletion walks TERM and removal', () => {
    const run = runFlow('sidecars-start-stop-order');
    const at2 = run.at(2);
    expect(activeOf(at2, 'pod')).toEqual(['pod:initializing']);
    expect(activeOf(at2, 'c:log-shipper')).toEqual(['c:log-shipper:running']);
    expect(activeOf(at2, 'c:proxy')).toEqual(['c:proxy:waiting']);
    expect(activeOf(at2, 'c:app')).toEqual(['c:app:waiting']);
    expect(status(at2, 'gate:Initialized')).toBe('bad');
    const at4 = run.at(4);
    expect(activeOf(at4, 'pod')).toEqual(['pod:running']);
    expect(status(at4, 'gate:Initialized')).toBe('ok');
    expect(activeOf(at4, 'c:app')).toEqual(['c:app:pulling']);
    expect(at4.phase).toBe('Pending');
    // Deleted at 30 s: Terminating, then SIGTERM and the grace period; no preStop hooks here.
    const at31 = run.at(31);
    expect(activeOf(at31, 'pod')).toEqual(['pod:terminating']);
    expect(status(at31, 'del:delete')).toBe('visited');
    expect(status(at31, 'del:grace')).toBe('active');
    expect(status(at31, 'del:preStop')).toBe('idle');
    const end = run.at(40);
    expect(status(end, 'del:removed')).toBe('active');
    expect(status(end, 'del:preStop')).toBe('skipped');
    expect(status(end, 'del:sigkill')).toBe('skipped');
    expect(end.phase).toBe('');
  });

  it('sigterm-ignored: SIGKILL is lit when the grace period runs out (kill at the deadline)', () => {
    const run = runFlow('sigterm-ignored');
    // Deleted at 10 s with the default 30 s grace period: KILL at the deadline (kuberuntime_container.go killContainer).
    expect(run.index.deletion.times).toMatchObject({ delete: 10_000, terminating: 10_000, sigterm: 10_000, sigkill: 40_000, removed: run.trace.goneAt });
    expect(status(run.at(39), 'del:sigkill')).toBe('idle');
    expect(status(run.at(40), 'del:sigkill')).toBe('active');
  });

  it('control plane: creation steps pulse in the first second, CRI calls at kubelet container events', () => {
    const run = runFlow('pod-phases-basics');
    expect(run.at(0).edges.get('cp|cp-submit')?.s).toBe('just');
    expect(run.at(0).edges.get('cp|cp-bind')?.s).toBe('idle');
    expect(run.at(0.55).edges.get('cp|cp-bind')?.s).toBe('just');
    const pull = run.trace.events.find((e) => e.reason === 'Pulling')!;
    expect(run.at(pull.t / 1000 + 0.2).edges.get('cp|cp-cri')?.s).toBe('just');
    expect(run.at(pull.t / 1000 + 0.2).nodes.get('cp:runtime')?.s).toBe('active');
  });

  it('every diagram node and edge that has a live status exists in the diagram (no dangling ids)', () => {
    for (const id of ['liveness-exec', 'sidecars-start-stop-order', 'readiness-service-endpoints']) {
      const run = runFlow(id);
      const flow = toFlow(run.graph, run.trace.pod.name, vocabFor('en'));
      const nodeIds = new Set(flow.nodes.map((n) => n.id));
      const edgeIds = new Set(flow.edges.map((e) => e.id));
      const live = run.at(run.trace.until / 2000);
      for (const k of live.nodes.keys()) expect(nodeIds.has(k), k).toBe(true);
      for (const k of live.edges.keys()) expect(edgeIds.has(k), k).toBe(true);
    }
  });
});

describe('hover and click', () => {
  it('clicking a state seeks to the NEXT time it is entered, wrapping to the first', () => {
    const run = runFlow('crashloop-backoff');
    const flow = toFlow(run.graph, run.trace.pod.name, vocabFor('en'));
    const node = flow.nodes.find((n) => n.id === 'c:app:crashLoopBackOff')!;
    const entries = run.trace.transitions.filter((t) => t.machine === 'app' && t.to === 'crashLoopBackOff').map((t) => t.t);
    expect(entries.length).toBeGreaterThan(3);
    expect(explainNode(run.index, node.id, node.data, 0)?.seekTo).toBe(entries[0]);
    expect(explainNode(run.index, node.id, node.data, entries[0]!)?.seekTo).toBe(entries[1]);
    expect(explainNode(run.index, node.id, node.data, run.trace.until)?.seekTo).toBe(entries[0]);
  });

  it('hovering says when and why the state was entered', () => {
    const run = runFlow('liveness-exec');
    const flow = toFlow(run.graph, run.trace.pod.name, vocabFor('en'));
    const node = flow.nodes.find((n) => n.id === 'c:liveness:stopping')!;
    const exp = explainNode(run.index, node.id, node.data, 50_000)!;
    expect(exp.lines[0]).toBe('Entered 1× by 0:50.0; last at 0:45.0');
    expect(exp.lines[1]).toBe('from running on STOP');
    expect(exp.lines.join('\n')).toContain('Killing: Container liveness failed liveness probe, will be restarted');
    const next = run.trace.transitions.find((t) => t.machine === 'liveness' && t.to === 'stopping' && t.t > 50_000)!;
    expect(exp.seekTo).toBe(next.t);
    expect(exp.lines.at(-1)).toContain('click to jump');
  });
});
