/**
 * Shell builtins: the commands that act on the shell itself (`cd`, `export`, `trap`, `wait`,
 * `kill`, `exit` …) plus `echo`, `printf`, `test`/`[` which busybox ash also builds in.
 */
import { absPath } from '../fs';
import { SIGNAL_NUMBERS, type Co } from '../kernel';
import type { Signal } from '../types';
import { FuncReturn, LoopControl, ShellExit, type Invocation, type Program } from './context';
import { printf, runTest } from './textTools';
import { ifsSeparator } from './expand';
import { parseScript } from './parser';
import { ShellSyntaxError } from './ast';
import type { Shell } from './interp';
import { readLine } from './pipe';

const SIG_BY_NUMBER: Record<string, Signal> = { '1': 'HUP', '2': 'INT', '3': 'QUIT', '9': 'KILL', '10': 'USR1', '15': 'TERM' };

/** `TERM`, `SIGTERM`, `15`, `term` → 'TERM'; `EXIT`/`0` → 'EXIT'; undefined if unknown. */
export function parseSignal(s: string): Signal | 'EXIT' | undefined {
  const u = s.toUpperCase().replace(/^SIG/, '');
  if (u === 'EXIT' || u === '0') return 'EXIT';
  if (u in SIGNAL_NUMBERS) return u as Signal;
  return SIG_BY_NUMBER[u];
}

const num = (s: string | undefined, d: number): number => (s !== undefined && /^\d+$/.test(s) ? Number(s) : d);

function trap({ shell, io }: Invocation, argv: string[]): number {
  if (argv.length === 1) {
    for (const [sig, action] of shell.traps) io.out(`trap -- '${action}' ${sig}\n`);
    return 0;
  }
  let action: string | undefined = argv[1] as string;
  let sigs = argv.slice(2);
  if (/^\d+$/.test(action) && sigs.length === 0) {
    sigs = [action];
    action = undefined;
  }
  if (action === '-') action = undefined;
  let st = 0;
  for (const s of sigs) {
    const sig = parseSignal(s);
    if (!sig) {
      io.err(`sh: trap: ${s}: bad trap\n`);
      st = 1;
      continue;
    }
    if (sig === 'KILL') continue; // SIGKILL cannot be caught (signal(7))
    if (action === undefined) shell.traps.delete(sig);
    else {
      if (action !== '') {
        try {
          parseScript(action);
        } catch (e) {
          if (e instanceof ShellSyntaxError) {
            io.err(`sh: ${e.message}\n`);
            return 2;
          }
          throw e;
        }
      }
      shell.traps.set(sig, action);
    }
  }
  return st;
}

function* wait({ shell, proc, ctx, io }: Invocation, argv: string[]): Co {
  const pids = argv.slice(1).map(Number);
  const children = ctx.kernel.childrenOf(proc);
  const targets = pids.length > 0 ? pids.map((pid) => children.find((c) => c.pid === pid)) : children;
  let st = 0;
  for (const t of targets) {
    if (!t) {
      st = 127;
      continue;
    }
    // `wait` is interruptible: a trapped signal ends it with 128+n and the trap runs right after.
    while (!t.exited) {
      const sig = shell.pending[0];
      if (sig) {
        yield* shell.runTraps(io);
        return 128 + SIGNAL_NUMBERS[sig];
      }
      yield Infinity;
    }
    // POSIX `wait`: with operands, the status of the last one; without, 0 once every child is done.
    if (pids.length > 0) st = t.exited.code;
  }
  return st;
}

function kill({ ctx, io }: Invocation, argv: string[]): number {
  let sig: Signal = 'TERM';
  let i = 1;
  const a = argv[1];
  if (a === '-s' || a === '-n') {
    const s = parseSignal(argv[2] ?? '');
    if (!s || s === 'EXIT') return badSignal(io, argv[2] ?? '');
    sig = s;
    i = 3;
  } else if (a === '-l') {
    io.out('HUP INT QUIT KILL USR1 TERM\n');
    return 0;
  } else if (a?.startsWith('-') && a !== '--') {
    const s = parseSignal(a.slice(1));
    if (!s || s === 'EXIT') return badSignal(io, a.slice(1));
    sig = s;
    i = 2;
  } else if (a === '--') i = 2;
  const targets = argv.slice(i);
  if (targets.length === 0) {
    io.err('kill: usage: kill [-s sigspec | -n signum | -sigspec] pid\n');
    return 2;
  }
  let st = 0;
  for (const t of targets) {
    const pid = Number(t);
    const p = Number.isInteger(pid) ? ctx.kernel.find(pid) : undefined;
    if (p && !p.exited) ctx.kernel.signal(p, sig);
    else if (pid === 1 && ctx.mode === 'exec' && ctx.main) {
      // `kill 1` from a probe or `kubectl exec` reaches the container's PID 1.
      ctx.main.signal(sig);
    } else {
      io.err(`sh: can't kill pid ${t}: No such process\n`);
      st = 1;
    }
  }
  return st;
}

