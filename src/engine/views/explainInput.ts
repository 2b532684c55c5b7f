/**
 * Turns an arbitrary parsed document (a real `kubectl get pod -o yaml`) into a PodObject the views
 * can read, or throws a user-facing Error saying what is wrong with it.
 */
import type { ContainerStatus, PodCondition, PodObject, PodPhase, PodStatus } from '../model/status';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const PHASES: readonly string[] = ['Pending', 'Running', 'Succeeded', 'Failed', 'Unknown'];

/** The raw spec containers (probes etc. are read from here by the reasons). */
export interface RawContainer {
  name: string;
  image: string;
  restartPolicy?: string;
  readinessProbe?: unknown;
  startupProbe?: unknown;
  livenessProbe?: unknown;
}

function containers(list: unknown, field: string): RawContainer[] {
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) throw new Error(`${field}: must be a list`);
  return list.map((c, i) => {
    if (!isObj(c) || !str(c.name)) throw new Error(`${field}[${i}].name: Required value`);
    return { ...c, name: c.name as string, image: str(c.image) ?? '', restartPolicy: str(c.restartPolicy) };
  });
}

function statuses(list: unknown, field: string): ContainerStatus[] {
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) throw new Error(`${field}: must be a list`);
  return list.map((s, i) => {
    if (!isObj(s) || !str(s.name)) throw new Error(`${field}[${i}].name: Required value`);
    return {
      ...(s as unknown as ContainerStatus),
      state: isObj(s.state) ? (s.state as ContainerStatus['state']) : {},
      lastState: isObj(s.lastState) ? (s.lastState as ContainerStatus['lastState']) : {},
      ready: s.ready === true,
      restartCount: typeof s.restartCount === 'number' ? s.restartCount : 0,
      image: str(s.image) ?? '',
      imageID: str(s.imageID) ?? '',
    };
  });
}

/**
 * Validates and normalises one document as a Pod. `kind` may be omitted; any other kind is
 * refused with a message that says what explain expects.
 */
export function toPodObject(doc: unknown): { pod: PodObject; initSpec: RawContainer[]; appSpec: RawContainer[] } {
  if (!isObj(doc)) throw new Error('not a Pod: expected a mapping with kind: Pod (as `kubectl get pod -o yaml` prints it)');
  const kind = str(doc.kind);
  const meta = isObj(doc.metadata) ? doc.metadata : {};
  const name = str(meta.name) ?? str(meta.generateName) ?? '<unnamed>';
  if (kind !== undefined && kind !== 'Pod') {
    throw new Error(`${kind} "${name}" is not a Pod: explain reads Pod objects with their status (kubectl get pod -o yaml)`);
  }
  const spec = doc.spec;
  if (kind === undefined && !(isObj(spec) && Array.isArray(spec.containers))) {
    throw new Error('not a Pod: no kind and no spec.containers (explain reads a Pod as `kubectl get pod -o yaml` prints it)');
  }
  if (!isObj(spec)) throw new Error(`pod "${name}": spec: Required value`);
  const appSpec = containers(spec.containers, 'spec.containers');
  if (appSpec.length === 0) throw new Error(`pod "${name}": spec.containers: Required value`);
  const initSpec = containers(spec.initContainers, 'spec.initContainers');
  const rawStatus = isObj(doc.status) ? doc.status : {};
  const phase = str(rawStatus.phase);
  if (phase !== undefined && !PHASES.includes(phase)) throw new Error(`pod "${name}": status.phase: Unsupported value: "${phase}"`);
  const status: PodStatus = {
    ...(rawStatus as unknown as PodStatus),
    phase: (phase as PodPhase | undefined) ?? 'Pending',
    conditions: Array.isArray(rawStatus.conditions) ? (rawStatus.conditions.filter(isObj) as unknown as PodCondition[]) : [],
    initContainerStatuses: statuses(rawStatus.initContainerStatuses, 'status.initContainerStatuses'),
    containerStatuses: statuses(rawStatus.containerStatuses, 'status.containerStatuses'),
  };
  const gates = Array.isArray(spec.readinessGates) ? spec.readinessGates.filter(isObj) : [];
  const pod: PodObject = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      ...(meta as unknown as PodObject['metadata']),
      name,
      namespace: str(meta.namespace) ?? 'default',
      uid: str(meta.uid) ?? '',
      creationTimestamp: str(meta.creationTimestamp) ?? '',
    },
    spec: {
      nodeName: str(spec.nodeName),
      restartPolicy: str(spec.restartPolicy) ?? 'Always',
      terminationGracePeriodSeconds:
        typeof spec.terminationGracePeriodSeconds === 'number' ? spec.terminationGracePeriodSeconds : 30,
      readinessGates: gates.map((g) => ({ conditionType: str(g.conditionType) ?? '' })),
      initContainers: initSpec.map((c) => ({ name: c.name, image: c.image, ...(c.restartPolicy ? { restartPolicy: c.restartPolicy } : {}) })),
      containers: appSpec.map((c) => ({ name: c.name, image: c.image })),
    },
    status,
  };
  return { pod, initSpec, appSpec };
}
