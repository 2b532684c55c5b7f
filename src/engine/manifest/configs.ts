/**
 * ConfigMap and Secret documents → the objects the node's configmap/secret managers would return.
 * Validation follows pkg/apis/core/validation/validation.go ValidateConfigMap / ValidateSecret (keys
 * are config keys, no key in both data and binaryData); Secret `data` is base64 as the JSON decoder
 * of the apiserver reads []byte fields, `stringData` is merged over it (SetDefaults/conversion of
 * stringData into data). `immutable` and Secret `type` change nothing the simulated node does.
 */
import type { ConfigObject } from '../model/spec';
import type { Reporter } from './context';
import { CONFIG_KEY, CONFIG_KEY_MSG } from './env';
import { formatPath, isRecord, quote } from './path';

/** `data[app.properties]`: a map key is one segment even when it has dots. */
const keyPath = (field: string, key: string): string => formatPath([field, key]);

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Decodes standard base64 (padding required, as Go's base64.StdEncoding). Returns the byte offset of
 * the first illegal character on error, as Go's `illegal base64 data at input byte N`.
 */
export function decodeBase64(s: string): { ok: true; text: string } | { ok: false; at: number } {
  const clean = s.replace(/[\r\n]/g, ''); // the Go decoder skips newlines
  if (clean.length % 4 !== 0) return { ok: false, at: Math.floor(clean.length / 4) * 4 };
  const bytes: number[] = [];
  for (let i = 0; i < clean.length; i += 4) {
    const q = clean.slice(i, i + 4);
    const vals: number[] = [];
    for (let j = 0; j < 4; j++) {
      const ch = q[j]!;
      if (ch === '=' && i + 4 === clean.length && j >= 2 && (j === 3 || q[3] === '=')) break;
      const v = B64.indexOf(ch);
      if (v < 0) return { ok: false, at: i + j };
      vals.push(v);
    }
    const [a = 0, b = 0, c = 0, d = 0] = vals;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    bytes.push((n >> 16) & 255);
    if (vals.length > 2) bytes.push((n >> 8) & 255);
    if (vals.length > 3) bytes.push(n & 255);
  }
  return { ok: true, text: utf8(bytes) };
}

/** Bytes → text (UTF-8 when valid, else one character per byte: binary files stay readable as bytes). */
function utf8(bytes: number[]): string {
  const escaped = bytes.map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
  try {
    return decodeURIComponent(escaped);
  } catch {
    return String.fromCharCode(...bytes.slice(0, 65536));
  }
}

function readMap(r: Reporter, raw: unknown, path: string, decode: boolean, kind: string, into: Record<string, string>): void {
  if (!isRecord(raw)) return;
  for (const [k, v] of Object.entries(raw)) {
    if (!CONFIG_KEY.test(k)) r.error('V086', keyPath(path, k), `Invalid value: ${quote(k)}: ${CONFIG_KEY_MSG}`);
    // Only strings decode (`n: 3` is `cannot unmarshal number`, reported by the type check); null is "".
    const text = typeof v === 'string' ? v : v === null ? '' : undefined;
    if (text === undefined) continue;
    if (!decode) {
      Object.defineProperty(into, k, { value: text, enumerable: true, writable: true, configurable: true });
      continue;
    }
    const d = decodeBase64(text);
    if (!d.ok) {
      r.note('error', 'V087', keyPath(path, k), `${kind} in version "v1" cannot be handled as a ${kind}: illegal base64 data at input byte ${d.at}`);
      continue;
    }
    Object.defineProperty(into, k, { value: d.text, enumerable: true, writable: true, configurable: true });
  }
}

/** Reads one ConfigMap or Secret; undefined when it has no usable name (reported). */
export function readConfigObject(r: Reporter, obj: Record<string, unknown>, kind: 'ConfigMap' | 'Secret', documentIndex: number): ConfigObject | undefined {
  const meta = isRecord(obj.metadata) ? obj.metadata : {};
  const name = typeof meta.name === 'string' ? meta.name : '';
  if (!name) {
    r.error('V060', 'metadata.name', 'Required value: name or generateName is required');
    return undefined;
  }
  const namespace = typeof meta.namespace === 'string' && meta.namespace ? meta.namespace : 'default';
  const data: Record<string, string> = {};
  const binaryData: Record<string, string> = {};
  if (kind === 'ConfigMap') {
    readMap(r, obj.data, 'data', false, kind, data);
    readMap(r, obj.binaryData, 'binaryData', true, kind, binaryData);
    for (const k of Object.keys(binaryData)) {
      if (Object.hasOwn(data, k)) r.error('V086', keyPath('binaryData', k), `Invalid value: ${quote(k)}: duplicate of key present in data`);
    }
  } else {
    readMap(r, obj.data, 'data', true, kind, data);
    readMap(r, obj.stringData, 'stringData', false, kind, data);
  }
  return { kind, name, namespace, data, binaryData, documentIndex };
}
