/**
 * Kubernetes field paths in apiserver style (`spec.containers[0].livenessProbe`), as segment lists.
 * Map keys that are not plain identifiers (label and annotation keys) are written in brackets:
 * `metadata.annotations[podlife/behavior]`.
 */

export type Segment = string | number;

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/** Formats segments as an apiserver field path. */
export function formatPath(segments: readonly Segment[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (PLAIN_KEY.test(s)) out += out === '' ? s : `.${s}`;
    else out += `[${s}]`;
  }
  return out;
}

/** Parses an apiserver field path; `[0]` is an index, `[any/key]` a map key. */
export function parsePath(path: string): Segment[] {
  const out: Segment[] = [];
  let i = 0;
  while (i < path.length) {
    const ch = path[i];
    if (ch === '.') {
      i++;
      continue;
    }
    if (ch === '[') {
      const close = path.indexOf(']', i);
      const inner = close < 0 ? path.slice(i + 1) : path.slice(i + 1, close);
      out.push(/^\d+$/.test(inner) ? Number(inner) : inner);
      i = close < 0 ? path.length : close + 1;
      continue;
    }
    let j = i;
    while (j < path.length && path[j] !== '.' && path[j] !== '[') j++;
    out.push(path.slice(i, j));
    i = j;
  }
  return out;
}

/** Joins a base path and a child key or index. */
export function child(base: string, key: Segment): string {
  return formatPath([...parsePath(base), key]);
}

/** Go's name for a JSON value's type, as `json: cannot unmarshal <type> into …` prints it. */
export function goTypeOf(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') return 'object';
  if (typeof value === 'boolean') return 'bool';
  return typeof value;
}

/** Renders a value the way apiserver messages quote it (`"Web_1"`, `2`, `true`). */
export function quote(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  try {
    const s = JSON.stringify(value);
    return s === undefined ? 'null' : s.length > 80 ? `${s.slice(0, 77)}...` : s;
  } catch {
    return '"…"';
  }
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
