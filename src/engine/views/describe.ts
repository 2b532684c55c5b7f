/**
 * `kubectl describe pod`. Upstream: staging/src/k8s.io/kubectl/pkg/describe/describe.go
 * `describePod` (k8s-semantics §9, §10). Everything is written tab-separated through one Go-style
 * tabwriter (minwidth 0, padding 2), as describe's `tabbedString` does, so alignment blocks match.
 */
import type { PodModel, VolumeSpec } from '../model/spec';
import type { PodObject } from '../model/status';
import type { SimEvent } from '../model/trace';
import { describeContainersSection, formatRFC1123Z, type DescribedContainer } from './describeContainers';
import { describeEventsSection } from './describeEvents';
import { humanDuration } from './humanDuration';
import { parseTime } from './kubectlGet';
import { tabwrite } from './tabwriter';

/** describe.go maxAnnotationLen: longer values are printed on their own lines, shortened. */
const MAX_ANNOTATION_LEN = 140;

/** The DefaultTolerationSeconds admission plugin's tolerations, present on every pod. */
const DEFAULT_TOLERATIONS = [
  'node.kubernetes.io/not-ready:NoExecute op=Exists for 300s',
  'node.kubernetes.io/unreachable:NoExecute op=Exists for 300s',
];

function multiline(title: string, entries: Record<string, string> | undefined): string {
  const keys = Object.keys(entries ?? {}).sort();
  if (keys.length === 0) return `${title}:\t<none>\n`;
  return keys.map((k, i) => `${i === 0 ? `${title}:` : ''}\t${k}=${entries![k]}\n`).join('');
}

function annotations(entries: Record<string, string> | undefined): string {
  const keys = Object.keys(entries ?? {})
    .filter((k) => k !== 'kubectl.kubernetes.io/last-applied-configuration')
    .sort();
  if (keys.length === 0) return 'Annotations:\t<none>\n';
  let s = 'Annotations:\t';
  keys.forEach((k, i) => {
    if (i !== 0) s += '\t';
    const value = entries![k]!.replace(/\n$/, '');
    if (value.length + k.length + 2 > MAX_ANNOTATION_LEN || value.includes('\n')) {
      s += `${k}:\n`;
      for (const line of value.split('\n')) {
        const short = line.length > MAX_ANNOTATION_LEN - 2 ? `${line.slice(0, MAX_ANNOTATION_LEN - 2)}...` : line;
        s += `\t  ${short}\n`;
      }
    } else {
      s += `${k}: ${value}\n`;
    }
  });
  return s;
}

const VOLUME_TYPES: Record<VolumeSpec['kind'], (v: VolumeSpec) => string[]> = {
  emptyDir: () => ["Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)", 'Medium:\t', 'SizeLimit:\t<unset>'],
  configMap: (v) => ['Type:\tConfigMap (a volume populated by a ConfigMap)', `Name:\t${v.source ?? ''}`, `Optional:\t${v.optional === true}`],
  secret: (v) => ['Type:\tSecret (a volume populated by a Secret)', `SecretName:\t${v.source ?? ''}`, `Optional:\t${v.optional === true}`],
  hostPath: (v) => ['Type:\tHostPath (bare host directory volume)', `Path:\t${v.source ?? ''}`, 'HostPathType:\t'],
  persistentVolumeClaim: (v) => [
    'Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)',
    `ClaimName:\t${v.source ?? ''}`,
    'ReadOnly:\tfalse',
  ],
  downwardAPI: () => ['Type:\tDownwardAPI (a volume populated by information about the pod)', 'Items:'],
  projected: () => ['Type:\tProjected (a volume that contains injected data from multiple sources)'],
  other: () => ['Type:\t<unknown>'],
};

function volumes(model: PodModel | undefined): string {
  const vols = model?.volumes ?? [];
  if (vols.length === 0) return 'Volumes:\t<none>\n';
  let s = 'Volumes:\n';
  for (const v of vols) {
    s += `  ${v.name}:\n`;
    for (const line of VOLUME_TYPES[v.kind](v)) s += `    ${line}\n`;
  }
  return s;
}

/** `Controlled By:` for pods made from a workload's template (the controller that owns the pod). */
function controlledBy(model: PodModel | undefined): string | undefined {
  const o = model?.origin;
  if (!o || o.kind === 'Pod') return undefined;
  const generated = model.generateName?.replace(/-$/, '');
  switch (o.kind) {
    case 'Deployment':
      return `ReplicaSet/${generated ?? o.name}`;
    case 'CronJob':
      return `Job/${generated ?? o.name}`;
    default:
      return `${o.kind}/${o.name}`;
  }
}

