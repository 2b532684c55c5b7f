/**
 * A Pod, or a workload's pod template, → PodModel: metadata as the apiserver and the controller
 * would fill it (name, generateName, namespace, uid, labels), the spec with defaults, and the
 * workload-level rules on the template (restart policies a controller accepts).
 */
import type { LineCounter } from 'yaml';
import type { Behaviours } from '../model/behaviour';
import { BEHAVIOUR_ANNOTATION } from '../model/behaviour';
import type { PodModel } from '../model/spec';
import { parseBehaviours } from './behaviour';
import { innerSource } from './behaviourSource';
import { INIT_ANNOTATION } from './checkFields';
import type { Reporter } from './context';
import type { KindInfo } from './kinds';
import { safeString, uidFrom } from './naming';
import { formatPath, isRecord, parsePath, quote } from './path';
import { readPodSpec } from './podSpec';
import { findPath } from './source';
import { validateAnnotations, validateLabels } from './labels';
import { validateRestartPolicy, validateWorkload } from './workload';

const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const SUBDOMAIN_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

export interface BuildInput {
  r: Reporter;
  lc: LineCounter;
  text: string;
  obj: Record<string, unknown>;
  kind: string;
  apiVersion: string;
  info: KindInfo;
}

/** Checks metadata.name (DNS-1123 subdomain); returns it if usable. */
function checkName(r: Reporter, path: string, name: unknown, generateName?: unknown): string | undefined {
  if (typeof name !== 'string' || name === '') {
    if (typeof generateName === 'string' && generateName !== '') return undefined;
    r.error('V060', path, 'Required value: name or generateName is required');
    return undefined;
  }
  if (name.length > 253) r.error('V061', path, `Invalid value: ${quote(name)}: must be no more than 253 characters`);
  else if (!DNS1123_SUBDOMAIN.test(name)) r.error('V061', path, `Invalid value: ${quote(name)}: ${SUBDOMAIN_MSG}`);
  return name;
}

