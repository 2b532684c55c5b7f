/**
 * The kinds PodLife understands: where each keeps its pod template, which apiVersions serve it
 * (and which are deprecated, in the apiserver's warning wording), which restart policies its
 * controller accepts, and how its controller names the pod it creates.
 */
import type { RestartPolicy } from '../model/spec';
import { digits, safeString, uidFrom } from './naming';

export interface PodNaming {
  name: string;
  generateName?: string;
  labels: Record<string, string>;
}

export interface KindInfo {
  /** Struct name in the field table. */
  table: string;
  versions: readonly string[];
  /** Old apiVersion → [deprecated since, unavailable since]. */
  deprecated?: Readonly<Record<string, readonly [string, string]>>;
  /** Path of the PodTemplateSpec inside the object (undefined for Pod itself). */
  template?: readonly string[];
  /** Template restart policies the controller accepts. */
  restartPolicies?: readonly RestartPolicy[];
  /** The pod the controller would create; `key` makes the random parts deterministic. */
  naming?: (workload: string, key: string) => PodNaming;
}

const OLD_APPS = ['v1.9+', 'v1.16+'] as const;
const ALWAYS: readonly RestartPolicy[] = ['Always'];
const JOB_POLICIES: readonly RestartPolicy[] = ['OnFailure', 'Never'];

/** ReplicaSet/ReplicationController pods: `<name>-<5 random chars>` (controller_utils.go, generateName + 5). */
function suffixNaming(name: string, key: string): PodNaming {
  return { name: `${name}-${safeString(`${key}:pod`, 5)}`, generateName: `${name}-`, labels: {} };
}

function jobLabels(jobName: string, key: string): Record<string, string> {
  const uid = uidFrom(`job:${key}`);
  return {
    'batch.kubernetes.io/controller-uid': uid,
    'batch.kubernetes.io/job-name': jobName,
    'controller-uid': uid,
    'job-name': jobName,
  };
}

/** Simulated workload kinds (the Service kind is handled on its own). */
export const KINDS: Readonly<Record<string, KindInfo>> = {
  Pod: { table: 'Pod', versions: ['v1'] },
  Deployment: {
    table: 'Deployment',
    versions: ['apps/v1'],
    deprecated: { 'extensions/v1beta1': OLD_APPS, 'apps/v1beta1': OLD_APPS, 'apps/v1beta2': OLD_APPS },
    template: ['spec', 'template'],
    restartPolicies: ALWAYS,
    naming: (name, key) => {
      // Deployment → ReplicaSet `<name>-<pod-template-hash>` → Pod `<rs>-<5>`.
      const hash = safeString(`${key}:template-hash`, 10);
      const rs = `${name}-${hash}`;
      return { name: `${rs}-${safeString(`${key}:pod`, 5)}`, generateName: `${rs}-`, labels: { 'pod-template-hash': hash } };
    },
  },
  ReplicaSet: {
    table: 'ReplicaSet',
    versions: ['apps/v1'],
    deprecated: { 'extensions/v1beta1': OLD_APPS, 'apps/v1beta2': OLD_APPS },
    template: ['spec', 'template'],
    restartPolicies: ALWAYS,
    naming: suffixNaming,
  },
  ReplicationController: {
    table: 'ReplicationController',
    versions: ['v1'],
    template: ['spec', 'template'],
    restartPolicies: ALWAYS,
    naming: suffixNaming,
  },
  DaemonSet: {
    table: 'DaemonSet',
    versions: ['apps/v1'],
    deprecated: { 'extensions/v1beta1': OLD_APPS, 'apps/v1beta2': OLD_APPS },
    template: ['spec', 'template'],
    restartPolicies: ALWAYS,
    naming: (name, key) => ({
      name: `${name}-${safeString(`${key}:pod`, 5)}`,
      generateName: `${name}-`,
      labels: { 'controller-revision-hash': safeString(`${key}:revision`, 10), 'pod-template-generation': '1' },
    }),
  },
  StatefulSet: {
    table: 'StatefulSet',
    versions: ['apps/v1'],
    deprecated: { 'apps/v1beta1': OLD_APPS, 'apps/v1beta2': OLD_APPS },
    template: ['spec', 'template'],
    restartPolicies: ALWAYS,
    // Ordinal naming: the first replica is `<name>-0` (no generateName).
    naming: (name, key) => ({
      name: `${name}-0`,
      labels: {
        'apps.kubernetes.io/pod-index': '0',
        'controller-revision-hash': `${name}-${safeString(`${key}:revision`, 10)}`,
        'statefulset.kubernetes.io/pod-name': `${name}-0`,
      },
    }),
  },
  Job: {
    table: 'Job',
    versions: ['batch/v1'],
    template: ['spec', 'template'],
    restartPolicies: JOB_POLICIES,
    naming: (name, key) => ({ name: `${name}-${safeString(`${key}:pod`, 5)}`, generateName: `${name}-`, labels: jobLabels(name, key) }),
  },
  CronJob: {
    table: 'CronJob',
    versions: ['batch/v1'],
    deprecated: { 'batch/v1beta1': ['v1.21+', 'v1.25+'] },
    template: ['spec', 'jobTemplate', 'spec', 'template'],
    restartPolicies: JOB_POLICIES,
    naming: (name, key) => {
      // The CronJob controller names Jobs `<name>-<scheduled time in minutes>`.
      const job = `${name}-${digits(`${key}:schedule`, 8)}`;
      return { name: `${job}-${safeString(`${key}:pod`, 5)}`, generateName: `${job}-`, labels: jobLabels(job, key) };
    },
  },
};

/** Kinds that are real Kubernetes kinds but not simulated (reported as info). */
export const OTHER_KNOWN_KINDS = new Set(
  ('ConfigMap Secret Namespace Ingress IngressClass ServiceAccount PersistentVolumeClaim PersistentVolume ' +
    'Role RoleBinding ClusterRole ClusterRoleBinding NetworkPolicy HorizontalPodAutoscaler PodDisruptionBudget ' +
    'Endpoints EndpointSlice LimitRange ResourceQuota StorageClass PriorityClass CustomResourceDefinition ' +
    'PodTemplate Node Event Lease ControllerRevision VerticalPodAutoscaler RuntimeClass CSIDriver ' +
    'MutatingWebhookConfiguration ValidatingWebhookConfiguration APIService Gateway HTTPRoute').split(' '),
);

/** The apiserver's deprecation warning, e.g. `extensions/v1beta1 Deployment is deprecated in v1.9+, …`. */
export function deprecationMessage(info: KindInfo, kind: string, apiVersion: string): string | undefined {
  const d = info.deprecated && Object.hasOwn(info.deprecated, apiVersion) ? info.deprecated[apiVersion] : undefined;
  if (!d) return undefined;
  return `${apiVersion} ${kind} is deprecated in ${d[0]}, unavailable in ${d[1]}; use ${info.versions[0] ?? ''} ${kind}`;
}
