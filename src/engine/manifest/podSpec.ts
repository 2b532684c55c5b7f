/**
 * The PodSpec: defaults (pkg/apis/core/v1/defaults.go SetDefaults_PodSpec) and validation
 * (pkg/apis/core/validation/validation.go ValidatePodSpec, validateVolumes, validateReadinessGates).
 */
import type { ContainerSpec, PodModel, RestartPolicy, VolumeSpec } from '../model/spec';
import type { Reporter } from './context';
import { join } from './context';
import { checkLabelName, readContainer } from './container';
import { int, str } from './handlers';
import { CONFIG_KEY, CONFIG_KEY_MSG } from './env';
import { isRecord, quote } from './path';

/** More containers than this is an error (bounding the work, and far beyond any real pod). */
export const MAX_CONTAINERS = 200;
export const DEFAULT_NODE = 'node-1';

const VOLUME_KINDS: readonly VolumeSpec['kind'][] = ['emptyDir', 'configMap', 'secret', 'hostPath', 'persistentVolumeClaim', 'downwardAPI', 'projected'];

export type PodSpecPart = Pick<
  PodModel,
  'restartPolicy' | 'terminationGracePeriodSeconds' | 'activeDeadlineSeconds' | 'readinessGates' | 'nodeName' | 'initContainers' | 'containers' | 'volumes' | 'hostname' | 'subdomain'
>;

/** Reads the pod spec at `${prefix}spec`; reports problems, always returns a (possibly partial) model. */
export function readPodSpec(r: Reporter, rawSpec: unknown, prefix: string): PodSpecPart {
  const spec = isRecord(rawSpec) ? rawSpec : {};
  const sp = `${prefix}spec`;
  const restart = spec.restartPolicy;
  let restartPolicy: RestartPolicy = 'Always';
  if (restart === 'Always' || restart === 'OnFailure' || restart === 'Never') restartPolicy = restart;
  else if (restart !== undefined && restart !== null && restart !== '') {
    r.error('V050', join(sp, 'restartPolicy'), `Unsupported value: ${quote(restart)}: supported values: "Always", "OnFailure", "Never"`);
  }
  const grace = int(spec.terminationGracePeriodSeconds);
  if (grace !== undefined && grace < 0) {
    r.error('V051', join(sp, 'terminationGracePeriodSeconds'), `Invalid value: ${grace}: must be greater than or equal to 0`);
  }
  const deadline = int(spec.activeDeadlineSeconds);
  if (deadline !== undefined && (deadline < 1 || deadline > 2147483647)) {
    r.error('V052', join(sp, 'activeDeadlineSeconds'), `Invalid value: ${deadline}: must be between 1 and 2147483647, inclusive`);
  }
  const readinessGates: string[] = [];
  if (Array.isArray(spec.readinessGates)) {
    spec.readinessGates.forEach((g, i) => {
      const t = isRecord(g) ? str(g.conditionType) : undefined;
      if (!t) r.error('V053', join(sp, 'readinessGates', i, 'conditionType'), 'Required value');
      else readinessGates.push(t);
    });
  }
  const volumes = readVolumes(r, spec.volumes, join(sp, 'volumes'));
  const volumeNames = new Set(volumes.map((v) => v.name));

  const lists = { initContainers: [] as ContainerSpec[], containers: [] as ContainerSpec[] };
  const seen = new Set<string>();
  for (const list of ['initContainers', 'containers'] as const) {
    const raw = spec[list];
    if (list === 'containers' && (raw === undefined || raw === null || (Array.isArray(raw) && raw.length === 0))) {
      r.error('V054', join(sp, 'containers'), 'Required value');
      continue;
    }
    if (!Array.isArray(raw)) continue; // absent, or reported by the type check
    if (raw.length > MAX_CONTAINERS) {
      r.error('V055', join(sp, list), `Too many: ${raw.length}: must have at most ${MAX_CONTAINERS} items`);
    }
    raw.slice(0, MAX_CONTAINERS).forEach((c, index) => {
      if (!isRecord(c)) return;
      const spec = readContainer(r, { raw: c, list, index, prefix, volumeNames });
      if (!spec) return;
      // Container names are unique across init and app containers (validateContainers uses one set).
      if (spec.name && seen.has(spec.name)) r.error('V056', join(sp, list, index, 'name'), `Duplicate value: ${quote(spec.name)}`);
      if (spec.name) seen.add(spec.name);
      lists[list].push(spec);
    });
  }
  const nodeName = str(spec.nodeName);
  const hostname = str(spec.hostname);
  const subdomain = str(spec.subdomain);
  if (hostname) checkLabelName(r, join(sp, 'hostname'), hostname);
  if (subdomain) checkLabelName(r, join(sp, 'subdomain'), subdomain);
  return {
    restartPolicy,
    // SetDefaults_PodSpec: 30 s when unset.
    terminationGracePeriodSeconds: grace !== undefined && grace >= 0 ? grace : 30,
    ...(deadline !== undefined && deadline >= 1 ? { activeDeadlineSeconds: deadline } : {}),
    readinessGates,
    nodeName: nodeName || DEFAULT_NODE,
    initContainers: lists.initContainers,
    containers: lists.containers,
    volumes,
    ...(hostname ? { hostname } : {}),
    ...(subdomain ? { subdomain } : {}),
  };
}

