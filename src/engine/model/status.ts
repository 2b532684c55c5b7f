/**
 * Pod status in the real Kubernetes v1 JSON shapes (as `kubectl get pod -o json` prints them).
 * Timestamps are RFC 3339 strings with second precision, counted from the trace's creation time.
 */

export type PodPhase = 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown';
export type ConditionStatus = 'True' | 'False' | 'Unknown';

export interface ContainerStateWaiting {
  reason?: string;
  message?: string;
}
export interface ContainerStateRunning {
  startedAt: string;
}
export interface ContainerStateTerminated {
  exitCode: number;
  signal?: number;
  reason?: string;
  message?: string;
  startedAt?: string;
  finishedAt?: string;
  containerID?: string;
}

/** Exactly one of the three is set (an empty object means "no state yet"). */
export interface ContainerState {
  waiting?: ContainerStateWaiting;
  running?: ContainerStateRunning;
  terminated?: ContainerStateTerminated;
}

export interface ContainerStatus {
  name: string;
  state: ContainerState;
  lastState: ContainerState;
  ready: boolean;
  restartCount: number;
  image: string;
  imageID: string;
  containerID?: string;
  started?: boolean;
}

export interface PodCondition {
  type: string;
  status: ConditionStatus;
  lastProbeTime: null;
  lastTransitionTime: string;
  reason?: string;
  message?: string;
}

export interface PodStatus {
  phase: PodPhase;
  conditions?: PodCondition[];
  message?: string;
  reason?: string;
  hostIP?: string;
  podIP?: string;
  podIPs?: { ip: string }[];
  startTime?: string;
  initContainerStatuses?: ContainerStatus[];
  containerStatuses?: ContainerStatus[];
  qosClass?: string;
}

export interface PodMetadata {
  name: string;
  namespace: string;
  uid: string;
  creationTimestamp: string;
  deletionTimestamp?: string;
  deletionGracePeriodSeconds?: number;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  generateName?: string;
}

/** The parts of the spec that kubectl views read besides status. */
export interface PodSpecView {
  nodeName?: string;
  restartPolicy?: string;
  terminationGracePeriodSeconds?: number;
  readinessGates?: { conditionType: string }[];
  initContainers?: { name: string; image: string; restartPolicy?: string }[];
  containers: { name: string; image: string }[];
}

/** A Pod object as the API would return it at one moment. */
export interface PodObject {
  apiVersion: 'v1';
  kind: 'Pod';
  metadata: PodMetadata;
  spec: PodSpecView;
  status: PodStatus;
}
