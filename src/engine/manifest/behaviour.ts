/**
 * The `podlife/behavior` annotation (ARCHITECTURE §6, layer 1): a YAML map keyed by container name
 * saying what a manifest cannot (how long startup takes, HTTP answers over time, SIGTERM handling).
 * Unknown keys are warnings; values that cannot be read are errors. Diagnostics carry code B….
 */
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import type { AttemptBehaviour, Behaviours, ContainerBehaviour } from '../model/behaviour';
import type { Diagnostic, Severity, SourceRange } from '../model/diagnostics';
import type { InnerSource } from './behaviourSource';
import { parseDuration } from './duration';

/** Keys of one attempt, and of a container (which adds `runs` and `pull`); the JSON schema lists the same. */
export const ATTEMPT_KEYS = ['startup', 'exit', 'sigterm', 'http', 'tcp', 'memory'];
export const CONTAINER_KEYS = [...ATTEMPT_KEYS, 'runs', 'pull'];
/** Waiting reasons an image pull can fail with (kubelet/images/types.go). */
export const PULL_ERRORS = ['ErrImagePull', 'ImagePullBackOff', 'ErrImageNeverPull', 'InvalidImageName', 'RegistryUnavailable', 'SignatureValidationFailed'];
const MAX_DIAGNOSTICS = 100;

interface Ctx {
  src: InnerSource;
  path: string;
  documentIndex: number;
  diagnostics: Diagnostic[];
}

function report(c: Ctx, severity: Severity, code: string, node: YamlNode | null | undefined, message: string): void {
  if (c.diagnostics.length >= MAX_DIAGNOSTICS) return;
  const r = node?.range;
  const range: SourceRange = r ? c.src.toRange(r[0], r[1]) : c.src.toRange(0, 0);
  c.diagnostics.push({ severity, code, message: `${c.path}: ${message}`, path: c.path, range, documentIndex: c.documentIndex });
}

/** Map entries with scalar keys; unknown keys are reported and skipped. */
function entries(c: Ctx, node: YamlNode, where: string, allowed?: readonly string[]): [string, YamlNode, YamlNode][] {
  if (!isMap(node)) {
    report(c, 'error', 'B002', node, `${where}: must be a map`);
    return [];
  }
  const out: [string, YamlNode, YamlNode][] = [];
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const keyNode = pair.key as YamlNode;
    if ((allowed && !allowed.includes(key)) || key === '__proto__') {
      report(c, 'warning', 'B003', keyNode, `${where}: unknown key "${key}"${allowed ? ` (known: ${allowed.join(', ')})` : ''}`);
      continue;
    }
    out.push([key, keyNode, (pair.value ?? pair.key) as YamlNode]);
  }
  return out;
}

function scalar(node: YamlNode): unknown {
  return isScalar(node) ? node.value : undefined;
}

function duration(c: Ctx, node: YamlNode, where: string): number | undefined {
  const ms = parseDuration(scalar(node));
  if (ms === undefined) report(c, 'error', 'B004', node, `${where}: invalid duration ${JSON.stringify(scalar(node) ?? null)} (use 10, 10s, 2m, 1h or 500ms)`);
  return ms;
}

function integer(c: Ctx, node: YamlNode, where: string, min: number, max: number): number | undefined {
  const v = scalar(node);
  if (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max) return v;
  report(c, 'error', 'B005', node, `${where}: must be an integer between ${min} and ${max}`);
  return undefined;
}

/**
 * An HTTP status in an `http` schedule: 100–599, or `timeout` / 0 meaning the request hangs (the
 * runtime answers nothing, so a probe with timeoutSeconds fails with a timeout). Stored as 0.
 */
function httpStatus(c: Ctx, node: YamlNode, where: string): number | undefined {
  const v = scalar(node);
  if (v === 'timeout' || v === 0) return 0;
  if (typeof v === 'number' && Number.isInteger(v) && v >= 100 && v <= 599) return v;
  report(c, 'error', 'B005', node, `${where}: must be an HTTP status between 100 and 599, or "timeout" (0) for a request that hangs`);
  return undefined;
}

/** A schedule `[{from, <field>}]`, or the shorthand of a single value meaning "from the start". */
function schedule<T>(c: Ctx, node: YamlNode, where: string, field: string, read: (n: YamlNode, w: string) => T | undefined): { from: number; value: T }[] {
  const items = isSeq(node) ? (node.items as YamlNode[]) : isMap(node) ? [node] : null;
  if (!items) {
    const v = read(node, where);
    return v === undefined ? [] : [{ from: 0, value: v }];
  }
  const out: { from: number; value: T }[] = [];
  items.forEach((item, i) => {
    const w = `${where}[${i}]`;
    let from = 0;
    let value: T | undefined;
    for (const [k, , v] of entries(c, item, w, ['from', field])) {
      if (k === 'from') from = duration(c, v, `${w}.from`) ?? 0;
      else value = read(v, `${w}.${field}`);
    }
    if (value === undefined) report(c, 'error', 'B006', item, `${w}: "${field}" is required`);
    else out.push({ from, value });
  });
  return out.sort((a, b) => a.from - b.from);
}

