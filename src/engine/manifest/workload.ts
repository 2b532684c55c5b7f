/**
 * Workload-level apiserver rules, with upstream messages and order:
 * pkg/apis/apps/validation (ValidateDeploymentSpec, ValidateReplicaSetSpec,
 * ValidatePodTemplateSpecForReplicaSet, ValidateStatefulSetSpec, ValidateDaemonSetSpec),
 * pkg/apis/core/validation (ValidateReplicationControllerSpec, ValidateNonEmptySelector),
 * pkg/apis/batch/validation (validateJobSpec, ValidateJobSpec, validateGeneratedSelector,
 * ValidateJobTemplateSpec) and the Job strategy's generateSelector (pkg/registry/batch/job).
 */
import type { Reporter } from './context';
import type { KindInfo } from './kinds';
import { goStringMap, validateLabels } from './labels';
import { isRecord } from './path';
import { type LabelSelector, goLabelSelector, matches, readSelector, validateSelector } from './selector';

export interface WorkloadInput {
  r: Reporter;
  obj: Record<string, unknown>;
  kind: string;
  apiVersion: string;
  info: KindInfo;
  /** Labels the Job controller's selector generation adds to the template (job-name, controller-uid …). */
  generatedLabels?: Record<string, string>;
}

/** Old group versions whose defaulting copied the template labels into a missing selector. */
const DEFAULTS_SELECTOR = new Set(['extensions/v1beta1', 'apps/v1beta1']);
/** Integer fields checked by ValidateNonnegativeField, per kind (path below `spec`). */
const NONNEGATIVE: Readonly<Record<string, readonly string[]>> = {
  Deployment: ['replicas', 'minReadySeconds', 'revisionHistoryLimit', 'progressDeadlineSeconds'],
  ReplicaSet: ['replicas', 'minReadySeconds'],
  StatefulSet: ['replicas', 'minReadySeconds'],
  DaemonSet: ['minReadySeconds', 'revisionHistoryLimit'],
  ReplicationController: ['minReadySeconds', 'replicas'],
  Job: ['parallelism', 'completions', 'activeDeadlineSeconds', 'backoffLimit', 'ttlSecondsAfterFinished'],
};

const MISMATCH = '`selector` does not match template `labels`';

function stringLabels(raw: unknown): Record<string, string> | undefined {
  if (!isRecord(raw)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) if (typeof v === 'string') Object.defineProperty(out, k, { value: v, enumerable: true });
  return out;
}

/** Runs the workload rules of `kind` (no-op for a Pod). Errors go to the reporter. */
export function validateWorkload(input: WorkloadInput): void {
  const { r, obj, kind } = input;
  if (kind === 'Pod' || !input.info.template) return;
  const spec = isRecord(obj.spec) ? obj.spec : {};
  for (const f of NONNEGATIVE[kind] ?? []) {
    const v = spec[f];
    if (typeof v === 'number' && Number.isInteger(v) && v < 0) r.error('V068', `spec.${f}`, `Invalid value: ${v}: must be greater than or equal to 0`);
  }
  // A selector of the wrong type is a decoding error (checkFields); the apiserver stops there.
  if (spec.selector !== undefined && spec.selector !== null && !isRecord(spec.selector)) return;
  if (kind === 'ReplicationController') return validateRC(r, spec);
  if (kind === 'Job') return validateJob(input, spec);
  if (kind === 'CronJob') return validateCronJob(r, spec);
  validateApps(input, spec);
}

/** Deployment, ReplicaSet, StatefulSet, DaemonSet (apps/v1 rules; old versions defaulted the selector). */
function validateApps({ r, kind, apiVersion }: WorkloadInput, spec: Record<string, unknown>): void {
  const tpl = isRecord(spec.template) ? spec.template : undefined;
  const tplLabels = stringLabels(isRecord(tpl?.metadata) ? tpl.metadata.labels : undefined);
  let sel = readSelector(spec.selector);
  if (!sel && DEFAULTS_SELECTOR.has(apiVersion) && tplLabels && Object.keys(tplLabels).length) sel = { matchLabels: { ...tplLabels } };
  const what = kind.toLowerCase();
  let convertible = true;
  if (!sel) {
    // DaemonSet has no Required check: a nil selector only fails to match (labels.Nothing()).
    if (kind !== 'DaemonSet') r.error('V065', 'spec.selector', 'Required value');
  } else {
    convertible = validateSelector(r, spec.selector, 'spec.selector');
    if (isEmpty(sel)) r.error('V067', 'spec.selector', `Invalid value: ${goLabelSelector(sel)}: empty selector is invalid for ${kind === 'ReplicaSet' ? 'deployment' : what}`);
  }
  if (!convertible) {
    if (kind === 'Deployment' || kind === 'ReplicaSet') r.error('V067', 'spec.selector', `Invalid value: ${goLabelSelector(sel)}: invalid label selector`);
    else if (kind === 'StatefulSet') r.error('V067', 'spec.selector', `Invalid value: ${goLabelSelector(sel)}`);
    return;
  }
  if (!tpl) return; // a missing template is reported by buildPod (V063)
  // An empty selector selects everything; DaemonSet checks the match even then (always true).
  if ((!sel || !isEmpty(sel)) && !matches(sel, tplLabels ?? {})) {
    r.error('V066', 'spec.template.metadata.labels', `Invalid value: ${goStringMap(tplLabels)}: ${MISMATCH}`);
  }
}

