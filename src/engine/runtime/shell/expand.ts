/**
 * Word expansion: parameters, `$((…))`, command substitution results, field splitting of unquoted
 * expansions, and pathname globbing of unquoted `*`/`?` against the container fs.
 */
import { absPath } from '../fs';
import type { Fs } from '../types';
import { ArithError, evalArith } from './arith';
import type { Word, WordPart } from './ast';
import { escapePattern, matchPattern, replacePattern, trimPattern } from './pattern';

export interface ExpandHost {
  getVar(name: string): string | undefined;
  setVar(name: string, v: string): void;
  positional(): string[];
  fs: Fs;
  cwd: string;
  /** Reports an expansion error (bad arithmetic, `${x:?}`); the shell decides what it costs. */
  fail(message: string): never;
}

/** Largest expansion result (characters) before the shell reports "out of memory". */
export const MAX_VALUE = 8 * 1024 * 1024;

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
    case '#':
    case '##':
    case '%':
    case '%%': return trimPattern(v ?? '', p.op, patternOf(h, p.arg, subs));
    case '/':
    case '//': return replacePattern(v ?? '', patternOf(h, p.arg, subs), expandString(h, p.arg2, subs), p.op === '//');
    case ':': {
      // `${x:off}` / `${x:off:len}`: arithmetic offsets; a negative offset counts from the end.
      const val = v ?? '';
      const arith = (w: Word | undefined) => evalArith(expandArithText(h, expandString(h, w, subs)), { get: (n) => h.getVar(n), set: (n, x) => h.setVar(n, x) });
      let off: number;
      let len: number | undefined;
      try {
        off = arith(p.arg);
        if (p.arg2) len = arith(p.arg2);
      } catch (e) {
        if (e instanceof ArithError) return h.fail('arithmetic syntax error');
        throw e;
      }
      const start = off < 0 ? Math.max(0, val.length + off) : Math.min(off, val.length);
      const end = len === undefined ? val.length : len < 0 ? Math.max(start, val.length + len) : start + len;
      return val.slice(start, end);
    }
    default: return v ?? '';
  }
}

/**
 * A word as a shell pattern (for `case` and `${x#pat}`): unquoted text and unquoted expansions keep
 * their `*`/`?`/`[` special; quoted parts match literally (POSIX 2.13.1).
 */
export function patternOf(h: ExpandHost, w: Word | undefined, subs: SubResults | undefined): string {
  if (!w) return '';
  if (w.plain !== undefined) return w.plain;
  let pat = '';
  for (const p of w.parts) {
    const v = p.t === 'lit' ? p.v : (expandWord(h, { parts: [p], hasSub: p.t === 'sub' }, subs, false)[0] ?? '');
    pat += p.quoted ? escapePattern(v) : v;
  }
  return pat;
}

function expandString(h: ExpandHost, w: Word | undefined, subs: SubResults | undefined): string {
  return w ? expandWord(h, w, subs, false).join(' ') : '';
}

/** Whether `${x:-w}` / `${x-w}` / `${x:+w}` / `${x+w}` expands to its word `w` (not the value). */
function defaultUsed(h: ExpandHost, p: Extract<WordPart, { t: 'var' }>): boolean {
  const v = h.getVar(p.name);
  switch (p.op) {
    case ':-': return !v;
    case '-': return v === undefined;
    case ':+': return !!v;
    case '+': return v !== undefined;
    default: return false;
  }
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
    const sep = ifsSeparator(h.getVar('IFS'));
    if (!sep) {
      cur.text += s;
      cur.started = cur.started || s !== '';
      return;
    }
    const pieces = s.split(sep);
    pieces.forEach((piece, i) => {
      if (i > 0 && cur.started) push();
      if (piece !== '') {
        cur.text += piece;
        cur.started = true;
      }
    });
  };
  const visit = (parts: WordPart[], inArg = false): void => {
    for (const p of parts) {
      if (p.t === 'var' && !p.quoted && p.arg && defaultUsed(h, p)) {
        // `${x:-'a  b'}` unquoted: the word's own quoted parts stay whole, the rest is split (POSIX 2.6.2).
        visit(p.arg.parts, true);
      } else if (p.t === 'lit' && inArg && !p.quoted) {
        addSplit(p.v);
        if (/[*?]/.test(p.v)) cur.glob = true;
      } else if (p.t === 'lit') {
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
            const text = p.word ? (expandWord(h, p.word, subs, false)[0] ?? '') : p.expr;
            s = String(evalArith(expandArithText(h, text), { get: (n) => h.getVar(n), set: (n, v) => h.setVar(n, v) }));
          } catch (e) {
            if (e instanceof ArithError) h.fail(e.message === 'divide by zero' || e.message.includes('nested') ? e.message : 'arithmetic syntax error');
            throw e;
          }
        } else s = (subs?.get(p) ?? '').replace(/\n+$/, '');
        if (p.quoted) {
          cur.text += s;
          cur.started = true;
        } else addSplit(s);
      }
    }
  };
  visit(w.parts);
  if (cur.started) push();
  // A value that doubles in a loop (`x="$x$x"`) would exhaust the page's memory; busybox ash would
  // eventually fail its malloc the same way: "out of memory", and the shell exits.
  let total = 0;
  for (const f of fields) total += f.text.length;
  if (total > MAX_VALUE) h.fail('out of memory');
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

const ifsCache = new Map<string, RegExp>();
/**
 * The field separator for `IFS` (POSIX 2.6.5): unset → blanks; empty → no splitting (null);
 * otherwise a run of IFS white space, or one other IFS character with white space around it.
 */
export function ifsSeparator(ifs: string | undefined): RegExp | null {
  if (ifs === undefined) return /[ \t\n]+/;
  if (ifs === '') return null;
  let re = ifsCache.get(ifs);
  if (!re) {
    const esc = (cs: string[]) => cs.map((c) => (/[\\\]^-]/.test(c) ? '\\' + c : c)).join('');
    const ws = esc([...ifs].filter((c) => c === ' ' || c === '\t' || c === '\n'));
    const other = esc([...ifs].filter((c) => c !== ' ' && c !== '\t' && c !== '\n'));
    const w = ws ? `[${ws}]*` : '';
    re = new RegExp(other ? (ws ? `${w}[${other}]${w}|[${ws}]+` : `[${other}]`) : `[${ws}]+`);
    if (ifsCache.size > 50) ifsCache.clear();
    ifsCache.set(ifs, re);
  }
  return re;
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
  const prefix = slash >= 0 ? pattern.slice(0, slash + 1) : '';
  return names.filter((n) => !n.startsWith('.') && matchPattern(base, n)).map((n) => prefix + n);
}
