/**
 * Real pods explained: pasted `kubectl get pod -o yaml` fixtures (Kubernetes documentation
 * examples) → explain's verdict, a replayable manifest, and a replay that reaches the same
 * kubectl row.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseManifest } from '@/engine';
import { latestTimestamp, parseEvents, readRealPod, replayHorizon, replayInterventions, snapshotAge, toManifest } from '@/ui/realpod/realPod';
import { planReplay } from '@/ui/realpod/replay';

const fx = (name: string) => readFileSync(`tests/fixtures/realpod/${name}.yaml`, 'utf8');

describe('readRealPod', () => {
  it('explains the CrashLoopBackOff pod as of its latest timestamp: Running by stopped-restart-always — kubelet_pods.go getPhase', () => {
    const r = readRealPod(fx('crashloop'));
    expect(new Date(r.now).toISOString()).toBe('2025-03-01T10:02:23.000Z');
    expect(r.result.kubectl).toMatchObject({ ready: '0/1', status: 'CrashLoopBackOff' });
    expect(r.result.kubectl.restarts).toMatch(/^4 /);
    expect(r.result.phase).toBe('Running');
    expect(r.result.rule).toBe('stopped-restart-always');
  });

  it('the init-containers example is Init:0/2 and Pending (init-pending)', () => {
    const r = readRealPod(fx('myapp-init'));
    expect(r.result.kubectl.status).toBe('Init:0/2');
    expect(r.result.phase).toBe('Pending');
    expect(r.result.rule).toBe('init-pending');
  });

  it('a deleted pod reads Terminating, and its deletionTimestamp (a future deadline) is not taken as "now"', () => {
    const r = readRealPod(fx('terminating'));
    expect(r.result.kubectl.status).toBe('Terminating');
    expect(new Date(r.now).toISOString()).toBe('2025-06-02T11:00:04.000Z');
  });

  it('reads the pasted events (List of Events, counts and last timestamps)', () => {
    const r = readRealPod(fx('liveness-exec'), fx('liveness-exec.events'));
    expect(r.events.map((e) => e.reason)).toEqual(['Scheduled', 'Unhealthy', 'Killing', 'Started']);
    expect(r.events[1]).toMatchObject({ type: 'Warning', count: 3 });
    expect(parseEvents('')).toEqual([]);
  });

  it('refuses a Deployment with explain\'s message', () => {
    expect(() => readRealPod('kind: Deployment\nmetadata: {name: web}\n')).toThrow(/not a Pod/);
  });

  it('latestTimestamp walks nested lists and ignores non-timestamps', () => {
    expect(latestTimestamp({ a: ['2025-01-01T00:00:05Z', { b: '2025-01-01T00:00:09Z' }], c: 'x' })).toBe(Date.parse('2025-01-01T00:00:09Z'));
  });
});

describe('toManifest', () => {
  it('strips status, server metadata, admission defaults and the token volume, keeps the spec', () => {
    const r = readRealPod(fx('liveness-exec'));
    type C = { volumeMounts?: unknown; livenessProbe: { periodSeconds: number } };
    const doc = parse(toManifest(r.doc)) as { status?: unknown; metadata: unknown; spec: { nodeName?: string; tolerations?: unknown; volumes?: unknown; containers: C[] } };
    expect(doc.status).toBeUndefined();
    expect(doc.metadata).toEqual({ labels: { test: 'liveness' }, name: 'liveness-exec', namespace: 'default' });
    expect(doc.spec.nodeName).toBeUndefined();
    expect(doc.spec.tolerations).toBeUndefined();
    expect(doc.spec.volumes).toBeUndefined();
    expect(doc.spec.containers[0]!.volumeMounts).toBeUndefined();
    expect(doc.spec.containers[0]!.livenessProbe.periodSeconds).toBe(5);
    expect(parseManifest(toManifest(r.doc)).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('a deleted pod replays with `delete` when the API server stamped it (deadline − grace)', () => {
    const r = readRealPod(fx('terminating'));
    expect(replayInterventions(r.doc)).toEqual(['60 delete --grace-period=30']);
    expect(replayInterventions(readRealPod(fx('crashloop')).doc)).toEqual([]);
  });

  it('the horizon covers the real age plus a minute, at least two minutes', () => {
    expect(replayHorizon(0)).toBe(120_000);
    expect(replayHorizon(143_000)).toBe(210_000);
    expect(replayHorizon(10 * 3_600_000)).toBe(3_600_000);
    expect(snapshotAge(readRealPod(fx('crashloop')).doc, Date.parse('2025-03-01T10:02:23Z'))).toBe(143_000);
  });
});

describe('planReplay', () => {
  for (const [name, status] of [['crashloop', 'CrashLoopBackOff'], ['liveness-exec', 'Running'], ['myapp-init', 'Init:0/2'], ['terminating', 'Terminating']] as const) {
    it(`${name}: the replay reaches the same STATUS, READY and RESTARTS (${status})`, () => {
      const r = readRealPod(fx(name));
      const plan = planReplay(r);
      expect(plan.error).toBeNull();
      expect(plan.match).toMatchObject({ status, exact: true, ready: r.result.kubectl.ready });
      expect(plan.match!.restarts).toBe(Number.parseInt(r.result.kubectl.restarts, 10));
      expect(plan.match!.t).toBeLessThanOrEqual(plan.until);
    });
  }
});
