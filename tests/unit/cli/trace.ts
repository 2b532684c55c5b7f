/** A small hand-built Trace (a container that crashes once, then is deleted) for formatter tests. */
import type { Frame, PodObject, Trace } from '@/engine';
import { container, pod as podModel } from '../../support/podBuilder';
import { cond, cs, pod, running, terminated, waiting } from '../views/pods';

const frame = (t: number, p: PodObject | null): Frame => ({ t, pod: p, endpoints: [] });
const withStatus = (o: Parameters<typeof pod>[0]) => pod({ containers: ['app'], ...o });

export function crashTrace(): Trace {
  const deleted = withStatus({
    deletionTimestamp: '2025-01-01T00:01:00Z',
    statuses: [cs('app', running(12), { ready: true, restartCount: 1, lastState: terminated(1, 'Error', 10, 2) })],
    conditions: [cond('Ready', 'True')],
  });
  return {
    version: 1,
    until: 120_000,
    seed: 1,
    // uid and labels match the hand-built PodObjects in ../views/pods
    pod: podModel({
      uid: 'uid-1',
      labels: {},
      containers: [container('app', { image: 'nginx', imagePullPolicy: 'IfNotPresent' })],
    }),
    services: [],
    frames: [
      frame(0, withStatus({ phase: 'Pending' })),
      frame(1000, withStatus({ phase: 'Pending', statuses: [cs('app', waiting('ContainerCreating'))] })),
      frame(2000, withStatus({ statuses: [cs('app', running(2), { ready: true })], conditions: [cond('Ready', 'True')] })),
      frame(10_000, withStatus({ statuses: [cs('app', terminated(1, 'Error', 10, 2))] })),
      frame(10_500, withStatus({ statuses: [cs('app', waiting('CrashLoopBackOff'), { restartCount: 0, lastState: terminated(1, 'Error', 10, 2) })] })),
      frame(12_000, withStatus({ statuses: [cs('app', running(12), { ready: true, restartCount: 1, lastState: terminated(1, 'Error', 10, 2) })], conditions: [cond('Ready', 'True')] })),
      // only a transition time changes: no new watch line
      frame(13_000, withStatus({ statuses: [cs('app', running(12), { ready: true, restartCount: 1, lastState: terminated(1, 'Error', 10, 2) })], conditions: [cond('Ready', 'True'), cond('Initialized', 'True')] })),
      frame(30_000, deleted),
      frame(31_234.4, null),
    ],
    events: [
      { t: 0, type: 'Normal', reason: 'Scheduled', message: 'Successfully assigned default/web to node-1', source: 'default-scheduler' },
      { t: 10_500, type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container app in pod web_default(uid-1)', source: 'kubelet', container: 'app' },
      { t: 30_000, type: 'Normal', reason: 'Killing', message: 'Stopping container app', source: 'kubelet', container: 'app' },
    ],
    probes: [{ t: 5000, container: 'app', probe: 'readiness', result: 'success', run: 1, threshold: 1 }],
    transitions: [],
    spans: [],
    diagnostics: [],
    interventions: [{ at: 30_000, action: { type: 'delete' } }],
    goneAt: 31_234.4,
  };
}