function stringMap(raw: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(raw)) return out;
  for (const [k, v] of Object.entries(raw)) {
    if (typeof v !== 'string') continue;
    Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** The pre-1.8 init-container annotations are ignored by today's apiserver: say so. */
function warnInitAnnotation(r: Reporter, meta: unknown, metaPath: string): void {
  if (!isRecord(meta) || !isRecord(meta.annotations)) return;
  for (const key of Object.keys(meta.annotations)) {
    if (!INIT_ANNOTATION.test(key)) continue;
    r.note(
      'warning',
      'W010',
      formatPath([...parsePath(metaPath), 'annotations', key]),
      `annotation "${key}" is ignored since Kubernetes 1.8: init containers are declared in spec.initContainers`,
      true,
    );
  }
}

/** The seed of everything the controllers would generate for this object (names, uids, hashes). */
export function namingKey(input: Pick<BuildInput, 'obj' | 'kind' | 'text'>): { namespace: string; workloadName: string; key: string } {
  const meta = isRecord(input.obj.metadata) ? input.obj.metadata : {};
  const namespace = typeof meta.namespace === 'string' && meta.namespace ? meta.namespace : 'default';
  const workloadName = typeof meta.name === 'string' && meta.name ? meta.name : 'unnamed';
  return { namespace, workloadName, key: `${input.kind}/${namespace}/${workloadName}\n${input.text}` };
}

/**
 * The apiserver rules that span the object rather than the pod spec: labels and annotations of
 * the object and of its pod template, and the workload rules (selector, replicas, restart policy).
 * Run for every simulated kind, also the ones after the first (the apiserver would reject them too).
 */
export function validateObject(input: BuildInput): void {
  const { r, obj, kind, info } = input;
  const meta = isRecord(obj.metadata) ? obj.metadata : {};
  validateLabels(r, meta.labels, 'metadata.labels', 'metadata.labels');
  validateAnnotations(r, meta.annotations, 'metadata.annotations', 'metadata.annotations');
  const tplPath = info.template ?? [];
  if (tplPath.length) {
    let tpl: unknown = obj;
    for (const seg of tplPath) tpl = isRecord(tpl) ? tpl[seg] : undefined;
    const tplMeta = isRecord(tpl) && isRecord(tpl.metadata) ? tpl.metadata : {};
    // ValidatePodTemplateSpec names `<template>.labels`, not `.metadata.labels` (upstream quirk).
    const t = tplPath.join('.');
    validateLabels(r, tplMeta.labels, `${t}.metadata.labels`, `${t}.labels`);
    validateAnnotations(r, tplMeta.annotations, `${t}.metadata.annotations`, `${t}.annotations`);
    validateRestartPolicy(r, isRecord(tpl) ? tpl.spec : undefined, `${t}.`, info);
  }
  const { workloadName, key } = namingKey(input);
  const generatedLabels = info.naming?.(workloadName, key).labels;
  validateWorkload({ r, obj, kind, apiVersion: input.apiVersion, info, ...(generatedLabels ? { generatedLabels } : {}) });
}

/** Builds the pod; returns it with its behaviours (errors are in the reporter). */
export function buildPod(input: BuildInput): { pod: PodModel; behaviours: Behaviours; prefix: string } {
  const { r, obj, info, kind, apiVersion } = input;
  const meta = isRecord(obj.metadata) ? obj.metadata : {};
  const tplPath = info.template ?? [];
  let template: unknown = obj;
  for (const seg of tplPath) template = isRecord(template) ? template[seg] : undefined;
  const prefix = tplPath.length ? `${tplPath.join('.')}.` : '';
  if (tplPath.length && !isRecord(template)) r.error('V063', tplPath.join('.'), 'Required value');
  const tpl = isRecord(template) ? template : {};
  const podMeta = kind === 'Pod' ? meta : isRecord(tpl.metadata) ? tpl.metadata : {};

  const objName = checkName(r, 'metadata.name', meta.name, kind === 'Pod' ? meta.generateName : undefined);
  warnInitAnnotation(r, meta, 'metadata');
  if (kind !== 'Pod') warnInitAnnotation(r, podMeta, `${prefix}metadata`);

  const part = readPodSpec(r, tpl.spec, prefix);

  const { namespace, workloadName, key } = namingKey(input);
  let name: string;
  let generateName: string | undefined;
  let extraLabels: Record<string, string> = {};
  if (info.naming) {
    const n = info.naming(workloadName, key);
    ({ name, generateName } = n);
    extraLabels = n.labels;
  } else {
    generateName = typeof meta.generateName === 'string' && meta.generateName ? meta.generateName : undefined;
    // The apiserver appends 5 random safe characters to generateName (names.SimpleNameGenerator).
    name = objName ?? `${generateName ?? ''}${safeString(key, 5)}`;
  }
  // Key and value rules are checked by validateObject (labels.ts); here only the strings are kept.
  const labels = { ...stringMap(podMeta.labels), ...extraLabels };
  const annotations = stringMap(podMeta.annotations);
  const pod: PodModel = {
    name,
    ...(generateName ? { generateName } : {}),
    namespace,
    uid: uidFrom(`pod:${key}`),
    labels,
    annotations,
    ...part,
    origin: { apiVersion, kind, name: workloadName, documentIndex: r.src.index },
  };
  const behaviours = readBehaviours(input, pod, kind === 'Pod' ? 'metadata' : `${prefix}metadata`);
  return { pod, behaviours, prefix };
}

function readBehaviours(input: BuildInput, pod: PodModel, metaPath: string): Behaviours {
  const { r } = input;
  const segs = [...parsePath(metaPath), 'annotations', BEHAVIOUR_ANNOTATION];
  const loc = findPath(r.src.doc, [...r.base, ...segs]);
  if (loc.found < r.base.length + segs.length || !loc.node) return {};
  const path = formatPath(segs);
  const src = innerSource(input.text, input.lc, loc.node);
  if (!src) {
    r.error('B000', path, 'Invalid value: the annotation must be a string holding YAML (write `podlife/behavior: |` and indent the map below it)');
    return {};
  }
  const names = new Set([...pod.initContainers, ...pod.containers].map((c) => c.name).filter(Boolean));
  const { behaviours, diagnostics } = parseBehaviours(src, names, path, r.src.index);
  r.diagnostics.push(...diagnostics);
  return behaviours;
}
