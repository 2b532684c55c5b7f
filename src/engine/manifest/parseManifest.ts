/**
 * Manifest text → the pod to simulate, Services, behaviours and diagnostics (ARCHITECTURE §3).
 * Never throws: every problem, however bad the input, becomes a Diagnostic with a source range.
 */
import type { LineCounter } from 'yaml';
import type { Behaviours } from '../model/behaviour';
import type { Diagnostic, SourceRange } from '../model/diagnostics';
import { hasErrors } from '../model/diagnostics';
import type { ConfigObject, ContainerSpec, PodModel, ServiceModel } from '../model/spec';
import { buildPod, validateObject } from './buildPod';
import { readConfigObject } from './configs';
import { checkFields } from './checkFields';
import { Reporter } from './context';
import { validateAnnotations, validateLabels } from './labels';
import { KINDS, OTHER_KNOWN_KINDS, deprecationMessage } from './kinds';
import { isRecord, parsePath } from './path';
import type { Segment } from './path';
import { readService } from './service';
import { findPath, locatedRange, parseSource } from './source';
import type { SourceDoc } from './source';

export interface ParseOptions {
  /** Extra static checks per container (the runtime's shell analyser; see withAnalysis.ts); their
   *  diagnostics carry a field path and get their range from locate(). `false`: no analysis. */
  analyze?: ((spec: ContainerSpec, pod: PodModel) => Diagnostic[]) | false;
}
export interface DocumentInfo {
  index: number;
  apiVersion?: string;
  kind?: string;
  name?: string;
  range: SourceRange;
}
export interface ParseResult {
  /** The pod to simulate: the first Pod or workload pod template (absent if none, or if errors block it). */
  pod?: PodModel;
  services: ServiceModel[];
  /** ConfigMaps and Secrets of the manifest (also on `pod.configs`, so a pre-parsed pod carries them). */
  configs?: ConfigObject[];
  /** Parsed `podlife/behavior` annotation of that pod (empty object if none). */
  behaviours: Behaviours;
  /** Everything found, sorted by document then line; errors block the run, warnings and infos do not. */
  diagnostics: Diagnostic[];
  documents: DocumentInfo[];
  /** Source range of a Kubernetes field path (as in Diagnostic.path) in the pod's document, or in document `doc`. */
  locate(path: string, doc?: number): SourceRange | undefined;
}

/** Larger input is refused with one diagnostic (the editor should never hang on a paste). */
export const MAX_TEXT_LENGTH = 5 * 1024 * 1024;
const FIRST_LINE: SourceRange = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

interface PodSource {
  src: SourceDoc;
  base: Segment[];
  prefix: Segment[];
}

/** Short JSON of an object for `Object 'Kind' is missing in '…'`. */
function brief(obj: unknown): string {
  let s: string;
  try {
    s = JSON.stringify(obj) ?? '';
  } catch {
    s = '';
  }
  return s.length > 120 ? `${s.slice(0, 117)}...` : s;
}

/**
 * Parses one or more YAML documents into the pod to simulate (the first Pod or workload pod template),
 * the Services, the `podlife/behavior` annotation and diagnostics. Never throws.
 * @example
 * const { pod, diagnostics } = parseManifest('apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec: {containers: [{name: app, image: nginx}]}');
 */
export function parseManifest(text: string, options: ParseOptions = {}): ParseResult {
  try {
    return parse(typeof text === 'string' ? text : String(text), options);
  } catch (e) {
    const diagnostics: Diagnostic[] = [
      { severity: 'error', code: 'K999', message: `internal error while reading the manifest: ${e instanceof Error ? e.message : String(e)}`, range: FIRST_LINE },
    ];
    return { services: [], behaviours: {}, diagnostics, documents: [], locate: () => undefined };
  }
}

