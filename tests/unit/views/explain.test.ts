import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { explain } from '@/engine/views/explain';

const NOW = Date.parse('2025-03-01T10:05:00Z');
const fixture = (name: string): unknown => parse(readFileSync(`tests/fixtures/explain/${name}.yaml`, 'utf8'));

describe('explain over real `kubectl get pod -o yaml` fixtures', () => {
  it('running nginx: Running by containers-running, 1/1, no reasons beyond the rule', () => {
    const r = explain(fixture('running-nginx'), NOW);
    expect(r).toMatchObject({ name: 'nginx', phase: 'Running', reportedPhase: 'Running', rule: 'containers-running' });
    expect(r.kubectl).toEqual({ ready: '1/1', status: 'Running', restarts: '0' });
    expect(r.reasons).toHaveLength(1);
  });

  it('CrashLoopBackOff: Running because restartPolicy Always (getPhase), with last exit, count and back-off', () => {
    const r = explain(fixture('crashloop'), NOW);
    expect(r.phase).toBe('Running');
    expect(r.rule).toBe('stopped-restart-always');
    expect(r.kubectl).toEqual({ ready: '0/1', status: 'CrashLoopBackOff', restarts: '4 (2m37s ago)' });
    const why = r.reasons.join('\n');
    expect(why).toContain('container app is in CrashLoopBackOff');
    expect(why).toContain('last exit code 1 (Error)');
    expect(why).toContain('restarted 4 times');
    expect(why).toContain('back-off 1m20s restarting failed container=app');
    expect(why).toContain('ContainersNotReady: containers with unready status: [app]');
  });

  it('ImagePullBackOff: Pending because the container never started, names the image', () => {
    const r = explain(fixture('imagepullbackoff'), NOW);
    expect([r.phase, r.rule, r.kubectl.status]).toEqual(['Pending', 'containers-waiting', 'ImagePullBackOff']);
    expect(r.reasons.join('\n')).toContain('cannot pull its image "nginx:1.999": ImagePullBackOff');
  });

  it('Init:0/2: Pending by init-pending, says which init container runs and how many there are', () => {
    const r = explain(fixture('init-0-2'), NOW);
    expect([r.phase, r.rule, r.kubectl.status, r.kubectl.ready]).toEqual(['Pending', 'init-pending', 'Init:0/2', '0/1']);
    expect(r.reasons.join('\n')).toContain('init container init-myservice (1 of 2) is running');
  });

  it('completed Job pod: Succeeded, Completed, exit 0', () => {
    const r = explain(fixture('job-completed'), NOW);
    expect([r.phase, r.kubectl.status]).toEqual(['Succeeded', 'Completed']);
    expect(r.reasons.join('\n')).toContain('container pi terminated with exit code 0 (Completed)');
  });

  it('Terminating: the deletion, its grace period and time left are explained', () => {
    const r = explain(fixture('terminating'), NOW);
    expect([r.phase, r.kubectl.status, r.kubectl.ready]).toEqual(['Running', 'Terminating', '1/1']);
    expect(r.reasons.join('\n')).toMatch(/deletion requested: deletionTimestamp 2025-03-01T10:05:25Z, grace period 30s \(25s of grace left\)/);
  });

  it('unready: running but the readiness probe is failing', () => {
    const r = explain(fixture('unready'), NOW);
    expect([r.phase, r.kubectl.ready, r.kubectl.status]).toEqual(['Running', '0/1', 'Running']);
    expect(r.reasons).toContain('container api is not ready: readiness probe failing (or not yet succeeded)');
  });

  it('each List item can be explained: unschedulable pod says why it is not scheduled', () => {
    const list = fixture('list') as { items: unknown[] };
    const [big, small] = list.items.map((i) => explain(i, NOW));
    expect(big!.kubectl.status).toBe('Pending');
    expect(big!.reasons.join('\n')).toContain('not scheduled: Unschedulable: 0/1 nodes are available: 1 Insufficient memory.');
    expect(small!.kubectl).toEqual({ ready: '1/1', status: 'Running', restarts: '0' });
  });

  it('says so when the reported phase differs from what getPhase derives', () => {
    const p = fixture('running-nginx') as { status: { phase: string } };
    p.status.phase = 'Pending';
    const r = explain(p, NOW);
    expect(r.phase).toBe('Running');
    expect(r.reportedPhase).toBe('Pending');
    expect(r.reasons[1]).toContain('status.phase says Pending, but the kubelet');
  });

  it('refuses non-pods with a clear message', () => {
    expect(() => explain({ kind: 'Deployment', metadata: { name: 'web' }, spec: {} }, NOW)).toThrow(
      /Deployment "web" is not a Pod/,
    );
    expect(() => explain('hello', NOW)).toThrow(/not a Pod/);
    expect(() => explain({ kind: 'Pod', metadata: { name: 'x' }, spec: { containers: [] } }, NOW)).toThrow(
      'pod "x": spec.containers: Required value',
    );
  });
});
