/**
 * Tools that stream: `cat`, `head`, `tail` (with `-f`), `grep`, `yes`, `tee`. Given a pipe on
 * stdin they read it as it fills (blocking in the kernel), so `tail -f log | grep x`,
 * `yes | head -1` and `cat /dev/zero | head -c 10` behave as on a node. Without a pipe they run
 * synchronously, as the probe fast path (fastExec.ts) needs: it calls them without a process.
 */
import { absPath } from '../fs';
import type { Co } from '../kernel';
import type { Invocation, Program } from '../shell/context';
import { drainOut, readAll, readChunk, readLine, SIGPIPE_STATUS } from '../shell/pipe';

/** `-n 5`, `-n5`, `-5`, `-c 10`, `-f`, `-q` … : options with values, and the operands. */
export function parseOpts(argv: string[], withValue: string): { o: Map<string, string>; ops: string[] } {
  const o = new Map<string, string>();
  const ops: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') {
      ops.push(...argv.slice(i + 1));
      break;
    }
    if (/^-\d+$/.test(a)) o.set('n', a.slice(1));
    else if (a.length > 1 && a.startsWith('-')) {
      for (let j = 1; j < a.length; j++) {
        const f = a[j] as string;
        if (!withValue.includes(f)) o.set(f, '');
        else {
          o.set(f, j + 1 < a.length ? a.slice(j + 1) : (argv[++i] ?? ''));
          break;
        }
      }
    } else ops.push(a);
  }
  return { o, ops };
}

const DEV_STREAMS = new Set(['/dev/zero', '/dev/urandom', '/dev/random']);
const CHUNK = 4096;

/** `n` bytes of an endless device: NULs, or a fixed pseudo-random sequence (deterministic by design). */
function devBytes(path: string, n: number, seed = { s: 0x2545f491 }): string {
  if (path === '/dev/zero') return '\0'.repeat(n);
  let out = '';
  for (let i = 0; i < n; i++) {
    seed.s = (Math.imul(seed.s, 1103515245) + 12345) >>> 0;
    out += String.fromCharCode((seed.s >>> 16) & 0xff);
  }
  return out;
}

const pathOf = (inv: Invocation, f: string) => absPath(f, inv.shell.cwd);

/** Write `s`, then block while the pipe is full; false when the reader has gone (the program then dies of SIGPIPE). */
function* emit(inv: Invocation, s: string): Generator<number, boolean, void> {
  inv.io.out(s);
  if (inv.proc.exited || inv.io.outPipe?.readClosed) return false;
  yield* drainOut(inv.io, inv.proc, () => inv.ctx.world.now());
  return !inv.proc.exited && !inv.io.outPipe?.readClosed;
}

/** An endless writer (`yes`, `cat /dev/zero`): bounded by its pipe, else it spins like a busy loop. */
function* endless(inv: Invocation, next: () => string): Co {
  for (;;) {
    if (!(yield* emit(inv, next()))) return SIGPIPE_STATUS;
    if (inv.ctx.kernel.step(inv.proc)) yield inv.shell.spin();
  }
}

function catFile(inv: Invocation, f: string): string | undefined {
  const path = pathOf(inv, f);
  const data = inv.ctx.fs.read(path);
  if (data === undefined) inv.io.err(inv.ctx.fs.isDir(path) ? `cat: read error: Is a directory\n` : `cat: can't open '${f}': No such file or directory\n`);
  return data;
}

export const cat: Program = (inv, argv) => {
  const ops = parseOpts(argv, '').ops;
  const list = ops.length ? ops : ['-'];
  const streams = list.some((f) => DEV_STREAMS.has(pathOf(inv, f)));
  if (!streams && !(inv.io.pipe && list.includes('-'))) {
    let st = 0;
    for (const f of list) {
      const data = f === '-' ? inv.io.input : catFile(inv, f);
      if (data === undefined) st = 1;
      else inv.io.out(data);
    }
    return st;
  }
  return (function* (): Co {
    let st = 0;
    for (const f of list) {
      const path = pathOf(inv, f);
      if (DEV_STREAMS.has(path)) {
        const seed = { s: 0x2545f491 };
        return yield* endless(inv, () => devBytes(path, CHUNK, seed));
      }
      if (f !== '-') {
        const data = catFile(inv, f);
        if (data === undefined) st = 1;
        else if (!(yield* emit(inv, data))) return SIGPIPE_STATUS;
        continue;
      }
      for (let c = yield* readChunk(inv.io, inv.proc); c !== undefined; c = yield* readChunk(inv.io, inv.proc)) {
        if (!(yield* emit(inv, c))) return SIGPIPE_STATUS;
      }
    }
    return st;
  })();
};

