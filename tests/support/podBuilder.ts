/**
 * Pod builders for kubelet tests: every Kubernetes default applied (SetDefaults_PodSpec,
 * SetDefaults_Container, SetDefaults_Probe), so tests state only what matters to them.
 */
import type { Behaviours, ContainerBehaviour } from '@/engine/model/behaviour';
import type { ContainerSpec, Handler, PodModel, ProbeSpec, ProbeType, ServiceModel } from '@/engine/model/spec';

export type ContainerInit = Partial<Omit<ContainerSpec, 'name' | 'kind' | 'index' | 'path'>>;

/** A container with defaults; `kind`/`index`/`path` are fixed by `pod()`. */
export function container(name: string, init: ContainerInit = {}): ContainerSpec {
  const image = init.image ?? 'registry.example/app:1.0';
  const latest = !/:[^/]+$/.test(image) || image.endsWith(':latest');
  return {
    name,
    kind: 'app',
    index: 0,
    image,
    imagePullPolicy: latest ? 'Always' : 'IfNotPresent',
    env: [],
    ports: [],
    terminationMessagePath: '/dev/termination-log',
    terminationMessagePolicy: 'File',
    volumeMounts: [],
    path: '',
    ...init,
  };
}

/**
 * A probe with the API defaults (timeout 1, period 10, success 1, failure 3, delay 0). `path` is
 * filled in by `pod()`; give it only for a probe used outside a pod.
 */
export function probe(type: ProbeType, handler: Handler, fields: Partial<Omit<ProbeSpec, 'type' | 'handler'>> = {}): ProbeSpec {
  return {
    type,
    handler,
    initialDelaySeconds: 0,
    timeoutSeconds: 1,
    periodSeconds: 10,
    successThreshold: 1,
    failureThreshold: 3,
    path: '',
    ...fields,
  };
}

export const httpGet = (port: number | string, path = '/'): Handler => ({ kind: 'httpGet', path, port, scheme: 'HTTP', headers: [] });
export const exec = (...command: string[]): Handler => ({ kind: 'exec', command });
export const tcp = (port: number | string): Handler => ({ kind: 'tcpSocket', port });
export const sleep = (seconds: number): Handler => ({ kind: 'sleep', seconds });

export interface PodInit extends Partial<Omit<PodModel, 'initContainers' | 'containers'>> {
  initContainers?: ContainerSpec[];
  /** Init containers with restartPolicy Always. */
  sidecars?: string[];
  containers?: ContainerSpec[];
}

/** A pod named `web` in `default` on `node-1`, restartPolicy Always, grace 30 s. */
export function pod(init: PodInit = {}): PodModel {
  const sidecars = new Set(init.sidecars ?? []);
  const fix = (list: ContainerSpec[], init_: boolean) =>
    list.map((c, index) => {
      const kind = init_ ? (sidecars.has(c.name) ? 'sidecar' : 'init') : 'app';
      const path = `spec.${init_ ? 'initContainers' : 'containers'}[${index}]`;
      const fixProbe = (p: ProbeSpec | undefined, field: string) => (p ? { ...p, path: p.path || `${path}.${field}` } : undefined);
      const out: ContainerSpec = { ...c, kind, index, path };
      const sp = fixProbe(c.startupProbe, 'startupProbe');
      const lp = fixProbe(c.livenessProbe, 'livenessProbe');
      const rp = fixProbe(c.readinessProbe, 'readinessProbe');
      if (sp) out.startupProbe = sp;
      if (lp) out.livenessProbe = lp;
      if (rp) out.readinessProbe = rp;
      return out;
    });
  const { sidecars: _s, initContainers, containers, ...rest } = init;
  return {
    name: 'web',
    namespace: 'default',
    uid: '6f1c2a4e-0000-4000-8000-000000000001',
    labels: { app: 'web' },
    annotations: {},
    restartPolicy: 'Always',
    terminationGracePeriodSeconds: 30,
    readinessGates: [],
    nodeName: 'node-1',
    volumes: [],
    origin: { apiVersion: 'v1', kind: 'Pod', name: 'web', documentIndex: 0 },
    ...rest,
    initContainers: fix(initContainers ?? [], true),
    containers: fix(containers ?? [container('app')], false),
  };
}

/** A ClusterIP Service selecting `app: web`. */
export function service(name: string, init: Partial<ServiceModel> = {}): ServiceModel {
  return {
    name,
    namespace: 'default',
    selector: { app: 'web' },
    ports: [{ port: 80, targetPort: 80, protocol: 'TCP' }],
    clusterIP: '10.96.0.20',
    publishNotReadyAddresses: false,
    origin: { apiVersion: 'v1', kind: 'Service', name, documentIndex: 1 },
    ...init,
  };
}

/** Behaviours keyed by container. */
export function behave(map: Record<string, ContainerBehaviour>): Behaviours {
  return map;
}