function badSignal(io: Invocation['io'], s: string): number {
  io.err(`sh: kill: bad signal name '${s}'\n`);
  return 1;
}

/** `set -o NAME` options the shell acts on; the others (nounset, noglob …) are accepted. */
const SET_O: Record<string, 'e' | 'x' | 'pipefail' | undefined> = { errexit: 'e', xtrace: 'x', pipefail: 'pipefail' };
const KNOWN_O = new Set(['errexit', 'xtrace', 'nounset', 'pipefail', 'noglob', 'noclobber', 'allexport', 'notify', 'verbose', 'noexec', 'monitor', 'ignoreeof', 'vi', 'emacs']);

function set({ shell, io }: Invocation, argv: string[]): number {
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') {
      i++;
      break;
    }
    if (!/^[-+][a-zA-Z]+$/.test(a)) break;
    const on = a[0] === '-';
    if (a.includes('e')) shell.errexit = on;
    if (a.includes('x')) shell.xtrace = on;
    // `-o NAME` (also inside a cluster: `set -euo pipefail`) takes the next word as an option name.
    if (a.includes('o')) {
      const name = argv[++i];
      if (name === undefined) return 0; // `set -o` lists options in a real shell; nothing to show here
      if (!KNOWN_O.has(name)) {
        io.err(`sh: set: illegal option -o ${name}\n`);
        return 2;
      }
      const flag = SET_O[name];
      if (flag === 'e') shell.errexit = on;
      if (flag === 'x') shell.xtrace = on;
      if (flag === 'pipefail') shell.pipefail = on;
    }
  }
  if (i < argv.length || argv[argv.length - 1] === '--') shell.args = argv.slice(i);
  return 0;
}

/** Split one input line over `names` the way POSIX `read` does (IFS; the last name takes the rest). */
function assignRead(shell: Shell, names: string[], line: string): number {
  // IFS (POSIX `read`): unset → blanks; `IFS= read -r line` keeps the line whole, spaces and all.
  const ifs = shell.vars.get('IFS');
  const sep = ifsSeparator(ifs);
  const blanks = ifs === undefined ? ' \t\n' : [...ifs].filter((c) => c === ' ' || c === '\t' || c === '\n').join('');
  let rest = blanks ? line.replace(new RegExp(`^[${blanks}]+|[${blanks}]+$`, 'g'), '') : line;
  names.forEach((n, i) => {
    if (!sep || i === names.length - 1) {
      shell.vars.set(n, rest);
      rest = '';
      return;
    }
    const m = sep.exec(rest);
    shell.vars.set(n, m ? rest.slice(0, m.index) : rest);
    rest = m ? rest.slice(m.index + m[0].length) : '';
  });
  return 0;
}