/** `yes [STRING]`: the line forever; ends by SIGPIPE when its reader goes away. */
export const yes: Program = (inv, argv) => {
  const line = (argv.length > 1 ? argv.slice(1).join(' ') : 'y') + '\n';
  const chunk = line.repeat(Math.max(1, Math.floor(CHUNK / line.length)));
  return endless(inv, () => chunk);
};

/** First lines (`-n N`) or characters (`-c N`) of text. */
function headOf(text: string, n: number, bytes: boolean): string {
  if (bytes) return text.slice(0, n);
  let end = 0;
  for (let i = 0; i < n; i++) {
    const nl = text.indexOf('\n', end);
    if (nl < 0) return text;
    end = nl + 1;
  }
  return text.slice(0, end);
}

export const head: Program = (inv, argv) => {
  const { o, ops } = parseOpts(argv, 'nc');
  const bytes = o.has('c');
  const n = Number(o.get(bytes ? 'c' : 'n') ?? 10);
  if (!Number.isFinite(n) || n < 0) {
    inv.io.err(`head: invalid number '${o.get(bytes ? 'c' : 'n') ?? ''}'\n`);
    return 1;
  }
  if (ops.length > 0 || !inv.io.pipe) {
    let st = 0;
    for (const f of ops.length ? ops : ['-']) {
      const path = pathOf(inv, f);
      const text = f === '-' ? inv.io.input : DEV_STREAMS.has(path) ? devBytes(path, bytes ? n : CHUNK) : inv.ctx.fs.read(path);
      if (text === undefined) {
        inv.io.err(`head: can't open '${f}': No such file or directory\n`);
        st = 1;
      } else inv.io.out(headOf(text, n, bytes));
    }
    return st;
  }
  // From a pipe: take only what is needed and exit, which closes the pipe (the writer gets SIGPIPE).
  return (function* (): Co {
    let left = n;
    while (left > 0) {
      const s = bytes ? yield* readChunk(inv.io, inv.proc) : yield* readLine(inv.io, inv.proc);
      if (s === undefined) break;
      const part = bytes ? s.slice(0, left) : s;
      left -= bytes ? part.length : 1;
      if (!(yield* emit(inv, part))) return SIGPIPE_STATUS;
    }
    return 0;
  })();
};

/** Last lines (`-n N`, or from line N with `-n +N`) or characters (`-c N`) of text. */
function tailOf(text: string, spec: string, bytes: boolean): string {
  const from = spec.startsWith('+');
  const n = Number(spec.replace(/^[+-]/, ''));
  if (bytes) return from ? text.slice(Math.max(0, n - 1)) : n === 0 ? '' : text.slice(-n);
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const kept = from ? lines.slice(Math.max(0, n - 1)) : n === 0 ? [] : lines.slice(-n);
  return kept.map((l) => l + '\n').join('');
}

