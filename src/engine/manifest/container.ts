/**
 * One container: defaults (pkg/apis/core/v1/defaults.go SetDefaults_Container, SetDefaults_ContainerPort)
 * and validation (pkg/apis/core/validation/validation.go validateContainers, validateInitContainers,
 * validateContainerPorts, validateEnv, validateVolumeMounts, validateContainerResourceRequirements).
 */
import type { ContainerKind, ContainerPort, ContainerSpec, Handler, PullPolicy, VolumeMount } from '../model/spec';
import type { Reporter } from './context';
import { join } from './context';
import { checkPortNumOrName, int, readHandler, readProbe, str } from './handlers';
import type { Raw } from './handlers';
import { readEnv, readEnvFrom } from './env';
import { isRecord, quote } from './path';
import { QUANTITY_PATTERN, formatBytes, parseQuantity } from './quantity';

export const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
export const DNS1123_LABEL_MSG =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

/** SetDefaults_Container: Always for `:latest` or an untagged, undigested image; else IfNotPresent. */
export function defaultPullPolicy(image: string): PullPolicy {
  if (image.includes('@')) return 'IfNotPresent';
  const lastPart = image.slice(image.lastIndexOf('/') + 1);
  const colon = lastPart.lastIndexOf(':');
  if (colon < 0) return 'Always';
  return lastPart.slice(colon + 1) === 'latest' ? 'Always' : 'IfNotPresent';
}

export interface ContainerInput {
  raw: Raw;
  list: 'initContainers' | 'containers';
  index: number;
  /** Object-relative prefix of the pod template (`spec.template.` for a Deployment, '' for a Pod). */
  prefix: string;
  volumeNames: ReadonlySet<string>;
}

/** Validates a name as a DNS-1123 label (container names, port names are IANA). */
export function checkLabelName(r: Reporter, path: string, name: unknown): name is string {
  if (name === undefined || name === null || name === '') {
    r.error('V001', path, 'Required value');
    return false;
  }
  if (typeof name !== 'string') return false;
  if (name.length > 63) r.error('V002', path, `Invalid value: ${quote(name)}: must be no more than 63 characters`);
  else if (!DNS1123_LABEL.test(name)) r.error('V002', path, `Invalid value: ${quote(name)}: ${DNS1123_LABEL_MSG}`);
  return true;
}

/** Reads and validates one container; returns undefined only when it cannot be modelled at all. */
export function readContainer(r: Reporter, input: ContainerInput): ContainerSpec | undefined {
  const { raw, list, index, prefix } = input;
  const podPath = `spec.${list}[${index}]`;
  const path = `${prefix}${podPath}`;
  const isInit = list === 'initContainers';
  checkLabelName(r, join(path, 'name'), raw.name);
  const image = str(raw.image);
  if (image === undefined || image === '') {
    if (raw.image === undefined || raw.image === null || raw.image === '') r.error('V003', join(path, 'image'), 'Required value');
  } else if (image.trim() !== image) {
    r.error('V003', join(path, 'image'), `Invalid value: ${quote(image)}: must not have leading or trailing whitespace`);
  }
  const policy = raw.imagePullPolicy;
  if (policy !== undefined && policy !== null && policy !== 'Always' && policy !== 'IfNotPresent' && policy !== 'Never') {
    r.error('V004', join(path, 'imagePullPolicy'), `Unsupported value: ${quote(policy)}: supported values: "Always", "IfNotPresent", "Never"`);
  }
  let kind: ContainerKind = isInit ? 'init' : 'app';
  const rp = raw.restartPolicy;
  if (rp !== undefined && rp !== null) {
    if (!isInit) r.error('V005', join(path, 'restartPolicy'), 'Forbidden: may not be set for non-init containers');
    else if (rp !== 'Always') r.error('V005', join(path, 'restartPolicy'), `Unsupported value: ${quote(rp)}: supported values: "Always"`);
    else kind = 'sidecar';
  }
  const tmp = raw.terminationMessagePolicy;
  if (tmp !== undefined && tmp !== null && tmp !== 'File' && tmp !== 'FallbackToLogsOnError') {
    r.error('V006', join(path, 'terminationMessagePolicy'), `Unsupported value: ${quote(tmp)}: supported values: "File", "FallbackToLogsOnError"`);
  }

  // Probes and hooks: a regular init container runs to completion, so the apiserver forbids them there.
  const probes: Partial<Pick<ContainerSpec, 'startupProbe' | 'livenessProbe' | 'readinessProbe'>> = {};
  for (const [field, type] of [['startupProbe', 'startup'], ['livenessProbe', 'liveness'], ['readinessProbe', 'readiness']] as const) {
    if (raw[field] === undefined || raw[field] === null) continue;
    if (kind === 'init') {
      r.error('V007', join(path, field), 'Forbidden: may not be set for init containers without restartPolicy=Always');
      continue;
    }
    const probe = readProbe(r, raw[field], type, join(path, field), join(podPath, field));
    if (probe) probes[field] = probe;
  }
  const hooks: { postStart?: Handler; preStop?: Handler } = {};
  if (isRecord(raw.lifecycle)) {
    if (kind === 'init') r.error('V007', join(path, 'lifecycle'), 'Forbidden: may not be set for init containers without restartPolicy=Always');
    else {
      for (const hook of ['postStart', 'preStop'] as const) {
        const h = raw.lifecycle[hook];
        if (!isRecord(h)) continue;
        const handler = readHandler(r, h, join(path, 'lifecycle', hook), true);
        if (handler) hooks[hook] = handler;
      }
    }
  }

  const memoryLimitBytes = readResources(r, raw.resources, join(path, 'resources'));
  const command = Array.isArray(raw.command) ? raw.command.map(String) : undefined;
  const args = Array.isArray(raw.args) ? raw.args.map(String) : undefined;
  const workingDir = str(raw.workingDir);
  const spec: ContainerSpec = {
    name: str(raw.name) ?? '',
    kind,
    index,
    image: image ?? '',
    imagePullPolicy: policy === 'Always' || policy === 'IfNotPresent' || policy === 'Never' ? policy : defaultPullPolicy(image ?? ''),
    ...(command ? { command } : {}),
    ...(args ? { args } : {}),
    ...(workingDir ? { workingDir } : {}),
    env: readEnv(r, raw.env, join(path, 'env')),
    ...envFromPart(r, raw.envFrom, join(path, 'envFrom')),
    ports: readPorts(r, raw.ports, join(path, 'ports')),
    ...probes,
    ...hooks,
    terminationMessagePath: str(raw.terminationMessagePath) || '/dev/termination-log',
    terminationMessagePolicy: tmp === 'FallbackToLogsOnError' ? 'FallbackToLogsOnError' : 'File',
    volumeMounts: readMounts(r, raw.volumeMounts, join(path, 'volumeMounts'), input.volumeNames),
    ...(memoryLimitBytes !== undefined ? { memoryLimitBytes } : {}),
    path: podPath,
  };
  return spec;
}

