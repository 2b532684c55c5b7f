/** Hand-built Pod objects for view tests (real v1 shapes, times counted from CREATION_TIME_ISO). */
import type { ContainerState, ContainerStatus, PodCondition, PodObject } from '@/engine';

export const T0 = '2025-01-01T00:00:00Z';
/** RFC 3339 time `s` seconds after creation. */
export const at = (s: number) => new Date(Date.UTC(2025, 0, 1) + s * 1000).toISOString().replace('.000Z', 'Z');

export const running = (startedAt = 1): ContainerState => ({ running: { startedAt: at(startedAt) } });
export const waiting = (reason?: string, message?: string): ContainerState => ({
  waiting: { ...(reason ? { reason } : {}), ...(message ? { message } : {}) },
});
export const terminated = (exitCode: number, reason?: string, finishedAt = 10, startedAt = 1): ContainerState => ({
  terminated: { exitCode, ...(reason ? { reason } : {}), startedAt: at(startedAt), finishedAt: at(finishedAt) },
});

export function cs(name: string, state: ContainerState, extra: Partial<ContainerStatus> = {}): ContainerStatus {
  return {
    name,
    state,
    lastState: {},
    ready: false,
    restartCount: 0,
    image: 'nginx',
    imageID: '',
    ...(state.running ? { started: true } : { started: false }),
    ...extra,
  };
}

export const cond = (type: string, status: 'True' | 'False', reason?: string, message?: string): PodCondition => ({
  type,
  status,
  lastProbeTime: null,
  lastTransitionTime: T0,
  ...(reason ? { reason } : {}),
  ...(message ? { message } : {}),
});

export interface PodOpts {
  containers?: string[];
  init?: string[];
  sidecars?: string[];
  phase?: PodObject['status']['phase'];
  statuses?: ContainerStatus[];
  initStatuses?: ContainerStatus[];
  conditions?: PodCondition[];
  deletionTimestamp?: string;
  reason?: string;
  readinessGates?: string[];
}

export function pod(o: PodOpts = {}): PodObject {
  const sidecars = new Set(o.sidecars ?? []);
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: 'web',
      namespace: 'default',
      uid: 'uid-1',
      creationTimestamp: T0,
      ...(o.deletionTimestamp ? { deletionTimestamp: o.deletionTimestamp, deletionGracePeriodSeconds: 30 } : {}),
    },
    spec: {
      nodeName: 'node-1',
      restartPolicy: 'Always',
      ...(o.readinessGates ? { readinessGates: o.readinessGates.map((conditionType) => ({ conditionType })) } : {}),
      initContainers: (o.init ?? []).map((name) => ({
        name,
        image: 'busybox',
        ...(sidecars.has(name) ? { restartPolicy: 'Always' } : {}),
      })),
      containers: (o.containers ?? ['app']).map((name) => ({ name, image: 'nginx' })),
    },
    status: {
      phase: o.phase ?? 'Running',
      ...(o.reason ? { reason: o.reason } : {}),
      conditions: o.conditions ?? [],
      initContainerStatuses: o.initStatuses ?? [],
      containerStatuses: o.statuses ?? [],
    },
  };
}
