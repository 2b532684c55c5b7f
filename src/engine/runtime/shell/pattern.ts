/**
 * Shell pattern matching (POSIX 2.13): `*`, `?`, bracket expressions `[abc]`, `[a-z]`, `[!x]`/`[^x]`,
 * and backslash escapes. Used by `case … in`, `${x#pat}` / `${x%pat}` and pathname expansion.
 * Quoted characters match themselves: the caller marks them by escaping with `escapePattern`.
 */

const cache = new Map<string, Tok[]>();

/** Escapes every pattern-special character so the text matches only itself (quoted text). */
export function escapePattern(s: string): string {
  return s.replace(/[\\*?[\]]/g, '\\$&');
}

function regexChar(c: string): string {
  return /[.+^${}()|[\]\\/*?-]/.test(c) ? '\\' + c : c;
}

/**
 * The regex source for a shell pattern (no anchors). `*` and `?` match any character including
 * `/` (as in `case`; pathname expansion applies patterns one path component at a time).
 */
export function patternSource(pat: string): string {
  let re = '';
  for (let i = 0; i < pat.length; i++) {
    const c = pat[i] as string;
    if (c === '\\') {
      re += regexChar(pat[++i] ?? '\\');
    } else if (c === '*') re += '[\\s\\S]*';
    else if (c === '?') re += '[\\s\\S]';
    else if (c === '[') {
      const end = bracketEnd(pat, i);
      if (end < 0) {
        re += '\\[';
        continue;
      }
      let body = pat.slice(i + 1, end);
      let neg = false;
      if (body[0] === '!' || body[0] === '^') {
        neg = true;
        body = body.slice(1);
      }
      // Keep ranges (`a-z`) and POSIX classes ([:digit:] → \d …); escape everything else.
      let cls = '';
      for (let j = 0; j < body.length; j++) {
        const cc = body[j] as string;
        const named = /^\[:(alpha|digit|alnum|space|upper|lower|xdigit|punct):\]/.exec(body.slice(j));
        if (named) {
          cls += CLASSES[named[1] as string];
          j += named[0].length - 1;
        } else if (cc === '-' && j > 0 && j < body.length - 1) cls += '-';
        else if (cc === '\\') cls += regexChar(body[++j] ?? '\\');
        else cls += regexChar(cc);
      }
      re += `[${neg ? '^' : ''}${cls}]`;
      i = end;
    } else re += regexChar(c);
  }
  return re;
}

const CLASSES: Record<string, string> = {
  alpha: 'A-Za-z', digit: '0-9', alnum: 'A-Za-z0-9', space: ' \\t\\n\\r\\f\\v', upper: 'A-Z', lower: 'a-z', xdigit: '0-9A-Fa-f',
  punct: '!-\\/:-@\\[-`{-~',
};

/** Index of the `]` closing a bracket expression opened at `i`, or -1 (then `[` is literal). */
function bracketEnd(pat: string, i: number): number {
  let j = i + 1;
  if (pat[j] === '!' || pat[j] === '^') j++;
  if (pat[j] === ']') j++; // `[]abc]`: a leading `]` is a member
  for (; j < pat.length; j++) {
    if (pat[j] === '\\') j++;
    else if (pat[j] === '[' && pat[j + 1] === ':') {
      const close = pat.indexOf(':]', j + 2);
      if (close > 0) j = close + 1;
    } else if (pat[j] === ']') return j;
  }
  return -1;
}

/** One pattern element: `*`, or a regex matching exactly one character. */
type Tok = '*' | RegExp;

function compile(pat: string): Tok[] {
  const toks: Tok[] = [];
  for (let i = 0; i < pat.length; i++) {
    const c = pat[i] as string;
    if (c === '*') {
      if (toks[toks.length - 1] !== '*') toks.push('*'); // `**` is `*`
      continue;
    }
    let one: string;
    if (c === '\\') one = regexChar(pat[++i] ?? '\\');
    else if (c === '[' && bracketEnd(pat, i) > 0) {
      const end = bracketEnd(pat, i);
      one = patternSource(pat.slice(i, end + 1));
      i = end;
    } else one = patternSource(c);
    toks.push(new RegExp('^' + one + '$'));
  }
  return toks;
}

/**
 * Whether the whole of `s` matches the shell pattern `pat`. A two-pointer wildcard match (like
 * fnmatch without backtracking blow-up): O(len(s) × len(pat)) even for `*a*a*a*b`, where a regex
 * would backtrack for ages on a long value.
 */
export function matchPattern(pat: string, s: string): boolean {
  let toks = cache.get(pat);
  if (!toks) {
    toks = compile(pat);
    if (cache.size > 500) cache.clear();
    cache.set(pat, toks);
  }
  let p = 0;
  let i = 0;
  let starP = -1;
  let starI = 0;
  while (i < s.length) {
    const t = toks[p];
    if (t !== undefined && t !== '*' && t.test(s[i] as string)) {
      p++;
      i++;
    } else if (t === '*') {
      starP = p++;
      starI = i;
    } else if (starP >= 0) {
      p = starP + 1;
      i = ++starI;
    } else return false;
  }
  while (toks[p] === '*') p++;
  return p === toks.length;
}

/**
 * `${x#pat}` (shortest prefix), `##` (longest prefix), `%` (shortest suffix), `%%` (longest suffix):
 * remove the matching part of `v`, or return `v` unchanged when nothing matches.
 */
export function trimPattern(v: string, op: '#' | '##' | '%' | '%%', pat: string): string {
  if (op === '#' || op === '##') {
    const lens = Array.from({ length: v.length + 1 }, (_, i) => i);
    if (op === '##') lens.reverse();
    for (const n of lens) if (matchPattern(pat, v.slice(0, n))) return v.slice(n);
    return v;
  }
  const starts = Array.from({ length: v.length + 1 }, (_, i) => i);
  if (op === '%') starts.reverse();
  for (const s of starts) if (matchPattern(pat, v.slice(s))) return v.slice(0, s);
  return v;
}

/**
 * `${x/pat/rep}` (first match) and `${x//pat/rep}` (every match): at each position the longest
 * match is replaced, as bash and busybox ash do. A pattern that only matches empty text changes nothing.
 */
export function replacePattern(v: string, pat: string, rep: string, all: boolean): string {
  if (pat === '') return v;
  const re = new RegExp(patternSource(pat), all ? 'g' : '');
  return v.replace(re, (m) => (m === '' ? '' : rep));
}
