/** Scanning helpers shared by the tokenizer and the here-document reader. */
import { ShellSyntaxError } from './ast';

/** Characters that may follow `$` as a one-character special parameter. */
export const SPECIAL_VARS = new Set(['?', '$', '!', '#', '@', '*', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);

/** The error busybox ash gives for a quote that never closes. */
export function unterminated(): never {
  throw new ShellSyntaxError('syntax error: unterminated quoted string');
}

/** Index just past the `)` that closes a `$(` whose body starts at `i`. */
export function matchParen(src: string, i: number, depth = 1): number {
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

