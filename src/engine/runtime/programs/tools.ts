/**
 * The small Unix tools a busybox/coreutils image has: sleep, touch, rm, mkdir, cp, mv, ls,
 * hostname, env … (streaming tools in streams.ts, text filters in text.ts). Messages follow busybox.
 */
import { absPath } from '../fs';
import type { Co } from '../kernel';
import type { Invocation, Program } from '../shell/context';
import { STREAM_TOOLS } from './streams';
import { TEXT_TOOLS } from './text';

/** `sleep` operands: `30`, `1.5`, `2m`, `1h`, `1d`, `infinity`; several are added (GNU/busybox). */
export function parseSleep(args: string[]): number | string {
  let total = 0;
  for (const a of args) {
    if (a === 'inf' || a === 'infinity') return Infinity;
    const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(a);
    if (!m) return a;
    const mult = { '': 1000, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as '' | 's' | 'm' | 'h' | 'd'];
    total += Number(m[1]) * mult;
  }
  return Math.round(total);
}

function* sleep({ ctx, io }: Invocation, argv: string[]): Co {
  if (argv.length < 2) {
    io.err('sleep: missing operand\n');
    return 1;
  }
  const ms = parseSleep(argv.slice(1));
  if (typeof ms === 'string') {
    io.err(`sleep: invalid number '${ms}'\n`);
    return 1;
  }
  const end = ctx.world.now() + ms;
  // Signals do not shorten a sleep: only the default action (handled by the kernel) ends it.
  while (ctx.world.now() < end) yield end;
  return 0;
}

/** `timeout DURATION cmd…`: runs cmd, ending it with 124 when it is still running at the deadline. */
function* timeout(inv: Invocation, argv: string[]): Co {
  const args = argv.slice(1).filter((a, i) => i > 0 || !a.startsWith('-'));
  const ms = parseSleep(args.slice(0, 1));
  if (typeof ms === 'string' || args.length < 2) {
    inv.io.err(`timeout: invalid time interval '${args[0] ?? ''}'\n`);
    return 125;
  }
  const deadline = inv.ctx.world.now() + ms;
  const child = inv.shell.invoke(args.slice(1), inv.io, false);
  for (;;) {
    const r = child.next();
    if (r.done) return r.value;
    if (inv.ctx.world.now() >= deadline) {
      child.return(124);
      return 124;
    }
    yield Math.min(r.value, deadline);
    if (inv.ctx.world.now() >= deadline) {
      child.return(124);
      return 124;
    }
  }
}

/** `env [-i] [-u NAME] [NAME=VALUE]… [COMMAND [ARG]…]`: print the environment, or run COMMAND in the changed one. */
const env: Program = (inv, argv) => {
  const sub = inv.shell.clone(inv.proc);
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '-i' || a === '-') {
      sub.vars.clear();
      sub.exported.clear();
    } else if (a === '-u') {
      const n = argv[++i] ?? '';
      sub.vars.delete(n);
      sub.exported.delete(n);
    } else if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(a)) {
      const eq = a.indexOf('=');
      sub.vars.set(a.slice(0, eq), a.slice(eq + 1));
      sub.exported.add(a.slice(0, eq));
    } else break;
  }
  if (i >= argv.length) {
    const e = sub.env();
    inv.io.out(Object.keys(e).sort().map((k) => `${k}=${e[k] ?? ''}\n`).join(''));
    return 0;
  }
  // Run the command with the changed environment (exec: it replaces env, as execvp does).
  return sub.invoke(argv.slice(i), inv.io, inv.exec);
};

const flagsAndOperands = (argv: string[]): [string, string[]] => {
  let flags = '';
  const ops: string[] = [];
  let done = false;
  for (const a of argv.slice(1)) {
    if (!done && a === '--') done = true;
    else if (!done && a.length > 1 && a.startsWith('-')) flags += a.slice(1);
    else ops.push(a);
  }
  return [flags, ops];
};

const p = (inv: Invocation, s: string) => absPath(s, inv.shell.cwd);

const touch: Program = (inv, argv) => {
  let st = 0;
  for (const f of flagsAndOperands(argv)[1]) {
    const path = p(inv, f);
    if (!inv.ctx.fs.exists(path) && !inv.ctx.fs.write(path, '')) {
      inv.io.err(`touch: ${f}: No such file or directory\n`);
      st = 1;
    }
  }
  return st;
};