function readAttempt(c: Ctx, key: string, v: YamlNode, w: string, out: AttemptBehaviour): void {
  switch (key) {
    case 'startup': {
      const ms = duration(c, v, w);
      if (ms !== undefined) out.startup = ms;
      return;
    }
    case 'exit': {
      let after = 0;
      let code = 0;
      for (const [k, , n] of entries(c, v, w, ['after', 'code'])) {
        if (k === 'after') after = duration(c, n, `${w}.after`) ?? 0;
        else code = integer(c, n, `${w}.code`, 0, 255) ?? 0;
      }
      out.exit = { after, code };
      return;
    }
    case 'sigterm': {
      if (scalar(v) === 'ignore') {
        out.sigterm = 'ignore';
        return;
      }
      if (!isMap(v)) return report(c, 'error', 'B007', v, `${w}: must be "ignore" or {exitAfter, code}`);
      let exitAfter = 0;
      let code = 0;
      for (const [k, , n] of entries(c, v, w, ['exitAfter', 'code'])) {
        if (k === 'exitAfter') exitAfter = duration(c, n, `${w}.exitAfter`) ?? 0;
        else code = integer(c, n, `${w}.code`, 0, 255) ?? 0;
      }
      out.sigterm = { exitAfter, code };
      return;
    }
    case 'http': {
      const http: NonNullable<AttemptBehaviour['http']> = {};
      for (const [path, , n] of entries(c, v, w)) {
        if (path !== '*' && !path.startsWith('/')) report(c, 'warning', 'B008', n, `${w}: path "${path}" should start with "/" (or be "*")`);
        const s = schedule(c, n, `${w}.${path}`, 'status', (x, ww) => httpStatus(c, x, ww));
        http[path] = s.map(({ from, value }) => ({ from, status: value }));
      }
      out.http = http;
      return;
    }
    case 'tcp': {
      const tcp: NonNullable<AttemptBehaviour['tcp']> = {};
      for (const [port, keyNode, n] of entries(c, v, w)) {
        const num = Number(port);
        if (!(Number.isInteger(num) && num >= 1 && num <= 65535) && !/^[a-z0-9-]{1,15}$/.test(port)) {
          report(c, 'error', 'B009', keyNode, `${w}: "${port}" is not a port number or port name`);
          continue;
        }
        const s = schedule(c, n, `${w}.${port}`, 'open', (x, ww) => {
          const b = scalar(x);
          if (typeof b === 'boolean') return b;
          report(c, 'error', 'B010', x, `${ww}: must be true or false`);
          return undefined;
        });
        tcp[port] = s.map(({ from, value }) => ({ from, open: value }));
      }
      out.tcp = tcp;
      return;
    }
    case 'memory': {
      for (const [, , n] of entries(c, v, w, ['oomAfter'])) {
        const ms = duration(c, n, `${w}.oomAfter`);
        if (ms !== undefined) out.memory = { oomAfter: ms };
      }
      return;
    }
  }
}

function readContainer(c: Ctx, name: string, node: YamlNode): ContainerBehaviour {
  const out: ContainerBehaviour = {};
  for (const [key, , v] of entries(c, node, name, CONTAINER_KEYS)) {
    const w = `${name}.${key}`;
    if (key === 'runs') {
      if (!isSeq(v)) {
        report(c, 'error', 'B011', v, `${w}: must be a list (one entry per attempt)`);
        continue;
      }
      out.runs = (v.items as YamlNode[]).map((item, i) => {
        const attempt: AttemptBehaviour = {};
        for (const [k, , n] of entries(c, item, `${w}[${i}]`, ATTEMPT_KEYS)) readAttempt(c, k, n, `${w}[${i}].${k}`, attempt);
        return attempt;
      });
    } else if (key === 'pull') {
      for (const [k, , n] of entries(c, v, w, ['seconds', 'error'])) {
        if (k === 'seconds') {
          const ms = duration(c, n, `${w}.seconds`);
          if (ms !== undefined) out.pull = { seconds: ms / 1000 };
        } else {
          const e = scalar(n);
          if (typeof e !== 'string' || e === '') report(c, 'error', 'B012', n, `${w}.error: must be a reason such as ErrImagePull`);
          else {
            if (!PULL_ERRORS.includes(e)) report(c, 'warning', 'B013', n, `${w}.error: "${e}" is not a kubelet pull error (known: ${PULL_ERRORS.join(', ')})`);
            out.pull = { error: e };
          }
        }
      }
    } else readAttempt(c, key, v, w, out);
  }
  return out;
}

/** Parses the annotation's inner YAML; `containers` are the pod's container names. */
export function parseBehaviours(
  src: InnerSource,
  containers: ReadonlySet<string>,
  path: string,
  documentIndex: number,
): { behaviours: Behaviours; diagnostics: Diagnostic[] } {
  const c: Ctx = { src, path, documentIndex, diagnostics: [] };
  const behaviours: Behaviours = {};
  const doc = parseDocument(src.text, { prettyErrors: false, uniqueKeys: true });
  for (const e of doc.errors) {
    if (c.diagnostics.length >= MAX_DIAGNOSTICS) break;
    const [a, b] = e.pos;
    c.diagnostics.push({ severity: 'error', code: 'B001', message: `${path}: yaml: ${e.message.split('\n')[0] ?? ''}`, path, range: src.toRange(a, b), documentIndex });
  }
  if (doc.errors.length > 0 || doc.contents === null) return { behaviours, diagnostics: c.diagnostics };
  for (const [name, keyNode, node] of entries(c, doc.contents as YamlNode, 'annotation')) {
    if (!containers.has(name)) {
      report(c, 'warning', 'B014', keyNode, `no container named "${name}" in this pod (containers: ${[...containers].join(', ') || 'none'})`);
      continue;
    }
    behaviours[name] = readContainer(c, name, node);
  }
  return { behaviours, diagnostics: c.diagnostics };
}