function readVolumes(r: Reporter, raw: unknown, path: string): VolumeSpec[] {
  if (!Array.isArray(raw)) return [];
  const out: VolumeSpec[] = [];
  const names = new Set<string>();
  raw.forEach((v, i) => {
    if (!isRecord(v)) return;
    const p = join(path, i);
    if (!checkLabelName(r, join(p, 'name'), v.name)) return;
    const name = v.name;
    if (names.has(name)) r.error('V057', join(p, 'name'), `Duplicate value: ${quote(name)}`);
    names.add(name);
    const sources = Object.keys(v).filter((k) => k !== 'name' && v[k] !== null && v[k] !== undefined);
    if (sources.length === 0) {
      r.error('V058', p, 'Required value: must specify a volume type');
      return;
    }
    for (const extra of sources.slice(1)) r.error('V058', join(p, extra), 'Forbidden: may not specify more than 1 volume type');
    const src = sources[0] ?? '';
    const kind = (VOLUME_KINDS as readonly string[]).includes(src) ? (src as VolumeSpec['kind']) : 'other';
    const body = v[src];
    const source = isRecord(body) ? str(body.name) ?? str(body.secretName) ?? str(body.claimName) ?? str(body.path) : undefined;
    const extra = kind === 'configMap' || kind === 'secret' ? readObjectVolume(r, body, join(p, src), kind) : {};
    out.push({ name, kind, ...(source ? { source } : {}), ...extra });
  });
  return out;
}

/**
 * configMap/secret volume sources: `optional`, `items` (validation.go validateConfigMapVolumeSource,
 * validateSecretVolumeSource, validateKeyToPath). defaultMode is accepted and ignored (no file modes here).
 */
function readObjectVolume(r: Reporter, body: unknown, path: string, kind: 'configMap' | 'secret'): Pick<VolumeSpec, 'optional' | 'items'> {
  if (!isRecord(body)) return {};
  const nameField = kind === 'secret' ? 'secretName' : 'name';
  if (!str(body[nameField])) r.error('V085', join(path, nameField), 'Required value');
  const items: { key: string; path: string }[] = [];
  if (Array.isArray(body.items)) {
    body.items.forEach((it, i) => {
      if (!isRecord(it)) return;
      const key = str(it.key);
      const rel = str(it.path);
      const ip = join(path, 'items', i);
      if (!key) r.error('V085', join(ip, 'key'), 'Required value');
      else if (!CONFIG_KEY.test(key)) r.error('V085', join(ip, 'key'), `Invalid value: ${quote(key)}: ${CONFIG_KEY_MSG}`);
      if (!rel) r.error('V085', join(ip, 'path'), 'Required value');
      else if (rel.startsWith('/')) r.error('V085', join(ip, 'path'), `Invalid value: ${quote(rel)}: must be a relative path`);
      else if (rel.split('/').includes('..')) r.error('V085', join(ip, 'path'), `Invalid value: ${quote(rel)}: must not contain '..'`);
      if (key && rel) items.push({ key, path: rel });
    });
  }
  return { ...(body.optional === true ? { optional: true } : {}), ...(Array.isArray(body.items) ? { items } : {}) };
}