/** `envFrom` only when given, so models without it stay as they were. */
function envFromPart(r: Reporter, raw: unknown, path: string): Pick<ContainerSpec, 'envFrom'> {
  const envFrom = readEnvFrom(r, raw, path);
  return envFrom.length ? { envFrom } : {};
}

function readPorts(r: Reporter, raw: unknown, path: string): ContainerPort[] {
  if (!Array.isArray(raw)) return [];
  const out: ContainerPort[] = [];
  const names = new Set<string>();
  raw.forEach((p, i) => {
    if (!isRecord(p)) return;
    const port = checkPortNumOrName(r, join(path, i, 'containerPort'), p.containerPort);
    const name = str(p.name);
    if (name !== undefined) {
      checkPortNumOrName(r, join(path, i, 'name'), name);
      if (names.has(name)) r.error('V011', join(path, i, 'name'), `Duplicate value: ${quote(name)}`);
      names.add(name);
    }
    const hostPort = int(p.hostPort);
    if (hostPort !== undefined && hostPort !== 0) checkPortNumOrName(r, join(path, i, 'hostPort'), hostPort);
    const protocol = p.protocol ?? 'TCP';
    if (protocol !== 'TCP' && protocol !== 'UDP' && protocol !== 'SCTP') {
      r.error('V012', join(path, i, 'protocol'), `Unsupported value: ${quote(protocol)}: supported values: "SCTP", "TCP", "UDP"`);
      return;
    }
    if (typeof port === 'number') out.push({ containerPort: port, ...(name ? { name } : {}), protocol });
  });
  return out;
}

function readMounts(r: Reporter, raw: unknown, path: string, volumes: ReadonlySet<string>): VolumeMount[] {
  if (!Array.isArray(raw)) return [];
  const out: VolumeMount[] = [];
  raw.forEach((m, i) => {
    if (!isRecord(m)) return;
    const name = str(m.name);
    const mountPath = str(m.mountPath);
    if (!name) r.error('V013', join(path, i, 'name'), 'Required value');
    else if (!volumes.has(name)) r.error('V013', join(path, i, 'name'), `Not found: ${quote(name)}`);
    if (!mountPath) r.error('V013', join(path, i, 'mountPath'), 'Required value');
    if (name && mountPath) {
      const subPath = str(m.subPath);
      out.push({ name, mountPath, readOnly: m.readOnly === true, ...(subPath ? { subPath } : {}) });
    }
  });
  return out;
}

/** Checks quantities and returns the memory limit in bytes, if any. */
function readResources(r: Reporter, raw: unknown, path: string): number | undefined {
  if (!isRecord(raw)) return undefined;
  const values: Record<string, Record<string, number>> = {};
  for (const group of ['limits', 'requests'] as const) {
    const g = raw[group];
    if (!isRecord(g)) continue;
    values[group] = {};
    for (const [res, q] of Object.entries(g)) {
      if (typeof q !== 'string' && typeof q !== 'number') continue; // reported by the type check
      const n = parseQuantity(q);
      if (n === undefined) {
        r.error('V014', join(path, group, res), `Invalid value: ${quote(q)}: quantities must match the regular expression '${QUANTITY_PATTERN}'`);
      } else if (n < 0) {
        r.error('V014', join(path, group, res), `Invalid value: ${quote(q)}: must be greater than or equal to 0`);
      } else values[group][res] = n;
    }
  }
  const limit = values.limits?.memory;
  const request = values.requests?.memory;
  if (limit !== undefined && request !== undefined && request > limit) {
    r.error('V015', join(path, 'requests', 'memory'), `Invalid value: ${quote(formatBytes(request))}: must be less than or equal to memory limit of ${formatBytes(limit)}`);
  }
  return limit === undefined ? undefined : Math.round(limit);
}