/**
 * `kubectl describe pod` text for `pod` at `now` (ms since the pod's creation). Events after `now`
 * are not shown; repeats are merged as the event recorder does. `model` supplies spec details
 * (ports, probes, env, mounts, volumes) that the status object does not carry.
 */
export function kubectlDescribe(pod: PodObject, events: SimEvent[], now: number, model?: PodModel): string {
  const st = pod.status ?? { phase: 'Pending' };
  const md = pod.metadata;
  const nowAbs = (parseTime(md.creationTimestamp) ?? 0) + now;
  let s = `Name:\t${md.name}\nNamespace:\t${md.namespace}\nPriority:\t0\nService Account:\tdefault\n`;
  s += `Node:\t${pod.spec.nodeName ? `${pod.spec.nodeName}/${st.hostIP ?? ''}` : '<none>'}\n`;
  if (st.startTime) s += `Start Time:\t${formatRFC1123Z(st.startTime)}\n`;
  s += multiline('Labels', md.labels);
  s += annotations(md.annotations);
  if (md.deletionTimestamp && st.phase !== 'Failed' && st.phase !== 'Succeeded') {
    const lasts = humanDuration(nowAbs - (parseTime(md.deletionTimestamp) ?? nowAbs));
    const grace = md.deletionGracePeriodSeconds ?? model?.terminationGracePeriodSeconds ?? pod.spec.terminationGracePeriodSeconds ?? 30;
    s += `Status:\tTerminating (lasts ${lasts})\nTermination Grace Period:\t${grace}s\n`;
  } else {
    s += `Status:\t${st.phase}\n`;
  }
  if (st.reason) s += `Reason:\t${st.reason}\n`;
  if (st.message) s += `Message:\t${st.message}\n`;
  s += `IP:\t${st.podIP ?? ''}\n`;
  s += st.podIPs?.length ? `IPs:\n${st.podIPs.map((ip) => `  IP:\t${ip.ip}\n`).join('')}` : 'IPs:\t<none>\n';
  const owner = controlledBy(model);
  if (owner) s += `Controlled By:\t${owner}\n`;

  const inits: DescribedContainer[] = model?.initContainers ?? pod.spec.initContainers ?? [];
  const apps: DescribedContainer[] = model?.containers ?? pod.spec.containers;
  const field = (path: string) => fieldFromPod(pod, path);
  if (inits.length > 0) s += describeContainersSection('Init Containers', inits, st.initContainerStatuses, field);
  s += describeContainersSection('Containers', apps, st.containerStatuses, field);

  const gates = pod.spec.readinessGates?.map((g) => g.conditionType) ?? model?.readinessGates ?? [];
  if (gates.length > 0) {
    s += 'Readiness Gates:\n  Type\tStatus\n';
    for (const g of gates) s += `  ${g} \t${st.conditions?.find((c) => c.type === g)?.status ?? '<none>'} \n`;
  }
  if (st.conditions?.length) {
    s += 'Conditions:\n  Type\tStatus\n';
    for (const c of st.conditions) s += `  ${c.type} \t${c.status} \n`;
  }
  s += volumes(model);
  const qos = st.qosClass ?? (anyMemoryLimit(model) ? 'Burstable' : 'BestEffort');
  s += `QoS Class:\t${qos}\nNode-Selectors:\t<none>\n`;
  s += DEFAULT_TOLERATIONS.map((t, i) => `${i === 0 ? 'Tolerations:' : ''}\t${t}\n`).join('');
  s += describeEventsSection(events, now);
  return tabwrite(s, { minwidth: 0, padding: 2 });
}

/** kubectl fieldpath.ExtractFieldPathAsString: metadata fields only; anything else prints empty. */
function fieldFromPod(pod: PodObject, path: string): string {
  const md = pod.metadata;
  const sub = /^metadata\.(labels|annotations)\['([^']*)'\]$/.exec(path);
  if (sub) return (sub[1] === 'labels' ? md.labels : md.annotations)?.[sub[2]!] ?? '';
  if (path === 'metadata.name') return md.name;
  if (path === 'metadata.namespace') return md.namespace;
  if (path === 'metadata.uid') return md.uid ?? '';
  return '';
}

/** A memory limit on some container makes the pod Burstable (only BestEffort has no resources at all). */
function anyMemoryLimit(model: PodModel | undefined): boolean {
  return [...(model?.initContainers ?? []), ...(model?.containers ?? [])].some((c) => c.memoryLimitBytes !== undefined);
}
