/**
 * Tokeniser for the sh subset: words (with quoting and `$` expansions kept as parts), operators,
 * redirections. Error messages are busybox ash's (`syntax error: unterminated quoted string`).
 */
import { ShellSyntaxError, type List, type Word, type WordPart } from './ast';

export type Token =
  | { k: 'word'; w: Word }
  | { k: 'op'; v: string }
  | { k: 'redir'; fd: number; op: '>' | '>>' | '<' | '>&' | '<&' }
  | { k: 'eof' };

/** Parses a nested script (for `$(…)`); injected by the parser to avoid a module cycle. */
export type SubParser = (src: string) => List;

const META = new Set([' ', '\t', '\n', ';', '&', '|', '(', ')', '<', '>']);
const SPECIAL_VARS = new Set(['?', '$', '!', '#', '@', '*', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);

function unterminated(): never {
  throw new ShellSyntaxError('syntax error: unterminated quoted string');
}

/** Index just past the `)` that closes a `$(` whose body starts at `i`. */
function matchParen(src: string, i: number, depth = 1): number {
  while (i < src.length) {
    const c = src[i];
    if (c === '\\') i += 2;
    else if (c === "'") {
      const e = src.indexOf("'", i + 1);
      if (e < 0) unterminated();
      i = e + 1;
    } else if (c === '"') {
      i++;
      while (i < src.length && src[i] !== '"') i += src[i] === '\\' ? 2 : 1;
      if (i >= src.length) unterminated();
      i++;
    } else {
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return i + 1;
      i++;
    }
  }
  throw new ShellSyntaxError('syntax error: unterminated $(...)');
}

/** Tokenise `src`. */
export function tokenize(src: string, sub: SubParser): Token[] {
  const out: Token[] = [];
  let i = 0;

  // Reads `$…` at src[i] === '$'; returns the part and the new index.
  const dollar = (quoted: boolean): WordPart | null => {
    const n = src[i + 1];
    if (n === '(' && src[i + 2] === '(') {
      const end = matchParen(src, i + 3, 2);
      const expr = src.slice(i + 3, end - 2);
      i = end;
      return { t: 'arith', expr, quoted };
    }
    if (n === '(') {
      const end = matchParen(src, i + 2);
      const body = sub(src.slice(i + 2, end - 1));
      i = end;
      return { t: 'sub', body, quoted };
    }
    if (n === '{') {
      const end = src.indexOf('}', i + 2);
      if (end < 0) throw new ShellSyntaxError('syntax error: missing }');
      const inner = src.slice(i + 2, end);
      i = end + 1;
      if (inner.startsWith('#') && inner.length > 1) return { t: 'var', name: inner.slice(1), quoted, op: '#len' };
      const m = /^([A-Za-z_][A-Za-z0-9_]*|[?$!#@*0-9])(:?[-=+?])?([\s\S]*)$/.exec(inner);
      if (!m) throw new ShellSyntaxError(`syntax error: bad substitution`);
      const name = m[1] as string;
      if (!m[2]) return { t: 'var', name, quoted };
      const arg = wordOf(m[3] ?? '', sub);
      return { t: 'var', name, quoted, op: m[2], arg };
    }
    if (n !== undefined && SPECIAL_VARS.has(n)) {
      i += 2;
      return { t: 'var', name: n, quoted };
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i + 1, i + 64));
    if (m) {
      i += 1 + m[0].length;
      return { t: 'var', name: m[0], quoted };
    }
    return null; // a lone `$` is literal
  };

  const readWord = (): Word => {
    const parts: WordPart[] = [];
    let lit = '';
    let litQuoted = false;
    const flush = () => {
      if (lit !== '') parts.push({ t: 'lit', v: lit, quoted: litQuoted });
      lit = '';
    };
    const addLit = (s: string, q: boolean) => {
      if (q !== litQuoted) flush();
      litQuoted = q;
      lit += s;
    };
    let sawQuote = false;
    while (i < src.length && !META.has(src[i] as string)) {
      const c = src[i] as string;
      if (c === '\\') {
        sawQuote = true;
        if (src[i + 1] === '\n') i += 2;
        else {
          addLit(src[i + 1] ?? '', true);
          i += 2;
        }
      } else if (c === "'") {
        sawQuote = true;
        const e = src.indexOf("'", i + 1);
        if (e < 0) unterminated();
        addLit(src.slice(i + 1, e), true);
        if (e === i + 1) addLit('', true);
        i = e + 1;
      } else if (c === '"') {
        sawQuote = true;
        i++;
        addLit('', true);
        for (;;) {
          if (i >= src.length) unterminated();
          const d = src[i] as string;
          if (d === '"') {
            i++;
            break;
          }
          if (d === '\\' && '$`"\\\n'.includes(src[i + 1] ?? '')) {
            if (src[i + 1] !== '\n') addLit(src[i + 1] as string, true);
            i += 2;
          } else if (d === '$') {
            const p = dollar(true);
            if (p) {
              flush();
              parts.push(p);
            } else {
              addLit('$', true);
              i++;
            }
          } else if (d === '`') {
            const e = src.indexOf('`', i + 1);
            if (e < 0) unterminated();
            flush();
            parts.push({ t: 'sub', body: sub(src.slice(i + 1, e)), quoted: true });
            i = e + 1;
          } else {
            addLit(d, true);
            i++;
          }
        }
      } else if (c === '$') {
        const p = dollar(false);
        if (p) {
          flush();
          parts.push(p);
        } else {
          addLit('$', false);
          i++;
        }
      } else if (c === '`') {
        const e = src.indexOf('`', i + 1);
        if (e < 0) unterminated();
        flush();
        parts.push({ t: 'sub', body: sub(src.slice(i + 1, e)), quoted: false });
        i = e + 1;
      } else {
        addLit(c, false);
        i++;
      }
    }
    flush();
    if (parts.length === 0 && sawQuote) parts.push({ t: 'lit', v: '', quoted: true });
    const hasSub = parts.some((p) => p.t === 'sub' || (p.t === 'var' && p.arg?.hasSub === true));
    const only = parts[0];
    const plain = parts.length === 1 && only?.t === 'lit' && !only.quoted ? only.v : undefined;
    return plain === undefined ? { parts, hasSub } : { parts, hasSub, plain };
  };

  while (i < src.length) {
    const c = src[i] as string;
    if (c === ' ' || c === '\t') {
      i++;
    } else if (c === '\\' && src[i + 1] === '\n') {
      i += 2;
    } else if (c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (c === '\n') {
      out.push({ k: 'op', v: '\n' });
      i++;
    } else if (c === '&' || c === '|' || c === ';') {
      const two = src.slice(i, i + 2);
      if (two === '&&' || two === '||' || two === ';;') {
        out.push({ k: 'op', v: two });
        i += 2;
      } else {
        out.push({ k: 'op', v: c });
        i++;
      }
    } else if (c === '(' || c === ')') {
      out.push({ k: 'op', v: c });
      i++;
    } else if (c === '<' || c === '>') {
      i = redir(src, i, c === '<' ? 0 : 1, out);
    } else {
      const start = i;
      const w = readWord();
      // `2>` / `2>&1`: a word made of digits immediately followed by a redirection is its fd.
      if (w.plain !== undefined && /^\d$/.test(w.plain) && (src[i] === '<' || src[i] === '>') && i === start + 1) {
        i = redir(src, i, Number(w.plain), out);
      } else {
        out.push({ k: 'word', w });
      }
    }
  }
  out.push({ k: 'eof' });
  return out;

  function redir(s: string, at: number, fd: number, into: Token[]): number {
    const two = s.slice(at, at + 2);
    if (two === '>>') into.push({ k: 'redir', fd, op: '>>' });
    else if (two === '>&') into.push({ k: 'redir', fd, op: '>&' });
    else if (two === '<&') into.push({ k: 'redir', fd, op: '<&' });
    else if (two === '>|') into.push({ k: 'redir', fd, op: '>' });
    else {
      into.push({ k: 'redir', fd, op: s[at] === '<' ? '<' : '>' });
      return at + 1;
    }
    return at + 2;
  }
}

/** Parse a standalone word (used for `${x:-word}` arguments). */
export function wordOf(text: string, sub: SubParser): Word {
  if (text === '') return { parts: [{ t: 'lit', v: '', quoted: true }], hasSub: false };
  const toks = tokenize(text.replace(/([ \t;&|()<>])/g, '\\$1'), sub);
  const t = toks[0];
  return t?.k === 'word' ? t.w : { parts: [], hasSub: false };
}
