import { describe, expect, it } from 'vitest';
import { pod } from '../../support/podBuilder';
import { at, conditionAt, events, phaseAt, podAt, run, stateAt } from '../../support/simHarness';

const present = { presentImages: ['registry.example/app:1.0'] };

describe('node lost (node lifecycle controller MarkPodsNotReady, taint eviction)', () => {
  it('after the node-monitor grace period Ready turns False with NodeNotReady, the phase stays Running, kubelet status freezes', () => {
    const trace = run({ pod: pod(), behaviours: { app: { exit: { after: 30_000, code: 1 } } }, options: present, interventions: [at(10, { type: 'nodeLost' })], until: 100 });
    expect(conditionAt(trace, 49, 'Ready')?.status).toBe('True');
    expect(conditionAt(trace, 50, 'Ready')).toMatchObject({ status: 'False', lastTransitionTime: '2025-01-01T00:00:50Z' });
    expect(events(trace, 'NodeNotReady')[0]).toMatchObject({ t: 50_000, type: 'Warning', message: 'Node is not ready', source: 'node-controller' });
    expect(phaseAt(trace, 90)).toBe('Running');
    // the container crashed at 31 s on the node, but nobody reports it
    expect(stateAt(trace, 90, 'app')).toBe('running');
  });

  it('after the 300 s toleration the pod is deleted by the taint manager and stays Terminating until the node returns', () => {
    const trace = run({ pod: pod(), options: present, interventions: [at(10, { type: 'nodeLost' }), at(400, { type: 'nodeReady' })], until: 500 });
    const p = podAt(trace, 351);
    expect(p?.metadata.deletionTimestamp).toBe('2025-01-01T00:06:20Z');
    expect(p?.status.conditions?.[0]).toMatchObject({ type: 'DisruptionTarget', status: 'True', reason: 'DeletionByTaintManager' });
    expect(p?.status.phase).toBe('Running');
    expect(podAt(trace, 399)).not.toBeNull();
    expect(events(trace, 'Killing')[0]?.t).toBe(400_000);
    // TERM at 400 s, exit observed at the 401 s relist, the kubelet's DELETE 1 s later
    expect(trace.goneAt).toBe(402_000);
  });

  it('nodeReady before the grace period restores kubelet updates without marking anything', () => {
    const trace = run({ pod: pod(), options: present, interventions: [at(10, { type: 'nodeLost' }), at(20, { type: 'nodeReady' })], until: 100 });
    expect(events(trace, 'NodeNotReady')).toHaveLength(0);
    expect(conditionAt(trace, 100, 'Ready')?.status).toBe('True');
  });
});