function parse(text: string, options: ParseOptions): ParseResult {
  const diagnostics: Diagnostic[] = [];
  const empty = (d: Diagnostic): ParseResult => ({ services: [], behaviours: {}, diagnostics: [d], documents: [], locate: () => undefined });
  if (text.length > MAX_TEXT_LENGTH) {
    const mb = (text.length / 1024 / 1024).toFixed(1);
    return empty({ severity: 'error', code: 'Y010', message: `the manifest is ${mb} MB; PodLife reads manifests up to 5 MB`, range: FIRST_LINE });
  }
  const { docs, lineCounter: lc, diagnostics: yamlDiags } = parseSource(text);
  diagnostics.push(...yamlDiags);
  const documents: DocumentInfo[] = [];
  const services: ServiceModel[] = [];
  const configs: ConfigObject[] = [];
  let pod: PodModel | undefined;
  let behaviours: Behaviours = {};
  let podSource: PodSource | undefined;
  let objects = 0;

  const handle = (src: SourceDoc, obj: unknown, base: Segment[]): void => {
    const r = new Reporter(lc, src, base);
    try {
      if (!isRecord(obj)) {
        const t = Array.isArray(obj) ? 'array' : typeof obj === 'boolean' ? 'bool' : typeof obj;
        r.note('error', 'K002', '', `couldn't get version/kind; json parse error: json: cannot unmarshal ${t} into Go value of type struct { APIVersion string; Kind string }`);
        return;
      }
      objects++;
      const kind = obj.kind;
      const apiVersion = obj.apiVersion;
      if (typeof kind !== 'string' || kind === '') return r.note('error', 'K003', 'kind', `Object 'Kind' is missing in '${brief(obj)}'`);
      if (typeof apiVersion !== 'string' || apiVersion === '') return r.note('error', 'K004', 'apiVersion', `Object 'apiVersion' is missing in '${brief(obj)}'`);
      const name = isRecord(obj.metadata) && typeof obj.metadata.name === 'string' ? obj.metadata.name : '';
      const info = Object.hasOwn(KINDS, kind) ? KINDS[kind] : undefined;
      if (kind === 'Service') {
        if (apiVersion !== 'v1') return r.note('error', 'K006', 'apiVersion', `no matches for kind "Service" in version "${apiVersion}"`);
        checkFields(r, obj, 'Service', '');
        validateMetadataMaps(r, obj);
        const origin = { apiVersion, kind, name, documentIndex: src.index };
        const ns = isRecord(obj.metadata) && typeof obj.metadata.namespace === 'string' && obj.metadata.namespace ? obj.metadata.namespace : 'default';
        if (!name) r.error('V060', 'metadata.name', 'Required value: name or generateName is required');
        const svc = readService(r, obj, origin, ns);
        if (svc && name) services.push(svc);
        return;
      }
      if (kind === 'ConfigMap' || kind === 'Secret') {
        if (apiVersion !== 'v1') return r.note('error', 'K006', 'apiVersion', `no matches for kind "${kind}" in version "${apiVersion}" (use v1)`);
        checkFields(r, obj, kind, '');
        validateMetadataMaps(r, obj);
        const cfg = readConfigObject(r, obj, kind, src.index);
        if (cfg) configs.push(cfg);
        return;
      }
      if (!info) {
        if (OTHER_KNOWN_KINDS.has(kind)) r.note('info', 'K008', 'kind', `kind ${kind} is not simulated; PodLife runs the first Pod or pod template`);
        else r.note('warning', 'K009', 'kind', `kind ${kind} (${apiVersion}) is not a kind PodLife knows; it is ignored (PodLife runs the first Pod or pod template)`);
        return;
      }
      const deprecated = deprecationMessage(info, kind, apiVersion);
      if (deprecated) r.note('warning', 'K005', 'apiVersion', deprecated);
      else if (!info.versions.includes(apiVersion)) {
        return r.note('error', 'K006', 'apiVersion', `no matches for kind "${kind}" in version "${apiVersion}" (use ${info.versions.join(' or ')})`);
      }
      checkFields(r, obj, info.table, '');
      validateObject({ r, lc, text, obj, kind, apiVersion, info });
      if (podSource) {
        r.note('warning', 'K007', 'kind', `${kind} "${name}" is not simulated: PodLife runs only the first Pod or pod template (document ${podSource.src.index + 1})`);
        return;
      }
      const built = buildPod({ r, lc, text, obj, kind, apiVersion, info });
      pod = built.pod;
      behaviours = built.behaviours;
      podSource = { src, base, prefix: info.template ? [...info.template] : [] };
    } finally {
      diagnostics.push(...r.diagnostics);
    }
  };

  for (const src of docs) {
    const v = src.value;
    const info: DocumentInfo = { index: src.index, range: src.range };
    if (isRecord(v)) {
      if (typeof v.apiVersion === 'string') info.apiVersion = v.apiVersion;
      if (typeof v.kind === 'string') info.kind = v.kind;
      if (isRecord(v.metadata) && typeof v.metadata.name === 'string') info.name = v.metadata.name;
    }
    documents.push(info);
    if (v === undefined || v === null) continue; // unreadable (already reported) or an empty document
    if (isRecord(v) && typeof v.kind === 'string' && v.kind.endsWith('List') && Array.isArray(v.items)) {
      objects++;
      v.items.forEach((item, i) => handle(src, item, ['items', i]));
      continue;
    }
    handle(src, v, []);
  }

  if (objects === 0 && !hasErrors(diagnostics)) {
    diagnostics.push({ severity: 'error', code: 'K001', message: 'no Kubernetes object found: write a Pod (apiVersion: v1, kind: Pod) or a workload such as a Deployment', range: FIRST_LINE });
  } else if (!podSource && objects > 0 && !hasErrors(diagnostics)) {
    diagnostics.push({ severity: 'info', code: 'K010', message: 'no Pod or pod template found: nothing to simulate', range: FIRST_LINE });
  }

  // The node sees every ConfigMap/Secret of the manifest, whatever the document order.
  if (pod && configs.length) pod = { ...pod, configs };
  const locate = makeLocate(lc, docs, () => podSource);
  if (pod && options.analyze) diagnostics.push(...runAnalyzer(pod, options.analyze, locate));
  diagnostics.sort((a, b) => (a.documentIndex ?? -1) - (b.documentIndex ?? -1) || line(a) - line(b) || col(a) - col(b));
  const blocked = hasErrors(diagnostics);
  return { ...(pod && !blocked ? { pod } : {}), services, ...(configs.length ? { configs } : {}), behaviours: blocked ? {} : behaviours, diagnostics, documents, locate };
}

