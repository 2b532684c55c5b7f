/**
 * Tokeniser for the sh subset: words (with quoting and `$` expansions kept as parts), operators,
 * redirections. Error messages are busybox ash's (`syntax error: unterminated quoted string`).
 */
import { ShellSyntaxError, type List, type Word, type WordPart } from './ast';
import { readHeredoc } from './heredoc';
import { matchParen, SPECIAL_VARS, unterminated } from './scan';

export type Token =
  | { k: 'word'; w: Word }
  | { k: 'op'; v: string }
  | { k: 'redir'; fd: number; op: '>' | '>>' | '<' | '>&' | '<&' | '<<' | '<<<' }
  | { k: 'eof' };

/** Parses a nested script (for `$(…)`); injected by the parser to avoid a module cycle. */
export type SubParser = (src: string) => List;

const META = new Set([' ', '\t', '\n', ';', '&', '|', '(', ')', '<', '>']);

/** Tokenise `src`. */
export function tokenize(src: string, sub: SubParser): Token[] {
  const out: Token[] = [];
  let i = 0;
  /** Here-documents whose bodies start after the next newline (POSIX 2.7.4). */
  const heredocs: { word: Word; delim: string; strip: boolean; quoted: boolean }[] = [];

  // Reads `$…` at src[i] === '$'; returns the part and the new index.
  const dollar = (quoted: boolean): WordPart | null => {
    const n = src[i + 1];
    if (n === '(' && src[i + 2] === '(') {
      const end = matchParen(src, i + 3, 2);
      const expr = src.slice(i + 3, end - 2);
      i = end;
      // `$(( $(cat /tmp/n) + 1 ))`: command substitutions run first, then the text is evaluated.
      if (/\$\((?!\()|`/.test(expr)) return { t: 'arith', expr, quoted, word: wordOf(`"${expr.replace(/"/g, '\\"')}"`, sub) };
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
      const m = /^([A-Za-z_][A-Za-z0-9_]*|[?$!#@*0-9])(:?[-=+?]|##?|%%?|\/\/?|:)?([\s\S]*)$/.exec(inner);
      if (!m) throw new ShellSyntaxError(`syntax error: bad substitution`);
      const name = m[1] as string;
      if (!m[2]) return { t: 'var', name, quoted };
      const text = m[3] ?? '';
      if (m[2] === '/' || m[2] === '//' || m[2] === ':') {
        // `${x/pat/rep}`, `${x:off:len}`: two words split at the first unquoted `/` or `:`.
        const at = splitAt(text, m[2] === ':' ? ':' : '/');
        const arg = wordOf(at < 0 ? text : text.slice(0, at), sub);
        return at < 0 ? { t: 'var', name, quoted, op: m[2], arg } : { t: 'var', name, quoted, op: m[2], arg, arg2: wordOf(text.slice(at + 1), sub) };
      }
      const arg = wordOf(text, sub);
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
    const hasSub = parts.some((p) => p.t === 'sub' || (p.t === 'var' && (p.arg?.hasSub === true || p.arg2?.hasSub === true)) || (p.t === 'arith' && p.word?.hasSub === true));
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
      while (heredocs.length > 0) i = readHeredoc(src, i, heredocs.shift()!, sub, tokenize);
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
  if (heredocs.length > 0) throw new ShellSyntaxError(`syntax error: unexpected end of file (expecting "${heredocs[0]!.delim}")`);
  out.push({ k: 'eof' });
  return out;

  function redir(s: string, at: number, fd: number, into: Token[]): number {
    const two = s.slice(at, at + 2);
    // `<<<word` (bash, busybox ash): a here-string; the word is lexed as a normal word.
    if (s.slice(at, at + 3) === '<<<') {
      into.push({ k: 'redir', fd, op: '<<<' });
      return at + 3;
    }
    if (two === '<<') return heredocStart(s, at + 2, fd, into);
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

  /** `<<WORD` / `<<-WORD` / `<<'WORD'`: the redirection and a word whose body is filled at the next newline. */
  function heredocStart(s: string, at: number, fd: number, into: Token[]): number {
    let j = at;
    const strip = s[j] === '-';
    if (strip) j++;
    while (s[j] === ' ' || s[j] === '\t') j++;
    let delim = '';
    let quoted = false;
    while (j < s.length && !META.has(s[j] as string)) {
      const c = s[j] as string;
      if (c === "'" || c === '"') {
        const e = s.indexOf(c, j + 1);
        if (e < 0) unterminated();
        delim += s.slice(j + 1, e);
        quoted = true;
        j = e + 1;
      } else if (c === '\\') {
        delim += s[j + 1] ?? '';
        quoted = true;
        j += 2;
      } else {
        delim += c;
        j++;
      }
    }
    if (delim === '') throw new ShellSyntaxError('syntax error: unexpected newline');
    const word: Word = { parts: [], hasSub: false };
    into.push({ k: 'redir', fd, op: '<<' }, { k: 'word', w: word });
    heredocs.push({ word, delim, strip, quoted });
    return j;
  }
}

/** Parse a standalone word (used for `${x:-word}` arguments). */
export function wordOf(text: string, sub: SubParser): Word {
  if (text === '') return { parts: [{ t: 'lit', v: '', quoted: true }], hasSub: false };
  const toks = tokenize(escapeMeta(text), sub);
  const t = toks[0];
  return t?.k === 'word' ? t.w : { parts: [], hasSub: false };
}

/** Backslash-escapes operator characters outside quotes, so `${x:-"a b"}` stays one word with its quotes. */
function escapeMeta(text: string): string {
  let out = '';
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quote) {
      if (c === '\\' && quote === '"') {
        out += c + (text[++i] ?? '');
        continue;
      }
      if (c === quote) quote = '';
    } else if (c === '\\') {
      out += c + (text[++i] ?? '');
      continue;
    } else if (c === '"' || c === "'") quote = c;
    else if (' \t;&|()<>'.includes(c)) out += '\\';
    out += c;
  }
  return out;
}

/** Index of the first `sep` in `text` outside quotes and not escaped; -1 if none. */
function splitAt(text: string, sep: string): number {
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === sep) return i;
  }
  return -1;
}
