/**
 * Word expansion: parameters, `$((…))`, command substitution results, field splitting of unquoted
 * expansions, and pathname globbing of unquoted `*`/`?` against the container fs.
 */
import { absPath } from '../fs';
import type { Fs } from '../types';
import { ArithError, evalArith } from './arith';
import type { Word, WordPart } from './ast';

export interface ExpandHost {
  getVar(name: string): string | undefined;
  setVar(name: string, v: string): void;
  positional(): string[];
  fs: Fs;
  cwd: string;
  /** Reports an expansion error (bad arithmetic, `${x:?}`); the shell decides what it costs. */
  fail(message: string): never;
}

/** Results of command substitutions, computed before the (synchronous) expansion. */
export type SubResults = Map<WordPart, string>;

interface Field {
  text: string;
  /** Glob pattern (unquoted `*`/`?` kept as wildcards), when the field has one. */
  glob: boolean;
  started: boolean;
}

function paramValue(h: ExpandHost, p: Extract<WordPart, { t: 'var' }>, subs: SubResults | undefined): string {
  const v = h.getVar(p.name);
  switch (p.op) {
    case undefined: return v ?? '';
    case '#len': return String((v ?? '').length);
    case ':-': return v ? v : expandString(h, p.arg, subs);
    case '-': return v !== undefined ? v : expandString(h, p.arg, subs);
    case ':=':
    case '=': {
      if (p.op === ':=' ? v : v !== undefined) return v as string;
      const d = expandString(h, p.arg, subs);
      h.setVar(p.name, d);
      return d;
    }
    case ':+': return v ? expandString(h, p.arg, subs) : '';
    case '+': return v !== undefined ? expandString(h, p.arg, subs) : '';
    case ':?':
    case '?':
      if (p.op === ':?' ? v : v !== undefined) return v as string;
      return h.fail(`${p.name}: ${expandString(h, p.arg, subs) || 'parameter not set'}`);
    default: return v ?? '';
  }
}

function expandString(h: ExpandHost, w: Word | undefined, subs: SubResults | undefined): string {
  return w ? expandWord(h, w, subs, false).join(' ') : '';
}

/** Expand one word into fields (one field unless unquoted expansions split or a glob matches). */
export function expandWord(h: ExpandHost, w: Word, subs: SubResults | undefined, split = true): string[] {
  if (w.plain !== undefined && !split) return [w.plain];
  const fields: Field[] = [];
  let cur: Field = { text: '', glob: false, started: false };
  const push = () => {
    fields.push(cur);
    cur = { text: '', glob: false, started: false };
  };
  const addSplit = (s: string) => {
    if (!split) {
      cur.text += s;
      cur.started = true;
      return;
    }
    const pieces = s.split(/[ \t\n]+/);
    pieces.forEach((piece, i) => {
      if (i > 0 && cur.started) push();
      if (piece !== '') {
        cur.text += piece;
        cur.started = true;
      }
    });
  };
  for (const p of w.parts) {
    if (p.t === 'lit') {
      cur.text += p.v;
      cur.started = true;
      if (!p.quoted && /[*?]/.test(p.v)) cur.glob = true;
    } else if (p.t === 'var' && p.quoted && p.name === '@' && !p.op) {
      const args = h.positional();
      args.forEach((a, i) => {
        if (i > 0) push();
        cur.text += a;
        cur.started = true;
      });
    } else {
      let s: string;
      if (p.t === 'var') s = p.name === '@' || p.name === '*' ? h.positional().join(' ') : paramValue(h, p, subs);
      else if (p.t === 'arith') {
        try {
          s = String(evalArith(expandArithText(h, p.expr), { get: (n) => h.getVar(n), set: (n, v) => h.setVar(n, v) }));
        } catch (e) {
          if (e instanceof ArithError) h.fail(`arithmetic syntax error`);
          throw e;
        }
      } else s = (subs?.get(p) ?? '').replace(/\n+$/, '');
      if (p.quoted) {
        cur.text += s;
        cur.started = true;
      } else addSplit(s);
    }
  }
  if (cur.started) push();
  if (!split) return [fields.map((f) => f.text).join('')];
  const out: string[] = [];
  for (const f of fields) {
    if (f.glob) {
      const matches = glob(h, f.text);
      if (matches.length > 0) {
        out.push(...matches);
        continue;
      }
    }
    out.push(f.text);
  }
  return out;
}

/** `$x` inside `$((…))` is expanded textually first, as the shell does. */
function expandArithText(h: ExpandHost, expr: string): string {
  return expr.replace(/\$\{?([A-Za-z_]\w*|[?$!#0-9])\}?/g, (_m, n: string) => h.getVar(n) ?? '0');
}

/** Pathname expansion in the last path component (enough for `rm -f /tmp/*.lock`). */
function glob(h: ExpandHost, pattern: string): string[] {
  const slash = pattern.lastIndexOf('/');
  const dir = slash >= 0 ? pattern.slice(0, slash) || '/' : '.';
  const base = slash >= 0 ? pattern.slice(slash + 1) : pattern;
  if (/[*?]/.test(dir)) return [];
  const names = h.fs.list(absPath(dir, h.cwd));
  if (!names) return [];
  const re = new RegExp('^' + base.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$');
  const prefix = slash >= 0 ? pattern.slice(0, slash + 1) : '';
  return names.filter((n) => !n.startsWith('.') && re.test(n)).map((n) => prefix + n);
}
