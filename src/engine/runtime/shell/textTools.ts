/** `printf` and `test`/`[`: pure functions over arguments and the file system. */
import { absPath } from '../fs';
import type { Fs } from '../types';
import type { IO } from './context';

function escapes(s: string): string {
  return s.replace(/\\(n|t|r|\\|a|b|f|v|0[0-7]{0,3}|")/g, (_m, c: string) => {
    switch (c) {
      case 'n': return '\n';
      case 't': return '\t';
      case 'r': return '\r';
      case '\\': return '\\';
      case '"': return '"';
      case 'a': return '\x07';
      case 'b': return '\b';
      case 'f': return '\f';
      case 'v': return '\v';
      default: return String.fromCharCode(Number.parseInt(c.slice(1) || '0', 8));
    }
  });
}

/** POSIX printf: %s %d %i %c %x %o %%, width/precision flags, the format reused for extra args. */
export function printf(io: IO, args: string[]): number {
  const fmt = args[0];
  if (fmt === undefined) {
    io.err('printf: usage: printf format [arguments]\n');
    return 2;
  }
  let rest = args.slice(1);
  let out = '';
  let status = 0;
  do {
    let used = 0;
    out += fmt.replace(/%([-+ 0#]*)(\d*)(?:\.(\d+))?([sdiucxXo%bfeEgG])|\\(?:n|t|r|\\|a|b|f|v|0[0-7]{0,3}|")/g, (m, flags: string, width: string, prec: string, conv: string) => {
      if (m.startsWith('\\')) return escapes(m);
      if (conv === '%') return '%';
      const arg = rest[used++] ?? '';
      let s: string;
      if (conv === 's' || conv === 'b') s = conv === 'b' ? escapes(arg) : arg;
      else if (conv === 'c') s = arg.slice(0, 1);
      else if ('feEgG'.includes(conv)) {
        // Floating conversions (`%.2f` in a progress line): C printf's default precision is 6.
        const f = arg === '' ? 0 : Number(arg);
        if (Number.isNaN(f)) {
          io.err(`printf: invalid number '${arg}'\n`);
          status = 1;
        }
        const x = Number.isNaN(f) ? 0 : f;
        const pr = prec === undefined ? 6 : Number(prec);
        s = conv === 'f' ? x.toFixed(pr) : conv === 'e' || conv === 'E' ? x.toExponential(pr).replace(/e([+-])(\d)$/, 'e$10$2') : String(Number(x.toPrecision(pr || 1)));
        if (conv === 'E' || conv === 'G') s = s.toUpperCase();
        if (flags.includes('+') && x >= 0) s = '+' + s;
      } else {
        const n = arg === '' ? 0 : Number.parseInt(arg, 10);
        if (arg !== '' && Number.isNaN(n)) {
          io.err(`printf: invalid number '${arg}'\n`);
          status = 1;
        }
        const v = Number.isNaN(n) ? 0 : n;
        s = conv === 'x' ? v.toString(16) : conv === 'X' ? v.toString(16).toUpperCase() : conv === 'o' ? v.toString(8) : String(v);
      }
      if (prec !== undefined && (conv === 's' || conv === 'b')) s = s.slice(0, Number(prec));
      const w = Number(width || 0);
      if (s.length < w) {
        const zero = flags.includes('0') && !flags.includes('-') && conv !== 's' && conv !== 'c' && conv !== 'b';
        // Zero padding goes after the sign: `%05d` of -3 is `-0003`.
        s = flags.includes('-') ? s.padEnd(w) : zero && /^[-+]/.test(s) ? s[0] + s.slice(1).padStart(w - 1, '0') : s.padStart(w, zero ? '0' : ' ');
      }
      return s;
    });
    rest = rest.slice(used);
    if (used === 0) break;
  } while (rest.length > 0);
  io.out(out);
  return status;
}

class TestSyntax extends Error {}

const UNARY = new Set(['-f', '-e', '-d', '-s', '-z', '-n', '-r', '-w', '-x', '-L', '-h', '-p', '-S', '-b', '-c']);
const BINARY = new Set(['=', '==', '!=', '-eq', '-ne', '-lt', '-gt', '-le', '-ge']);
const INT = /^\s*-?\d+\s*$/;

/** `test` expressions: unary file/string tests, binary string/integer comparisons, `!`, `-a`, `-o`, parens. */
export function runTest(args: string[], io: IO, fs: Fs, cwd: string): number {
  let i = 0;
  const int = (s: string): number => {
    if (!INT.test(s)) {
      io.err(`sh: ${s === '' ? "''" : s}: bad number\n`);
      throw new TestSyntax();
    }
    return Number.parseInt(s, 10);
  };
  const path = (s: string) => absPath(s, cwd);

  const primary = (): boolean => {
    const a = args[i];
    if (a === undefined) throw new TestSyntax();
    if (a === '!' && i + 1 < args.length) {
      i++;
      return !primary();
    }
    if (a === '(' ) {
      i++;
      const v = or();
      if (args[i++] !== ')') throw new TestSyntax();
      return v;
    }
    if (BINARY.has(args[i + 1] ?? '') && i + 2 < args.length) {
      const op = args[i + 1] as string;
      const b = args[i + 2] as string;
      i += 3;
      switch (op) {
        case '=':
        case '==': return a === b;
        case '!=': return a !== b;
        case '-eq': return int(a) === int(b);
        case '-ne': return int(a) !== int(b);
        case '-lt': return int(a) < int(b);
        case '-gt': return int(a) > int(b);
        case '-le': return int(a) <= int(b);
        default: return int(a) >= int(b);
      }
    }
    if (UNARY.has(a) && i + 1 < args.length) {
      const v = args[i + 1] as string;
      i += 2;
      switch (a) {
        case '-z': return v === '';
        case '-n': return v !== '';
        case '-f': return fs.exists(path(v)) && !fs.isDir(path(v));
        case '-d': return fs.isDir(path(v));
        case '-s': return (fs.read(path(v))?.length ?? (fs.isDir(path(v)) ? 1 : 0)) > 0;
        case '-e':
        case '-r':
        case '-w':
        case '-x': return fs.exists(path(v));
        default: return false;
      }
    }
    i++;
    return a !== '';
  };
  const and = (): boolean => {
    let v = primary();
    while (args[i] === '-a') {
      i++;
      const r = primary();
      v = v && r;
    }
    return v;
  };
  const or = (): boolean => {
    let v = and();
    while (args[i] === '-o') {
      i++;
      const r = and();
      v = v || r;
    }
    return v;
  };
  try {
    if (args.length === 0) return 1;
    const v = or();
    if (i < args.length) {
      io.err(`sh: ${args[i] ?? ''}: unknown operand\n`);
      return 2;
    }
    return v ? 0 : 1;
  } catch (e) {
    if (e instanceof TestSyntax) return 2;
    throw e;
  }
}
