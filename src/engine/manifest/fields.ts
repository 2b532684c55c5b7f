/**
 * A compact, hand-written table of the Kubernetes API fields PodLife reads or may meet, enough to
 * do what kubectl's strict field validation does (`Warning: unknown field "spec.containers[0].livenes"`)
 * and what the apiserver's JSON decoder does with wrong types (`json: cannot unmarshal string into
 * Go struct field …`). Field names follow kubernetes/api core/v1, apps/v1, batch/v1 types.go.
 *
 * Type words: str int bool intstr (int or string) qty (quantity: number or string) any (not checked)
 * strmap (map[string]string) qtymap (map[string]Quantity) obj (a struct not described here);
 * a `[]` suffix is a list; any other word names a struct below.
 */

const META =
  'name:str generateName:str namespace:str uid:str resourceVersion:str generation:int selfLink:str ' +
  'creationTimestamp:any deletionTimestamp:any deletionGracePeriodSeconds:int labels:strmap ' +
  'annotations:annotations ownerReferences:any[] finalizers:str[] managedFields:any[]';
const HANDLER = 'exec:ExecAction httpGet:HTTPGetAction tcpSocket:TCPSocketAction';
const VOLUME_SOURCES =
  'hostPath emptyDir gcePersistentDisk awsElasticBlockStore gitRepo secret nfs iscsi glusterfs ' +
  'persistentVolumeClaim rbd flexVolume cinder cephfs flocker downwardAPI fc azureFile configMap ' +
  'vsphereVolume quobyte azureDisk photonPersistentDisk projected portworxVolume scaleIO storageos csi ephemeral image';
const WORKLOAD = 'apiVersion:str kind:str metadata:ObjectMeta status:any';
const SELECTOR_TEMPLATE = 'replicas:int minReadySeconds:int selector:obj template:PodTemplateSpec';