function validateRC(r: Reporter, spec: Record<string, unknown>): void {
  const tpl = isRecord(spec.template) ? spec.template : undefined;
  const tplLabels = stringLabels(isRecord(tpl?.metadata) ? tpl.metadata.labels : undefined);
  let selector = stringLabels(spec.selector);
  // SetDefaults_ReplicationController: an empty selector becomes the template labels.
  if ((!selector || !Object.keys(selector).length) && tplLabels && Object.keys(tplLabels).length) selector = tplLabels;
  if (!selector || !Object.keys(selector).length) return r.error('V065', 'spec.selector', 'Required value');
  if (isRecord(spec.selector)) validateLabels(r, spec.selector, 'spec.selector', 'spec.selector');
  if (tpl && !matches({ matchLabels: selector }, tplLabels ?? {})) {
    r.error('V066', 'spec.template.metadata.labels', `Invalid value: ${goStringMap(tplLabels)}: ${MISMATCH}`);
  }
}

function validateJob({ r, generatedLabels = {} }: WorkloadInput, spec: Record<string, unknown>): void {
  checkPodFailurePolicy(r, spec, 'spec');
  const tpl = isRecord(spec.template) ? spec.template : undefined;
  const userLabels = stringLabels(isRecord(tpl?.metadata) ? tpl.metadata.labels : undefined);
  const user = readSelector(spec.selector);
  let sel = user;
  let tplLabels = userLabels;
  if (spec.manualSelector !== true) {
    // generateSelector: template labels gain the generated ones (unless set), and the selector
    // gains batch.kubernetes.io/controller-uid; validateGeneratedSelector then demands that the
    // selector select exactly the generated labels.
    tplLabels = { ...generatedLabels, ...userLabels };
    const uidKey = 'batch.kubernetes.io/controller-uid';
    const uid = generatedLabels[uidKey] ?? '';
    sel = { ...user, matchLabels: { ...user?.matchLabels } };
    if (!Object.hasOwn(sel.matchLabels ?? {}, uidKey)) sel.matchLabels = { ...sel.matchLabels, [uidKey]: uid };
    if (user && !matches(sel, generatedLabels)) r.error('V066', 'spec.selector', `Invalid value: ${goLabelSelector(sel)}: \`selector\` not auto-generated`);
  }
  if (!sel) r.error('V065', 'spec.selector', 'Required value');
  else if (user && !validateSelector(r, spec.selector, 'spec.selector')) return;
  if (tpl && !matches(sel, tplLabels ?? {})) r.error('V066', 'spec.template.metadata.labels', `Invalid value: ${goStringMap(tplLabels)}: ${MISMATCH}`);
}

function validateCronJob(r: Reporter, spec: Record<string, unknown>): void {
  const jt = isRecord(spec.jobTemplate) && isRecord(spec.jobTemplate.spec) ? spec.jobTemplate.spec : undefined;
  if (!jt) return;
  checkPodFailurePolicy(r, jt, 'spec.jobTemplate.spec');
  const sel = readSelector(jt.selector);
  if (sel) r.error('V066', 'spec.jobTemplate.spec.selector', `Invalid value: ${goLabelSelector(sel)}: \`selector\` will be auto-generated`);
  if (jt.manualSelector === true) r.error('V066', 'spec.jobTemplate.spec.manualSelector', 'Unsupported value: true: supported values: "nil", "false"');
}

function isEmpty(sel: LabelSelector): boolean {
  return Object.keys(sel.matchLabels ?? {}).length + (sel.matchExpressions?.length ?? 0) === 0;
}

/**
 * The restart policies a controller accepts for its template (`prefix` is e.g. `spec.template.`).
 * ReplicaSet-like kinds: anything but Always is `Unsupported value` (pod defaulting turns an empty
 * policy into Always). Job and CronJob: Always or empty is `Required value`, since defaulting
 * may have produced it (batch validateJobSpec); with a podFailurePolicy only Never is allowed.
 * Values outside the pod-level enum are left to podSpec.ts, which reports them once.
 */
export function validateRestartPolicy(r: Reporter, tplSpec: unknown, prefix: string, info: KindInfo): void {
  const allowed = info.restartPolicies;
  if (!allowed) return;
  const raw = isRecord(tplSpec) ? tplSpec.restartPolicy : undefined;
  const supported = allowed.map((p) => `"${p}"`).join(', ');
  const path = `${prefix}spec.restartPolicy`;
  const value = typeof raw === 'string' ? raw : '';
  if (!allowed.includes('Always')) {
    if (value === '' || value === 'Always') return r.error('V064', path, `Required value: valid values: ${supported}`);
  } else if (value === '') {
    return;
  }
  if (['Always', 'OnFailure', 'Never'].includes(value) && !allowed.includes(value as never)) {
    r.error('V064', path, `Unsupported value: ${JSON.stringify(value)}: supported values: ${supported}`);
  }
}

/** validateJobSpec: a podFailurePolicy needs restartPolicy Never (`jobSpec` at `path`, e.g. `spec`). */
function checkPodFailurePolicy(r: Reporter, jobSpec: Record<string, unknown>, path: string): void {
  if (!isRecord(jobSpec.podFailurePolicy)) return;
  const tpl = isRecord(jobSpec.template) && isRecord(jobSpec.template.spec) ? jobSpec.template.spec : {};
  if (tpl.restartPolicy === 'OnFailure') {
    r.error('V064', `${path}.template.spec.restartPolicy`, 'Invalid value: "OnFailure": only "Never" is supported when podFailurePolicy is specified');
  }
}
