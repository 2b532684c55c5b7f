/**
 * Walks a decoded object against the field table: unknown fields become warnings (kubectl's strict
 * field validation wording), wrong JSON types become errors (the apiserver decoder's wording).
 * Later passes read values defensively, so a wrongly typed value is reported once, here.
 */
import type { Reporter } from './context';
import { FIELDS, suggestField } from './fields';
import { formatPath, goTypeOf, isRecord, parsePath, quote } from './path';

const GO_TYPES: Record<string, string> = {
  str: 'string',
  int: 'int32',
  bool: 'bool',
  intstr: 'intstr.IntOrString',
  qty: 'resource.Quantity',
  strmap: 'map[string]string',
  annotations: 'map[string]string',
  qtymap: 'v1.ResourceList',
  obj: 'object',
};

/** Annotation keys whose value is reported elsewhere (the pre-1.8 init-container annotation). */
export const INIT_ANNOTATION = /^pod\.(alpha|beta)\.(kubernetes|k8s)\.io\/init-containers$/i;

function goType(type: string): string {
  if (type.endsWith('[]')) return `[]${goType(type.slice(0, -2))}`;
  return GO_TYPES[type] ?? `v1.${type}`;
}

function mismatch(r: Reporter, path: string, value: unknown, owner: string, type: string, warnOnly = false, fieldPath = path): void {
  if (warnOnly) return;
  const field = parsePath(fieldPath).filter((s) => typeof s === 'string').slice(-1)[0] ?? '';
  r.error(
    'V100',
    path,
    `Invalid value: ${quote(value)}: json: cannot unmarshal ${goTypeOf(value)} into Go struct field ${owner}.${field} of type ${goType(type)}`,
  );
}

function sub(path: string, key: string | number): string {
  return formatPath([...parsePath(path), key]);
}

/**
 * Checks `value` (at object-relative `path`) against `type`; `owner` names the enclosing Go struct.
 * `warnOnly` walks a misspelt field's value (kubectl drops it) for further unknown-field warnings only.
 */
export function checkFields(r: Reporter, value: unknown, type: string, path: string, owner = 'Object', warnOnly = false): void {
  if (value === null || value === undefined || type === 'any') return;
  if (type.endsWith('[]')) {
    if (!Array.isArray(value)) return mismatch(r, path, value, owner, type, warnOnly);
    const item = type.slice(0, -2);
    value.forEach((v, i) => checkFields(r, v, item, sub(path, i), owner, warnOnly));
    return;
  }
  switch (type) {
    case 'str':
      if (typeof value !== 'string') mismatch(r, path, value, owner, type, warnOnly);
      return;
    case 'int':
      if (typeof value !== 'number' || !Number.isInteger(value)) mismatch(r, path, value, owner, type, warnOnly);
      return;
    case 'bool':
      if (typeof value !== 'boolean') mismatch(r, path, value, owner, type, warnOnly);
      return;
    case 'intstr':
      if (typeof value !== 'string' && !(typeof value === 'number' && Number.isInteger(value))) {
        mismatch(r, path, value, owner, type, warnOnly);
      }
      return;
    case 'qty':
      if (typeof value !== 'string' && typeof value !== 'number') mismatch(r, path, value, owner, type, warnOnly);
      return;
    case 'obj':
      if (!isRecord(value)) mismatch(r, path, value, owner, type, warnOnly);
      return;
    case 'strmap':
    case 'annotations':
    case 'qtymap':
      if (!isRecord(value)) return mismatch(r, path, value, owner, type, warnOnly);
      for (const [k, v] of Object.entries(value)) {
        if (type === 'annotations' && INIT_ANNOTATION.test(k)) continue;
        const ok = type === 'qtymap' ? typeof v === 'string' || typeof v === 'number' : typeof v === 'string';
        // Go names the map field, not the key: `ObjectMeta.labels of type string`.
        if (!ok && v !== null) mismatch(r, sub(path, k), v, owner, type === 'qtymap' ? 'qty' : 'str', warnOnly, path);
      }
      return;
  }
  const fields = FIELDS[type];
  if (!fields) return;
  if (!isRecord(value)) return mismatch(r, path, value, owner, type, warnOnly);
  const known = Object.keys(fields);
  for (const [k, v] of Object.entries(value)) {
    const t = Object.hasOwn(fields, k) ? fields[k] : undefined;
    if (t === undefined && r.full) continue;
    const p = sub(path, k);
    if (t === undefined) {
      const hint = suggestField(k, known);
      r.note('warning', 'W001', p, `unknown field "${p}"${hint ? ` (did you mean ${hint}?)` : ''}`, true);
      // Look inside `prestop:` as if it were `preStop:`, so that a nested `psth:` is flagged too.
      const hinted = hint === undefined ? undefined : fields[hint];
      if (hinted !== undefined) checkFields(r, v, hinted, p, type, true);
      continue;
    }
    checkFields(r, v, t, p, type, warnOnly);
  }
}