/** ObjectMeta labels and annotations of a non-workload object (ValidateObjectMeta). */
function validateMetadataMaps(r: Reporter, obj: Record<string, unknown>): void {
  const meta = isRecord(obj.metadata) ? obj.metadata : {};
  validateLabels(r, meta.labels, 'metadata.labels', 'metadata.labels');
  validateAnnotations(r, meta.annotations, 'metadata.annotations', 'metadata.annotations');
}

const line = (d: Diagnostic) => d.range?.start.line ?? 0;
const col = (d: Diagnostic) => d.range?.start.column ?? 0;

function runAnalyzer(pod: PodModel, analyze: (spec: ContainerSpec, pod: PodModel) => Diagnostic[], locate: (p: string) => SourceRange | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const c of [...pod.initContainers, ...pod.containers]) {
    let found: Diagnostic[];
    try {
      found = analyze(c, pod);
    } catch (e) {
      found = [{ severity: 'warning', code: 'S999', message: `the command analyser failed: ${e instanceof Error ? e.message : String(e)}`, path: c.path }];
    }
    for (const d of found) {
      const range = d.range ?? (d.path ? locate(d.path) : undefined) ?? locate(c.path);
      out.push({ ...d, ...(range ? { range } : {}), documentIndex: d.documentIndex ?? pod.origin.documentIndex });
    }
  }
  return out;
}

/** locate(): tries the workload-prefixed path first, then the path as given; keeps the deepest match. */
function makeLocate(lc: LineCounter, docs: SourceDoc[], podSource: () => PodSource | undefined) {
  return (path: string, doc?: number): SourceRange | undefined => {
    const ps = podSource();
    const src = doc === undefined ? (ps?.src ?? docs[0]) : docs[doc];
    if (!src) return undefined;
    const segs = parsePath(path);
    const base = ps && ps.src === src ? ps.base : [];
    const attempts: Segment[][] = [];
    if (ps && ps.src === src && ps.prefix.length && (segs[0] === 'spec' || segs[0] === 'metadata')) {
      const p = ps.prefix;
      const already = p.every((s, i) => segs[i] === s);
      if (!already) attempts.push([...base, ...p, ...segs]);
    }
    attempts.push([...base, ...segs]);
    let best: { found: number; range?: SourceRange; full: boolean } = { found: -1, full: false };
    for (const a of attempts) {
      const loc = findPath(src.doc, a);
      const full = loc.found === a.length;
      if (full) return locatedRange(lc, loc);
      const depth = loc.found - base.length;
      if (depth > best.found) best = { found: depth, range: locatedRange(lc, loc), full };
    }
    return best.range ?? src.range;
  };
}
