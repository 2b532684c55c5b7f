/**
 * Here-document bodies (POSIX 2.7.4): read after the newline that ends the command line holding
 * `<<WORD`. The tokenizer is passed in (not imported) so the two modules do not form a cycle.
 */
import type { Word, WordPart } from './ast';
import type { SubParser, Token } from './lexer';
import { matchParen, SPECIAL_VARS } from './scan';

/** A pending here-document: the word to fill, its delimiter, `<<-` tab stripping, quoted delimiter. */
export interface Heredoc {
  word: Word;
  delim: string;
  strip: boolean;
  quoted: boolean;
}

type Tokenize = (src: string, sub: SubParser) => Token[];

/**
 * Reads a here-document body starting at `i` up to its delimiter line; fills `h.word` and returns
 * the index after the delimiter line. Unquoted delimiters allow `$x`, `${…}`, `$(…)`, `$((…))` and
 * backquotes in the body (as inside double quotes, but `"` is an ordinary character).
 */
export function readHeredoc(src: string, i: number, h: Heredoc, sub: SubParser, tokenize: Tokenize): number {
  let body = '';
  let end = src.length;
  let at = i;
  while (at < src.length) {
    let nl = src.indexOf('\n', at);
    if (nl < 0) nl = src.length;
    let line = src.slice(at, nl);
    if (h.strip) line = line.replace(/^\t+/, '');
    if (line === h.delim) {
      end = Math.min(src.length, nl + 1);
      break;
    }
    body += line + '\n';
    at = nl + 1;
    end = src.length;
  }
  // busybox ash accepts a body that runs to end of file (with a warning in bash); so do we.
  h.word.parts = h.quoted ? [{ t: 'lit', v: body, quoted: true }] : heredocParts(body, sub, tokenize);
  h.word.hasSub = h.word.parts.some((p) => p.t === 'sub');
  return end;
}

function heredocParts(body: string, sub: SubParser, tokenize: Tokenize): WordPart[] {
  const parts: WordPart[] = [];
  let lit = '';
  const flush = () => {
    if (lit) parts.push({ t: 'lit', v: lit, quoted: true });
    lit = '';
  };
  for (let i = 0; i < body.length; ) {
    const c = body[i] as string;
    if (c === '\\' && '$`\\\n'.includes(body[i + 1] ?? 'x')) {
      if (body[i + 1] !== '\n') lit += body[i + 1];
      i += 2;
      continue;
    }
    let len = 0;
    if (c === '$') {
      const n = body[i + 1];
      if (n === '(') len = matchParen(body, i + (body[i + 2] === '(' ? 3 : 2), body[i + 2] === '(' ? 2 : 1) - i;
      else if (n === '{') len = body.indexOf('}', i) + 1 - i;
      else if (n !== undefined && SPECIAL_VARS.has(n)) len = 2;
      else len = 1 + (/^[A-Za-z_][A-Za-z0-9_]*/.exec(body.slice(i + 1, i + 64))?.[0].length ?? 0);
    } else if (c === '`') len = body.indexOf('`', i + 1) + 1 - i;
    if (len <= 1) {
      lit += c;
      i++;
      continue;
    }
    flush();
    // The expansion alone, tokenised as a word; its parts are quoted (no splitting in a here-doc).
    const t = tokenize(body.slice(i, i + len), sub)[0];
    if (t?.k === 'word') for (const p of t.w.parts) parts.push({ ...p, quoted: true });
    i += len;
  }
  flush();
  return parts.length ? parts : [{ t: 'lit', v: '', quoted: true }];
}

