/**
 * What the kubelet reads from ConfigMaps and Secrets: the container environment
 * (kubelet_pods.go makeEnvironmentVariables, called from kuberuntime_container.go
 * generateContainerConfig) and the files of configMap/secret volumes (volume/configmap/configmap.go,
 * volume/secret/secret.go SetUpAt → MakePayload). Errors carry the kubelet's exact text; the
 * NotFound errors come from the watch-based managers, whose GroupResource is the singular
 * `configmap` / `secret` (configmap_manager.go, secret_manager.go) — hence `configmap "x" not found`.
 */
import type { ConfigObject, ContainerSpec, PodModel, VolumeSpec } from '../model/spec';
import { parseQuantity } from '../manifest/quantity';
import { HOST_IP, POD_IP } from './timing';

/** The simulated node's allocatable resources (limits default to them, as in the downward API). */
export const NODE_ALLOCATABLE = { cpu: 2, memory: 8 * 1024 ** 3, 'ephemeral-storage': 20 * 1024 ** 3 } as const;

/** The object the pod's namespace holds under that name (the last document wins, as with apply). */
export function findConfig(configs: readonly ConfigObject[], kind: ConfigObject['kind'], namespace: string, name: string): ConfigObject | undefined {
  for (let i = configs.length - 1; i >= 0; i--) {
    const c = configs[i]!;
    if (c.kind === kind && c.namespace === namespace && c.name === name) return c;
  }
  return undefined;
}

const notFound = (kind: ConfigObject['kind'], name: string) => `${kind === 'ConfigMap' ? 'configmap' : 'secret'} "${name}" not found`;

/** `$` is doubled so that the runtime's `$(VAR)` expansion leaves values from objects as they are (they are never expanded upstream). */
const literal = (v: string) => v.replaceAll('$', '$$$$');

export type EnvResult = { ok: true; env: { name: string; value: string }[] } | { ok: false; message: string };

/**
 * The environment as makeEnvironmentVariables builds it: envFrom sources in order (prefix added,
 * optional objects skipped), then `env` (literal values expanded against what came before; values
 * from references taken as they are). The first error stops the container start.
 */
export function resolveEnv(pod: PodModel, spec: ContainerSpec, configs: readonly ConfigObject[]): EnvResult {
  const ns = pod.namespace;
  const env: { name: string; value: string }[] = [];
  for (const from of spec.envFrom ?? []) {
    const kind = from.kind === 'configMap' ? 'ConfigMap' : 'Secret';
    const obj = findConfig(configs, kind, ns, from.name);
    if (!obj) {
      if (from.optional) continue;
      return { ok: false, message: notFound(kind, from.name) };
    }
    for (const k of Object.keys(obj.data).sort()) env.push({ name: from.prefix + k, value: literal(obj.data[k] ?? '') });
  }
  for (const e of spec.env) {
    const src = e.valueFrom;
    if (!src) {
      env.push({ name: e.name, value: e.value });
      continue;
    }
    if (src.kind === 'fieldRef') env.push({ name: e.name, value: literal(fieldValue(pod, src.fieldPath)) });
    else if (src.kind === 'resourceFieldRef') env.push({ name: e.name, value: resourceValue(pod, spec, src.resource, src.containerName, src.divisor) });
    else {
      const kind = src.kind === 'configMapKeyRef' ? 'ConfigMap' : 'Secret';
      const obj = findConfig(configs, kind, ns, src.name);
      if (!obj) {
        if (src.optional) continue;
        return { ok: false, message: notFound(kind, src.name) };
      }
      if (!Object.hasOwn(obj.data, src.key)) {
        if (src.optional) continue;
        return { ok: false, message: `couldn't find key ${src.key} in ${kind} ${ns}/${src.name}` };
      }
      env.push({ name: e.name, value: literal(obj.data[src.key] ?? '') });
    }
  }
  return { ok: true, env };
}

/** fieldpath.ExtractFieldPathAsString plus the status fields podFieldSelectorRuntimeValue fills in. */
function fieldValue(pod: PodModel, path: string): string {
  const sub = /^metadata\.(labels|annotations)\['([^']*)'\]$/.exec(path);
  if (sub) {
    const map = sub[1] === 'labels' ? pod.labels : pod.annotations;
    return Object.hasOwn(map, sub[2]!) ? (map[sub[2]!] ?? '') : '';
  }
  switch (path) {
    case 'metadata.name':
      return pod.name;
    case 'metadata.namespace':
      return pod.namespace;
    case 'metadata.uid':
      return pod.uid;
    case 'spec.nodeName':
      return pod.nodeName;
    case 'spec.serviceAccountName':
      return 'default';
    case 'status.podIP':
    case 'status.podIPs':
      return POD_IP;
    case 'status.hostIP':
    case 'status.hostIPs':
      return HOST_IP;
    default:
      return '';
  }
}

/**
 * resource.ExtractContainerResourceValue, simplified: the memory limit the model keeps, else the
 * node's allocatable (the kubelet defaults unset limits to it); requests PodLife does not model read 0.
 * CPU is rounded up to whole divisor units, like the upstream ceil.
 */
function resourceValue(pod: PodModel, self: ContainerSpec, resource: string, containerName: string | undefined, divisor: string | undefined): string {
  const spec = containerName ? ([...pod.initContainers, ...pod.containers].find((c) => c.name === containerName) ?? self) : self;
  const div = divisor !== undefined ? (parseQuantity(divisor) ?? 1) : 1;
  const unit = div > 0 ? div : 1;
  let value: number;
  if (resource === 'limits.memory') value = spec.memoryLimitBytes ?? NODE_ALLOCATABLE.memory;
  else if (resource === 'limits.cpu') value = NODE_ALLOCATABLE.cpu;
  else if (resource === 'limits.ephemeral-storage') value = NODE_ALLOCATABLE['ephemeral-storage'];
  else value = 0;
  return String(Math.ceil(value / unit));
}

export type VolumeFiles = { ok: true; files: Record<string, string> } | { ok: false; message: string };

/**
 * The files of a configMap/secret volume (MakePayload): every key (ConfigMap data + binaryData), or
 * only `items` at their paths. A missing object fails the mount unless optional (then an empty
 * directory); a missing item key always fails unless optional.
 */
export function volumeFiles(pod: PodModel, vol: VolumeSpec, configs: readonly ConfigObject[]): VolumeFiles {
  const kind = vol.kind === 'secret' ? 'Secret' : 'ConfigMap';
  const name = vol.source ?? '';
  const obj = findConfig(configs, kind, pod.namespace, name);
  if (!obj) return vol.optional ? { ok: true, files: {} } : { ok: false, message: notFound(kind, name) };
  const all: Record<string, string> = { ...obj.data, ...obj.binaryData };
  const files: Record<string, string> = {};
  // Keys such as `__proto__` are valid config keys: define, never assign.
  const put = (path: string, data: string) => Object.defineProperty(files, path, { value: data, enumerable: true, writable: true, configurable: true });
  if (!vol.items) {
    for (const k of Object.keys(all).sort()) put(k, all[k] ?? '');
    return { ok: true, files };
  }
  for (const it of vol.items) {
    if (!Object.hasOwn(all, it.key)) {
      if (vol.optional) continue;
      const message = kind === 'ConfigMap' ? `configmap references non-existent config key: ${it.key}` : `references non-existent secret key: ${it.key}`;
      return { ok: false, message };
    }
    put(it.path, all[it.key] ?? '');
  }
  return { ok: true, files };
}
