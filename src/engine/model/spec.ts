/**
 * The normalised Pod model the simulator runs: every Kubernetes default applied, every field the
 * simulation reads present. Produced by `parseManifest` (manifest/), read by the simulator (sim/),
 * the behaviour runtime (runtime/) and the views (views/).
 *
 * Durations inside the engine are integer milliseconds unless a field name says `Seconds`
 * (those keep the Kubernetes unit so that messages can quote the manifest value).
 */

export type RestartPolicy = 'Always' | 'OnFailure' | 'Never';
export type PullPolicy = 'Always' | 'IfNotPresent' | 'Never';
export type ContainerKind = 'init' | 'sidecar' | 'app';
export type ProbeType = 'startup' | 'liveness' | 'readiness';

/** A probe or lifecycle-hook handler (exactly one per probe/hook, validated upstream). */
export type Handler =
  | { kind: 'exec'; command: string[] }
  | {
      kind: 'httpGet';
      /** Defaults to "/" (SetDefaults_HTTPGetAction). */
      path: string;
      /** A number, or a named container port (resolved by the simulator). */
      port: number | string;
      /** Empty means the pod IP. */
      host?: string;
      scheme: 'HTTP' | 'HTTPS';
      headers: { name: string; value: string }[];
    }
  | { kind: 'tcpSocket'; port: number | string; host?: string }
  | { kind: 'grpc'; port: number; service?: string }
  | { kind: 'sleep'; seconds: number };

export interface ProbeSpec {
  type: ProbeType;
  handler: Handler;
  initialDelaySeconds: number;
  timeoutSeconds: number;
  periodSeconds: number;
  successThreshold: number;
  failureThreshold: number;
  /** Probe-level terminationGracePeriodSeconds (liveness/startup kills only). */
  terminationGracePeriodSeconds?: number;
  /** Field path of the probe, e.g. `spec.containers[0].livenessProbe`. */
  path: string;
}

export interface ContainerPort {
  containerPort: number;
  name?: string;
  protocol: 'TCP' | 'UDP' | 'SCTP';
}

export interface VolumeMount {
  name: string;
  mountPath: string;
  readOnly: boolean;
  subPath?: string;
}

export interface ContainerSpec {
  name: string;
  /** init = regular init container; sidecar = init container with restartPolicy Always. */
  kind: ContainerKind;
  /** Index in its own list (`initContainers` or `containers`). */
  index: number;
  image: string;
  imagePullPolicy: PullPolicy;
  command?: string[];
  args?: string[];
  workingDir?: string;
  /** `value` is the literal value ('' for `valueFrom`); `valueFrom` is resolved by the kubelet at each start. */
  env: { name: string; value: string; valueFrom?: EnvVarSource }[];
  /** `envFrom` sources in order (read before `env`, which overrides them). */
  envFrom?: EnvFromSpec[];
  ports: ContainerPort[];
  startupProbe?: ProbeSpec;
  livenessProbe?: ProbeSpec;
  readinessProbe?: ProbeSpec;
  postStart?: Handler;
  preStop?: Handler;
  terminationMessagePath: string;
  terminationMessagePolicy: 'File' | 'FallbackToLogsOnError';
  volumeMounts: VolumeMount[];
  /** Memory limit in bytes, if set (for OOM narration). */
  memoryLimitBytes?: number;
  /** Field path, e.g. `spec.initContainers[0]` or `spec.containers[1]`. */
  path: string;
}

export interface VolumeSpec {
  name: string;
  kind: 'emptyDir' | 'configMap' | 'secret' | 'hostPath' | 'persistentVolumeClaim' | 'downwardAPI' | 'projected' | 'other';
  /** configMap/secret name, hostPath path, etc., where known. */
  source?: string;
  /** configMap/secret volumes: `optional: true` mounts an empty directory when the object is missing. */
  optional?: boolean;
  /** configMap/secret volumes: `items` (key → relative path); absent = every key as a file. */
  items?: { key: string; path: string }[];
}

/** `env[].valueFrom` (core/v1 EnvVarSource), resolved by kubelet_pods.go makeEnvironmentVariables. */
export type EnvVarSource =
  | { kind: 'configMapKeyRef' | 'secretKeyRef'; name: string; key: string; optional: boolean }
  | { kind: 'fieldRef'; fieldPath: string }
  | { kind: 'resourceFieldRef'; resource: string; containerName?: string; divisor?: string };

/** `envFrom[]` (core/v1 EnvFromSource). */
export interface EnvFromSpec {
  kind: 'configMap' | 'secret';
  name: string;
  prefix: string;
  optional: boolean;
}

/** A ConfigMap or Secret of the manifest, as the node's configmap/secret managers see it. */
export interface ConfigObject {
  kind: 'ConfigMap' | 'Secret';
  name: string;
  namespace: string;
  /** ConfigMap `data`, or Secret `data` (base64-decoded) merged with `stringData` (which wins). */
  data: Record<string, string>;
  /** ConfigMap `binaryData` (decoded): files in volumes, never env (makeEnvironmentVariables reads Data only). */
  binaryData: Record<string, string>;
  documentIndex: number;
}

/** Where the pod came from: a bare Pod, or the template of a workload. */
export interface PodOrigin {
  apiVersion: string;
  kind: string;
  name: string;
  /** 0-based index of the YAML document. */
  documentIndex: number;
}

export interface PodModel {
  name: string;
  /** For workloads: the generateName prefix the controller would use (e.g. `web-7d4b9c6f8-`). */
  generateName?: string;
  namespace: string;
  uid: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  restartPolicy: RestartPolicy;
  terminationGracePeriodSeconds: number;
  activeDeadlineSeconds?: number;
  readinessGates: string[];
  /** Node the scheduler binds to (spec.nodeName if given). */
  nodeName: string;
  initContainers: ContainerSpec[];
  containers: ContainerSpec[];
  volumes: VolumeSpec[];
  hostname?: string;
  subdomain?: string;
  origin: PodOrigin;
  /** ConfigMaps and Secrets of the manifest (all namespaces; the kubelet reads the pod's own). */
  configs?: ConfigObject[];
}

export interface ServicePort {
  name?: string;
  port: number;
  /** Number or named container port; defaults to `port`. */
  targetPort: number | string;
  protocol: 'TCP' | 'UDP' | 'SCTP';
}

export interface ServiceModel {
  name: string;
  namespace: string;
  /** Empty selector = a Service without selector (no automatic endpoints). */
  selector: Record<string, string>;
  ports: ServicePort[];
  clusterIP: string;
  /** ExternalName services resolve as a CNAME. */
  externalName?: string;
  publishNotReadyAddresses: boolean;
  origin: PodOrigin;
}

/** All containers in spec order: init containers (regular and sidecar) first, then app containers. */
export function allContainers(pod: PodModel): ContainerSpec[] {
  return [...pod.initContainers, ...pod.containers];
}
