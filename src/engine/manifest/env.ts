/**
 * `env` and `envFrom` of a container: validation as the apiserver does it
 * (pkg/apis/core/validation/validation.go validateEnv, validateEnvVarValueFrom, validateEnvFrom,
 * validateObjectFieldSelector, validateContainerResourceFieldSelector). Resolution happens on the
 * node at each start (sim/config.ts, kubelet_pods.go makeEnvironmentVariables).
 */
import type { ContainerSpec, EnvFromSpec, EnvVarSource } from '../model/spec';
import type { Reporter } from './context';
import { join } from './context';
import { str } from './handlers';
import { isRecord, quote } from './path';

/** validation.go validEnvDownwardAPIFieldPathExpressions (labels/annotations take a subscript). */
export const ENV_FIELD_PATHS = [
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'spec.nodeName',
  'spec.serviceAccountName',
  'status.hostIP',
  'status.hostIPs',
  'status.podIP',
  'status.podIPs',
] as const;
const SUBSCRIPTED = /^metadata\.(labels|annotations)\['([^']*)'\]$/;
/** validation.go validEnvDownwardAPIResourcePathExpressions (without hugepages). */
export const ENV_RESOURCES = ['limits.cpu', 'limits.memory', 'limits.ephemeral-storage', 'requests.cpu', 'requests.memory', 'requests.ephemeral-storage'] as const;

/** apimachinery IsConfigMapKey. */
export const CONFIG_KEY = /^[-._a-zA-Z0-9]+$/;
export const CONFIG_KEY_MSG =
  "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";

type EnvEntry = ContainerSpec['env'][number];
const ONE_OF = 'must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`';

/** Reads `env`; entries with errors are reported (and block the run), the rest are kept in order. */
export function readEnv(r: Reporter, raw: unknown, path: string): EnvEntry[] {
  if (!Array.isArray(raw)) return [];
  const out: EnvEntry[] = [];
  raw.forEach((e, i) => {
    if (!isRecord(e)) return;
    const p = join(path, i);
    const name = str(e.name);
    if (!name) {
      r.error('V010', join(p, 'name'), 'Required value');
      return;
    }
    const value = str(e.value) ?? (typeof e.value === 'number' || typeof e.value === 'boolean' ? String(e.value) : '');
    if (e.valueFrom === undefined || e.valueFrom === null) {
      out.push({ name, value });
      return;
    }
    if (value !== '') {
      r.error('V080', join(p, 'valueFrom'), 'Invalid value: "": may not be specified when `value` is not empty');
      return;
    }
    const valueFrom = readValueFrom(r, e.valueFrom, join(p, 'valueFrom'));
    if (valueFrom) out.push({ name, value: '', valueFrom });
  });
  return out;
}

function readValueFrom(r: Reporter, raw: unknown, path: string): EnvVarSource | undefined {
  if (!isRecord(raw)) return undefined;
  const set = (['fieldRef', 'resourceFieldRef', 'configMapKeyRef', 'secretKeyRef'] as const).filter((k) => isRecord(raw[k]));
  if (set.length === 0) {
    r.error('V080', path, `Invalid value: "": ${ONE_OF}`);
    return undefined;
  }
  if (set.length > 1) {
    r.error('V080', path, 'Invalid value: "": may not have more than one field specified at a time');
    return undefined;
  }
  const kind = set[0]!;
  const body = raw[kind] as Record<string, unknown>;
  const p = join(path, kind);
  if (kind === 'fieldRef') {
    const fieldPath = str(body.fieldPath);
    if (!fieldPath) return void r.error('V081', join(p, 'fieldPath'), 'Required value');
    const apiVersion = str(body.apiVersion);
    if (apiVersion && apiVersion !== 'v1') return void r.error('V081', join(p, 'apiVersion'), `Unsupported value: ${quote(apiVersion)}: supported values: "v1"`);
    if (!(ENV_FIELD_PATHS as readonly string[]).includes(fieldPath) && !SUBSCRIPTED.test(fieldPath)) {
      const supported = ['metadata.annotations', 'metadata.labels', ...ENV_FIELD_PATHS].map((x) => `"${x}"`).join(', ');
      return void r.error('V081', join(p, 'fieldPath'), `Unsupported value: ${quote(fieldPath)}: supported values: ${supported}`);
    }
    return { kind, fieldPath };
  }
  if (kind === 'resourceFieldRef') {
    const resource = str(body.resource);
    if (!resource) return void r.error('V082', join(p, 'resource'), 'Required value');
    if (!(ENV_RESOURCES as readonly string[]).includes(resource)) {
      return void r.error('V082', join(p, 'resource'), `Unsupported value: ${quote(resource)}: supported values: ${ENV_RESOURCES.map((x) => `"${x}"`).join(', ')}`);
    }
    const containerName = str(body.containerName);
    const divisor = str(body.divisor) ?? (typeof body.divisor === 'number' ? String(body.divisor) : undefined);
    return { kind, resource, ...(containerName ? { containerName } : {}), ...(divisor ? { divisor } : {}) };
  }
  const name = str(body.name);
  const key = str(body.key);
  if (!name) r.error('V083', join(p, 'name'), 'Required value');
  if (!key) r.error('V083', join(p, 'key'), 'Required value');
  else if (!CONFIG_KEY.test(key)) r.error('V083', join(p, 'key'), `Invalid value: ${quote(key)}: ${CONFIG_KEY_MSG}`);
  if (!name || !key || !CONFIG_KEY.test(key)) return undefined;
  return { kind, name, key, optional: body.optional === true };
}

/** Reads `envFrom` (configMapRef / secretRef with prefix and optional). */
export function readEnvFrom(r: Reporter, raw: unknown, path: string): EnvFromSpec[] {
  if (!Array.isArray(raw)) return [];
  const out: EnvFromSpec[] = [];
  raw.forEach((e, i) => {
    if (!isRecord(e)) return;
    const p = join(path, i);
    const set = (['configMapRef', 'secretRef'] as const).filter((k) => isRecord(e[k]));
    if (set.length === 0) return r.error('V084', p, 'Invalid value: "": must specify one of: `configMapRef` or `secretRef`');
    if (set.length > 1) return r.error('V084', p, 'Invalid value: "": may not have more than one field specified at a time');
    const field = set[0]!;
    const body = e[field] as Record<string, unknown>;
    const name = str(body.name);
    if (!name) return r.error('V084', join(p, field, 'name'), 'Required value');
    out.push({ kind: field === 'configMapRef' ? 'configMap' : 'secret', name, prefix: str(e.prefix) ?? '', optional: body.optional === true });
  });
  return out;
}