const rm: Program = (inv, argv) => {
  const [flags, ops] = flagsAndOperands(argv);
  const force = flags.includes('f');
  const rec = /[rR]/.test(flags);
  let st = 0;
  for (const f of ops) {
    const path = p(inv, f);
    const fs = inv.ctx.fs;
    if (!fs.exists(path)) {
      if (!force) {
        inv.io.err(`rm: can't remove '${f}': No such file or directory\n`);
        st = 1;
      }
    } else if (fs.isDir(path) && !rec) {
      inv.io.err(`rm: '${f}' is a directory\n`);
      st = 1;
    } else if (!fs.remove(path, true)) {
      inv.io.err(`rm: can't remove '${f}': Resource busy\n`);
      st = 1;
    }
  }
  return st;
};

const mkdir: Program = (inv, argv) => {
  const [flags, ops] = flagsAndOperands(argv);
  let st = 0;
  for (const d of ops) {
    const path = p(inv, d);
    if (!inv.ctx.fs.mkdir(path, flags.includes('p'))) {
      inv.io.err(inv.ctx.fs.exists(path) ? `mkdir: can't create directory '${d}': File exists\n` : `mkdir: can't create directory '${d}': No such file or directory\n`);
      st = 1;
    }
  }
  return st;
};

function copy(inv: Invocation, argv: string[], move: boolean): number {
  const name = move ? 'mv' : 'cp';
  const ops = flagsAndOperands(argv)[1];
  const fs = inv.ctx.fs;
  if (ops.length < 2) {
    inv.io.err(`${name}: missing file operand\n`);
    return 1;
  }
  const dest = p(inv, ops[ops.length - 1] as string);
  let st = 0;
  for (const src of ops.slice(0, -1)) {
    const from = p(inv, src);
    const data = fs.read(from);
    if (data === undefined) {
      inv.io.err(`${name}: can't stat '${src}': No such file or directory\n`);
      st = 1;
      continue;
    }
    const to = fs.isDir(dest) ? `${dest}/${from.split('/').pop() ?? ''}` : dest;
    if (!fs.write(to, data)) {
      inv.io.err(`${name}: can't create '${to}': No such file or directory\n`);
      st = 1;
    } else if (move) fs.remove(from);
  }
  return st;
}

const ls: Program = (inv, argv) => {
  const [flags, ops] = flagsAndOperands(argv);
  let st = 0;
  for (const d of ops.length ? ops : ['.']) {
    const path = p(inv, d);
    const names = inv.ctx.fs.list(path);
    if (names) inv.io.out(names.filter((n) => flags.includes('a') || !n.startsWith('.')).map((n) => n + '\n').join(''));
    else if (inv.ctx.fs.exists(path)) inv.io.out(d + '\n');
    else {
      inv.io.err(`ls: ${d}: No such file or directory\n`);
      st = 1;
    }
  }
  return st;
};

export const TOOLS: Record<string, Program> = {
  sleep,
  timeout,
  touch,
  rm,
  mkdir,
  cp: (inv, argv) => copy(inv, argv, false),
  mv: (inv, argv) => copy(inv, argv, true),
  ls,
  rmdir: (inv, argv) => (flagsAndOperands(argv)[1].every((d) => inv.ctx.fs.remove(p(inv, d))) ? 0 : 1),
  hostname: (inv) => (inv.io.out(`${inv.ctx.pod.hostname ?? inv.ctx.pod.name}\n`), 0),
  env,
  printenv: (inv, argv) => {
    const e = inv.shell.env();
    const v = argv[1] === undefined ? undefined : e[argv[1]];
    if (argv[1] !== undefined) return v === undefined ? 1 : (inv.io.out(v + '\n'), 0);
    inv.io.out(Object.keys(e).sort().map((k) => `${k}=${e[k] ?? ''}\n`).join(''));
    return 0;
  },
  uname: (inv, argv) => (inv.io.out(argv.includes('-a') ? 'Linux pod 6.1.0 #1 SMP x86_64 GNU/Linux\n' : 'Linux\n'), 0),
  basename: (inv, argv) => (inv.io.out(`${(argv[1] ?? '').replace(/\/+$/, '').split('/').pop() ?? ''}\n`), 0),
  dirname: (inv, argv) => (inv.io.out(`${(argv[1] ?? '').replace(/\/[^/]*$/, '') || '/'}\n`), 0),
  sync: () => 0,
  true: () => 0,
  false: () => 1,
  ...STREAM_TOOLS,
  ...TEXT_TOOLS,
};