const TABLE: Record<string, string> = {
  Pod: 'apiVersion:str kind:str metadata:ObjectMeta spec:PodSpec status:any',
  ObjectMeta: META,
  PodTemplateSpec: 'metadata:ObjectMeta spec:PodSpec',
  PodSpec:
    'volumes:Volume[] initContainers:Container[] containers:Container[] ephemeralContainers:any[] ' +
    'restartPolicy:str terminationGracePeriodSeconds:int activeDeadlineSeconds:int dnsPolicy:str ' +
    'nodeSelector:strmap serviceAccountName:str serviceAccount:str automountServiceAccountToken:bool ' +
    'nodeName:str hostNetwork:bool hostPID:bool hostIPC:bool shareProcessNamespace:bool securityContext:obj ' +
    'imagePullSecrets:any[] hostname:str subdomain:str affinity:obj schedulerName:str tolerations:any[] ' +
    'hostAliases:any[] priorityClassName:str priority:int dnsConfig:obj readinessGates:PodReadinessGate[] ' +
    'runtimeClassName:str enableServiceLinks:bool preemptionPolicy:str overhead:qtymap ' +
    'topologySpreadConstraints:any[] setHostnameAsFQDN:bool os:obj hostUsers:bool schedulingGates:any[] ' +
    'resourceClaims:any[] resources:ResourceRequirements',
  Container:
    'name:str image:str command:str[] args:str[] workingDir:str ports:ContainerPort[] envFrom:EnvFromSource[] ' +
    'env:EnvVar[] resources:ResourceRequirements resizePolicy:any[] restartPolicy:str restartPolicyRules:any[] ' +
    'volumeMounts:VolumeMount[] volumeDevices:any[] livenessProbe:Probe readinessProbe:Probe ' +
    'startupProbe:Probe lifecycle:Lifecycle terminationMessagePath:str terminationMessagePolicy:str ' +
    'imagePullPolicy:str securityContext:SecurityContext stdin:bool stdinOnce:bool tty:bool',
  Probe:
    `${HANDLER} grpc:GRPCAction initialDelaySeconds:int timeoutSeconds:int periodSeconds:int ` +
    'successThreshold:int failureThreshold:int terminationGracePeriodSeconds:int',
  Lifecycle: 'postStart:LifecycleHandler preStop:LifecycleHandler stopSignal:str',
  LifecycleHandler: `${HANDLER} sleep:SleepAction`,
  ExecAction: 'command:str[]',
  HTTPGetAction: 'path:str port:intstr host:str scheme:str httpHeaders:HTTPHeader[]',
  HTTPHeader: 'name:str value:str',
  TCPSocketAction: 'port:intstr host:str',
  GRPCAction: 'port:int service:str',
  SleepAction: 'seconds:int',
  ContainerPort: 'name:str hostPort:int containerPort:int protocol:str hostIP:str',
  EnvVar: 'name:str value:str valueFrom:EnvVarSource',
  EnvVarSource: 'fieldRef:ObjectFieldSelector resourceFieldRef:ResourceFieldSelector configMapKeyRef:KeySelector secretKeyRef:KeySelector',
  ObjectFieldSelector: 'apiVersion:str fieldPath:str',
  ResourceFieldSelector: 'containerName:str resource:str divisor:qty',
  KeySelector: 'name:str key:str optional:bool',
  EnvFromSource: 'prefix:str configMapRef:EnvObjectRef secretRef:EnvObjectRef',
  EnvObjectRef: 'name:str optional:bool',
  VolumeMount: 'name:str readOnly:bool recursiveReadOnly:str mountPath:str subPath:str mountPropagation:str subPathExpr:str',
  ResourceRequirements: 'limits:qtymap requests:qtymap claims:any[]',
  SecurityContext:
    'capabilities:obj privileged:bool seLinuxOptions:obj windowsOptions:obj runAsUser:int runAsGroup:int ' +
    'runAsNonRoot:bool readOnlyRootFilesystem:bool allowPrivilegeEscalation:bool procMount:str ' +
    'seccompProfile:obj appArmorProfile:obj',
  Volume: `name:str ${VOLUME_SOURCES.split(' ').map((s) => `${s}:obj`).join(' ')}`,
  PodReadinessGate: 'conditionType:str',
  Deployment: `${WORKLOAD} spec:DeploymentSpec`,
  DeploymentSpec: `${SELECTOR_TEMPLATE} strategy:obj revisionHistoryLimit:int paused:bool progressDeadlineSeconds:int rollbackTo:obj`,
  ReplicaSet: `${WORKLOAD} spec:ReplicaSetSpec`,
  ReplicaSetSpec: SELECTOR_TEMPLATE,
  ReplicationController: `${WORKLOAD} spec:ReplicationControllerSpec`,
  ReplicationControllerSpec: 'replicas:int minReadySeconds:int selector:strmap template:PodTemplateSpec',
  StatefulSet: `${WORKLOAD} spec:StatefulSetSpec`,
  StatefulSetSpec:
    `${SELECTOR_TEMPLATE} volumeClaimTemplates:any[] serviceName:str podManagementPolicy:str updateStrategy:obj ` +
    'revisionHistoryLimit:int persistentVolumeClaimRetentionPolicy:obj ordinals:obj',
  DaemonSet: `${WORKLOAD} spec:DaemonSetSpec`,
  DaemonSetSpec: 'selector:obj template:PodTemplateSpec updateStrategy:obj minReadySeconds:int revisionHistoryLimit:int templateGeneration:int',
  Job: `${WORKLOAD} spec:JobSpec`,
  JobSpec:
    'parallelism:int completions:int activeDeadlineSeconds:int podFailurePolicy:obj successPolicy:obj ' +
    'backoffLimit:int backoffLimitPerIndex:int maxFailedIndexes:int selector:obj manualSelector:bool ' +
    'template:PodTemplateSpec ttlSecondsAfterFinished:int completionMode:str suspend:bool ' +
    'podReplacementPolicy:str managedBy:str',
  CronJob: `${WORKLOAD} spec:CronJobSpec`,
  CronJobSpec:
    'schedule:str timeZone:str startingDeadlineSeconds:int concurrencyPolicy:str suspend:bool ' +
    'jobTemplate:JobTemplateSpec successfulJobsHistoryLimit:int failedJobsHistoryLimit:int',
  JobTemplateSpec: 'metadata:ObjectMeta spec:JobSpec',
  Service: `${WORKLOAD} spec:ServiceSpec`,
  ConfigMap: 'apiVersion:str kind:str metadata:ObjectMeta data:strmap binaryData:strmap immutable:bool',
  Secret: 'apiVersion:str kind:str metadata:ObjectMeta data:strmap stringData:strmap type:str immutable:bool',
  ServiceSpec:
    'ports:ServicePort[] selector:strmap clusterIP:str clusterIPs:str[] type:str externalIPs:str[] ' +
    'sessionAffinity:str loadBalancerIP:str loadBalancerSourceRanges:str[] externalName:str ' +
    'externalTrafficPolicy:str healthCheckNodePort:int publishNotReadyAddresses:bool sessionAffinityConfig:obj ' +
    'ipFamilies:str[] ipFamilyPolicy:str allocateLoadBalancerNodePorts:bool loadBalancerClass:str ' +
    'internalTrafficPolicy:str trafficDistribution:str',
  ServicePort: 'name:str protocol:str appProtocol:str port:int targetPort:intstr nodePort:int',
};

/** Parsed table: struct name → field name → type word. */
export const FIELDS: Record<string, Record<string, string>> = Object.fromEntries(
  Object.entries(TABLE).map(([name, spec]) => [
    name,
    Object.fromEntries(
      spec
        .split(/\s+/)
        .filter(Boolean)
        .map((f) => f.split(':') as [string, string]),
    ),
  ]),
);

/** Edit distance, for "did you mean" hints. */
function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j] ?? 0;
      prev[j] = Math.min((prev[j] ?? 0) + 1, (prev[j - 1] ?? 0) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length] ?? 0;
}

/** The known field a typo most likely meant (`prestop` → `preStop`, `psth` → `path`, `livenes` → `livenessProbe`). */
export function suggestField(typo: string, known: readonly string[]): string | undefined {
  const lower = typo.toLowerCase();
  const exact = known.find((k) => k.toLowerCase() === lower);
  if (exact) return exact;
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const d = distance(lower, k.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  if (best !== undefined && bestD <= Math.max(1, Math.floor(typo.length / 3))) return best;
  if (lower.length >= 4) return known.find((k) => k.toLowerCase().startsWith(lower));
  return undefined;
}