export const tail: Program = (inv, argv) => {
  const { o, ops } = parseOpts(argv, 'ncs');
  const bytes = o.has('c');
  const spec = o.get(bytes ? 'c' : 'n') ?? '10';
  const follow = o.has('f') || o.has('F');
  if (ops.length === 0) {
    if (!inv.io.pipe) return (inv.io.out(tailOf(inv.io.input, spec, bytes)), 0);
    return (function* (): Co {
      const text = yield* readAll(inv.io, inv.proc);
      return (yield* emit(inv, tailOf(text, spec, bytes))) ? 0 : SIGPIPE_STATUS;
    })();
  }
  const fs = inv.ctx.fs;
  const seen = new Map<string, number>();
  let st = 0;
  for (const f of ops) {
    const text = fs.read(pathOf(inv, f));
    if (text === undefined) {
      inv.io.err(`tail: can't open '${f}': No such file or directory\n`);
      st = 1;
      continue;
    }
    if (ops.length > 1) inv.io.out(`${seen.size > 0 ? '\n' : ''}==> ${f} <==\n`);
    inv.io.out(tailOf(text, spec, bytes));
    seen.set(f, text.length);
  }
  if (!follow || (seen.size === 0 && !o.has('F'))) return st;
  // busybox tail -f polls once a second; output appended since then is written as it appears.
  return (function* (): Co {
    for (;;) {
      yield inv.ctx.world.now() + 1000;
      for (const f of ops) {
        const text = fs.read(pathOf(inv, f));
        if (text === undefined) continue;
        const before = seen.get(f) ?? 0;
        // A truncated file (log rotation with copytruncate) is read again from its start.
        const from = text.length < before ? 0 : before;
        seen.set(f, text.length);
        if (text.length > from && !(yield* emit(inv, text.slice(from)))) return SIGPIPE_STATUS;
      }
    }
  })();
};

function grepMatcher(pattern: string, o: Map<string, string>): (l: string) => boolean {
  const src = o.has('F') ? pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : o.has('E') ? pattern : pattern.replace(/\\([|()+?{}])/g, '$1');
  let re: RegExp;
  try {
    re = new RegExp(o.has('w') ? `\\b(?:${src})\\b` : o.has('x') ? `^(?:${src})$` : src, o.has('i') ? 'i' : '');
  } catch {
    re = new RegExp(pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  }
  return (l) => re.test(l) !== o.has('v');
}

export const grep: Program = (inv, argv) => {
  const { o, ops } = parseOpts(argv, 'em');
  const pattern = o.get('e') ?? ops.shift();
  if (pattern === undefined) {
    inv.io.err('grep: usage: grep PATTERN [FILE]...\n');
    return 2;
  }
  const match = grepMatcher(pattern, o);
  const quiet = o.has('q');
  const fmt = (l: string, n: number) => (o.has('n') ? `${n}:${l}\n` : `${l}\n`);
  if (ops.length > 0 || !inv.io.pipe) {
    const text = ops.length > 0 ? ops.map((f) => inv.ctx.fs.read(pathOf(inv, f)) ?? '').join('') : inv.io.input;
    const all = text.split('\n');
    if (all[all.length - 1] === '') all.pop();
    let hits = 0;
    let out = '';
    all.forEach((l, i) => {
      if (!match(l)) return;
      hits++;
      if (!quiet && !o.has('c') && !o.has('l')) out += fmt(l, i + 1);
    });
    if (!quiet) inv.io.out(o.has('c') ? `${hits}\n` : out);
    return hits > 0 ? 0 : 1;
  }
  // From a pipe: line by line as they arrive; `-q` exits at the first match (closing the pipe).
  return (function* (): Co {
    let hits = 0;
    for (let n = 1; ; n++) {
      const line = yield* readLine(inv.io, inv.proc);
      if (line === undefined) break;
      const l = line.replace(/\n$/, '');
      if (!match(l)) continue;
      hits++;
      if (quiet) return 0;
      if (!o.has('c') && !(yield* emit(inv, fmt(l, n)))) return SIGPIPE_STATUS;
    }
    if (o.has('c')) inv.io.out(`${hits}\n`);
    return hits > 0 ? 0 : 1;
  })();
};

export const tee: Program = (inv, argv) => {
  const { o, ops } = parseOpts(argv, '');
  const paths = ops.map((f) => pathOf(inv, f));
  for (const path of paths) if (!o.has('a')) inv.ctx.fs.write(path, '');
  if (!inv.io.pipe) {
    for (const path of paths) inv.ctx.fs.write(path, inv.io.input, true);
    inv.io.out(inv.io.input);
    return 0;
  }
  return (function* (): Co {
    for (let c = yield* readChunk(inv.io, inv.proc); c !== undefined; c = yield* readChunk(inv.io, inv.proc)) {
      for (const path of paths) inv.ctx.fs.write(path, c, true);
      if (!(yield* emit(inv, c))) return SIGPIPE_STATUS;
    }
    return 0;
  })();
};

export const STREAM_TOOLS: Record<string, Program> = { cat, yes, head, tail, grep, tee };