export const BUILTINS: Record<string, Program> = {
  ':': () => 0,
  true: () => 0,
  false: () => 1,
  echo: ({ io }, argv) => {
    let i = 1;
    let newline = true;
    let escapes = false;
    for (; i < argv.length && /^-[neE]+$/.test(argv[i] as string); i++) {
      if ((argv[i] as string).includes('n')) newline = false;
      if ((argv[i] as string).includes('e')) escapes = true;
    }
    let s = argv.slice(i).join(' ');
    if (escapes) s = s.replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\\\/g, '\\');
    io.out(newline ? s + '\n' : s);
    return 0;
  },
  printf: ({ io }, argv) => printf(io, argv.slice(1)),
  test: ({ io, ctx, shell }, argv) => runTest(argv.slice(1), io, ctx.fs, shell.cwd),
  '[': ({ io, ctx, shell }, argv) => {
    if (argv[argv.length - 1] !== ']') {
      io.err('sh: missing ]\n');
      return 2;
    }
    return runTest(argv.slice(1, -1), io, ctx.fs, shell.cwd);
  },
  // busybox ash's `[[ … ]]` (bash test syntax): the test operators only; `&&`/`||` inside are not modelled.
  '[[': ({ io, ctx, shell }, argv) => {
    if (argv[argv.length - 1] !== ']]') {
      io.err('sh: missing ]]\n');
      return 2;
    }
    return runTest(argv.slice(1, -1), io, ctx.fs, shell.cwd);
  },
  // The simulated filesystem has no permission bits: accept a mask, report the usual default.
  umask: ({ io }, argv) => (argv.length === 1 ? io.out('0022\n') : undefined, 0),
  type: ({ shell, ctx, io }, argv) => {
    let st = 0;
    for (const n of argv.slice(1)) {
      if (shell.funcs.has(n)) io.out(`${n} is a function\n`);
      else if (n in BUILTINS) io.out(`${n} is a shell builtin\n`);
      else if (ctx.lookup(n)) io.out(`${n} is ${n.includes('/') ? n : '/bin/' + n}\n`);
      else {
        io.err(`sh: type: ${n}: not found\n`);
        st = 1;
      }
    }
    return st;
  },
  // Background jobs still running (`jobs -p` prints their pids: `trap 'kill $(jobs -p)' TERM`).
  jobs: ({ ctx, shell, io }, argv) => {
    // A pipeline stage still sees its shell's job table (`jobs -p | wc -l`), as in bash and ash.
    const live = ctx.kernel.childrenOf(shell.jobOwner).filter((c) => !c.exited && !c.pipeStage);
    live.forEach((c, n) => io.out(argv.includes('-p') ? `${c.pid}\n` : `[${n + 1}] Running\n`));
    return 0;
  },
  cd: ({ shell, ctx, io }, argv) => {
    const target = absPath(argv[1] ?? shell.vars.get('HOME') ?? '/', shell.cwd);
    if (!ctx.fs.isDir(target)) {
      io.err(`sh: cd: can't cd to ${argv[1] ?? ''}: No such file or directory\n`);
      return 2;
    }
    shell.cwd = target;
    shell.vars.set('PWD', target);
    return 0;
  },
  pwd: ({ shell, io }) => (io.out(shell.cwd + '\n'), 0),
  export: ({ shell }, argv) => {
    for (const a of argv.slice(1)) {
      if (a === '-p') continue;
      const eq = a.indexOf('=');
      const name = eq >= 0 ? a.slice(0, eq) : a;
      if (eq >= 0) shell.vars.set(name, a.slice(eq + 1));
      shell.exported.add(name);
    }
    return 0;
  },
  local: ({ shell }, argv) => {
    for (const a of argv.slice(1)) {
      const eq = a.indexOf('=');
      if (eq >= 0) shell.vars.set(a.slice(0, eq), a.slice(eq + 1));
    }
    return 0;
  },
  readonly: ({ shell }, argv) => {
    for (const a of argv.slice(1)) {
      const eq = a.indexOf('=');
      if (eq >= 0) shell.vars.set(a.slice(0, eq), a.slice(eq + 1));
    }
    return 0;
  },
  unset: ({ shell }, argv) => {
    for (const a of argv.slice(1)) {
      if (a === '-f') continue;
      shell.vars.delete(a);
      shell.exported.delete(a);
      shell.funcs.delete(a);
    }
    return 0;
  },
  set,
  shift: ({ shell }, argv) => {
    const n = num(argv[1], 1);
    if (n > shell.args.length) return 1;
    shell.args = shell.args.slice(n);
    return 0;
  },
  exit: ({ shell }, argv) => {
    throw new ShellExit(num(argv[1], shell.status) & 255);
  },
  return: ({ shell }, argv) => {
    throw new FuncReturn(num(argv[1], shell.status) & 255);
  },
  break: (_inv, argv) => {
    throw new LoopControl('break', num(argv[1], 1));
  },
  continue: (_inv, argv) => {
    throw new LoopControl('continue', num(argv[1], 1));
  },
  trap,
  wait,
  kill,
  exec: function* (inv, argv): Co {
    if (argv.length === 1) return 0;
    // `exec prog`: the program replaces the shell, so its own signal handling applies.
    throw new ShellExit(yield* inv.shell.invoke(argv.slice(1), inv.io, true));
  },
  eval: function* (inv, argv): Co {
    return yield* inv.shell.list(parseScript(argv.slice(1).join(' ')), inv.io);
  },
  '.': function* (inv, argv): Co {
    const path = absPath(argv[1] ?? '', inv.shell.cwd);
    const src = inv.ctx.fs.read(path);
    if (src === undefined) {
      inv.io.err(`sh: .: can't open '${argv[1] ?? ''}'\n`);
      return 2;
    }
    return yield* inv.shell.list(parseScript(src), inv.io);
  },
  read: ({ shell, io, proc }, argv) => {
    const names = argv.slice(1).filter((a) => !a.startsWith('-'));
    if (!io.pipe) {
      const nl = io.input.indexOf('\n');
      if (io.input === '') return 1;
      const line = nl >= 0 ? io.input.slice(0, nl) : io.input;
      io.input = nl >= 0 ? io.input.slice(nl + 1) : '';
      return assignRead(shell, names, line);
    }
    // From a pipe: wait for a whole line (or end-of-file) from the stage before.
    return (function* (): Co {
      const line = yield* readLine(io, proc);
      return line === undefined ? 1 : assignRead(shell, names, line.replace(/\n$/, ''));
    })();
  },
  command: function* (inv, argv): Co {
    if (argv[1] === '-v') {
      const n = argv[2] ?? '';
      if (n in BUILTINS || inv.ctx.lookup(n)) {
        inv.io.out(n + '\n');
        return 0;
      }
      return 1;
    }
    return argv.length > 1 ? yield* inv.shell.invoke(argv.slice(1), inv.io, false) : 0;
  },
};
BUILTINS['source'] = BUILTINS['.'] as Program;
