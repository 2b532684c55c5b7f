/**
 * The resumable sh interpreter. Every construct is a generator that yields the simulated time it
 * wants to be resumed at, so a script can `sleep 30` without the simulator waiting for anything.
 *
 * Traps follow dash/ash/bash: a trapped signal only marks the trap pending; the handler runs when
 * the current foreground command has finished. So `trap 'exit 0' TERM; sleep 600` keeps sleeping
 * until SIGKILL, while `sleep 600 & wait` runs the trap at once (the `wait` builtin is interrupted).
 */
import type { Co, Proc } from '../kernel';
import type { Signal } from '../types';
import { ShellSyntaxError, type AndOr, type Command, type List, type Redir, type Word, type WordPart } from './ast';
import { BUILTINS } from './builtins';
import { runCompound } from './compound';
import { ExpansionError, FuncReturn, LoopControl, ShellExit, type Ctx, type IO } from './context';
import { expandWord, MAX_VALUE, type ExpandHost, type SubResults } from './expand';
import { parseScript } from './parser';
import { applyRedirects } from './redirect';
import { runSimple } from './simple';
import { andOr, background } from './pipeline';

type Gen<T> = Generator<number, T, void>;

export { ExpansionError };

/**
 * Function calls and compound commands active at once in one shell. Each level is a few nested
 * generators on the JS stack; a real shell recursing without end (`f() { f; }; f`) runs out of
 * stack and dies with SIGSEGV (status 139), so past this depth the simulated shell does the same.
 */
export const MAX_EXEC_DEPTH = 250;

/** Thrown when the shell "runs out of stack": it dies at once with 139, without its EXIT trap. */
export class StackCrash {}

export class Shell implements ExpandHost {
  vars = new Map<string, string>();
  exported = new Set<string>();
  funcs = new Map<string, Command>();
  args: string[] = [];
  name = 'sh';
  status = 0;
  lastBg = 0;
  cwd = '/';
  errexit = false;
  xtrace = false;
  /** `set -o pipefail` (busybox ash, bash): a pipeline fails with its last failing stage's status. */
  pipefail = false;
  traps = new Map<string, string>();
  pending: Signal[] = [];
  condDepth = 0;
  /** Active function calls and compound commands (inherited by subshells: a fork keeps its stack). */
  depth = 0;
  /** Whether the last and-or list ran its final pipeline (for `set -e`; see pipeline.ts). */
  lastRan = false;
  private exitTrapRan = false;
  /** Whose children `jobs` lists: the shell's own process, or for a pipeline stage its parent shell's. */
  jobOwner: Proc;
  /** Set for the one command that replaces the shell (`sh -c "single command"`). */
  execNext = false;

  constructor(
    readonly ctx: Ctx,
    public proc: Proc,
  ) {
    this.jobOwner = proc;
  }

  get fs() {
    return this.ctx.fs;
  }

  /** The shell becomes the process's signal handler: traps decide, else the default action. */
  installSignalHandler(): void {
    this.proc.onSignal = (sig) => {
      const t = this.traps.get(sig);
      if (t === undefined) return 'default';
      if (t === '') return 'ignore';
      this.pending.push(sig);
      return 'handled';
    };
  }

  /** A subshell or background job: copies variables and functions; traps reset (POSIX). */
  clone(proc: Proc): Shell {
    const s = new Shell(this.ctx, proc);
    s.vars = new Map(this.vars);
    s.exported = new Set(this.exported);
    s.funcs = new Map(this.funcs);
    s.args = [...this.args];
    s.name = this.name;
    s.cwd = this.cwd;
    s.status = this.status;
    s.lastBg = this.lastBg;
    s.errexit = this.errexit;
    s.pipefail = this.pipefail;
    s.depth = this.depth;
    for (const [k, v] of this.traps) if (v === '') s.traps.set(k, v);
    return s;
  }

  getVar(name: string): string | undefined {
    switch (name) {
      case '?': return String(this.status);
      case '$': return String(this.proc.pid);
      case '!': return this.lastBg ? String(this.lastBg) : '';
      case '#': return String(this.args.length);
      case '0': return this.name;
      case '-': return this.errexit ? 'e' : '';
      // PID 1 of a container has no parent in its namespace (0); others see their parent shell.
      case 'PPID': return this.vars.get('PPID') ?? String(this.proc.parent?.pid ?? 0);
      default:
        if (/^[1-9]$/.test(name)) return this.args[Number(name) - 1];
        return this.vars.get(name);
    }
  }
  setVar(name: string, v: string): void {
    this.vars.set(name, v);
  }
  positional(): string[] {
    return this.args;
  }
  fail(message: string): never {
    throw new ExpansionError(message);
  }

  /** Environment passed to programs (exported variables). */
  env(): Record<string, string> {
    const e: Record<string, string> = {};
    for (const k of this.exported) {
      const v = this.vars.get(k);
      if (v !== undefined) e[k] = v;
    }
    return e;
  }

  /** Run a whole script as this shell's program; returns the exit status (runs the EXIT trap). */
  *runScript(src: string, io: IO): Co {
    let code: number;
    try {
      const list = parseScript(src);
      this.execNext = isSingleCommand(list);
      code = yield* this.list(list, io);
    } catch (e) {
      if (e instanceof ShellSyntaxError) {
        io.err(`sh: ${e.message}\n`);
        return 2;
      }
      if (e instanceof StackCrash) return 139;
      code = this.unwindCode(e, io);
    }
    return yield* this.exit(code, io);
  }

  /** Run `list` to completion as this shell's program (background job / parsed trap bodies). */
  *runList(list: List, io: IO): Co {
    let code: number;
    try {
      code = yield* this.list(list, io);
    } catch (e) {
      if (e instanceof StackCrash) return 139;
      code = this.unwindCode(e, io);
    }
    return yield* this.exit(code, io);
  }

  unwindCode(e: unknown, io: IO): number {
    if (e instanceof ShellExit) return e.code;
    if (e instanceof FuncReturn) return e.code;
    if (e instanceof LoopControl) return this.status;
    if (e instanceof StackCrash) return 139; // a subshell or command substitution crashed alone
    if (e instanceof ExpansionError) {
      io.err(`sh: ${e.message}\n`);
      return 2;
    }
    throw e;
  }

  private *exit(code: number, io: IO): Gen<number> {
    const t = this.traps.get('EXIT');
    if (t && !this.exitTrapRan) {
      this.exitTrapRan = true;
      this.status = code;
      try {
        yield* this.list(parseScript(t), io);
      } catch (e) {
        if (e instanceof ShellExit) return e.code;
        if (!(e instanceof ShellSyntaxError)) throw e;
      }
    }
    return code;
  }

  /** Run pending trap handlers (called after each foreground command and by `wait`). */
  *runTraps(io: IO): Gen<void> {
    while (this.pending.length > 0) {
      const sig = this.pending.shift() as Signal;
      const action = this.traps.get(sig);
      if (!action) continue;
      const saved = this.status;
      try {
        yield* this.list(parseScript(action), io);
      } catch (e) {
        if (e instanceof ShellSyntaxError) io.err(`sh: ${e.message}\n`);
        else throw e;
      }
      this.status = saved;
    }
  }

  *list(list: List, io: IO): Gen<number> {
    for (const ao of list) {
      if (ao.background) {
        background(this, ao, io);
        continue;
      }
      // Fast path: a lone simple command skips the and-or/pipeline layers (each is a generator).
      const c = ao.first.cmds[0] as Command;
      const st = ao.rest.length === 0 && !ao.first.bang && ao.first.cmds.length === 1 ? yield* this.command(c, io) : yield* andOr(this, ao, io);
      this.status = st;
      if (this.errexit && st !== 0 && this.condDepth === 0 && (ao.rest.length === 0 ? !ao.first.bang : this.lastRan)) throw new ShellExit(st);
    }
    return this.status;
  }

  *command(c: Command, io0: IO): Gen<number> {
    if (c.t === 'simple') return yield* runSimple(this, c, io0);
    if (c.t === 'func') {
      this.funcs.set(c.name, c.body);
      return 0;
    }
    const io = c.redirs.length === 0 ? io0 : yield* this.redirectWith(c.redirs, io0);
    if (!io) return 1;
    this.enter(io);
    try {
      return yield* runCompound(this, c, io);
    } finally {
      this.depth--;
    }
  }

  /** One level deeper (function call or compound command); past MAX_EXEC_DEPTH the shell crashes. */
  private enter(io: IO): void {
    if (++this.depth <= MAX_EXEC_DEPTH) return;
    this.depth--;
    this.ctx.kernel.problem(`pid ${this.proc.pid}: recursion deeper than ${MAX_EXEC_DEPTH} levels; the shell runs out of stack (SIGSEGV)`);
    io.err('Segmentation fault\n');
    throw new StackCrash();
  }

  /** Over budget: the process spins (blocks until a signal or child exit gives it a new budget). */
  spin(): number {
    this.ctx.kernel.spin(this.proc);
    return Infinity;
  }

  /** Expand words that need no command substitution at once; undefined when one has `$(…)`. */
  expandSync(words: Word[]): string[] | undefined {
    const out: string[] = [];
    for (const w of words) {
      if (w.hasSub) return undefined;
      if (w.plain !== undefined && !/[*?]/.test(w.plain)) out.push(w.plain);
      else out.push(...expandWord(this, w, undefined));
    }
    return out;
  }

  *expandAll(words: Word[]): Gen<string[]> {
    const fast = this.expandSync(words);
    if (fast) return fast;
    const out: string[] = [];
    for (const w of words) {
      const subs = w.hasSub ? yield* this.substitutions(w) : undefined;
      out.push(...expandWord(this, w, subs));
    }
    return out;
  }

  *expandOne(w: Word): Gen<string> {
    if (w.plain !== undefined) return w.plain;
    const subs = w.hasSub ? yield* this.substitutions(w) : undefined;
    return expandWord(this, w, subs, false)[0] ?? '';
  }

  /** Run the `$(…)` parts of a word in a subshell and collect their output. */
  *substitutions(w: Word): Gen<SubResults> {
    const res: SubResults = new Map();
    const visit = function* (this: Shell, parts: WordPart[]): Gen<void> {
      for (const p of parts) {
        if (p.t === 'sub') {
          let out = '';
          const sub = this.clone(this.proc);
          // Bounded: past MAX_VALUE the expansion fails with "out of memory" anyway.
          const io: IO = { out: (s) => void (out.length <= MAX_VALUE && (out += s)), err: (s) => this.ctx.kernel.write(s), input: '' };
          try {
            this.status = yield* sub.list(p.body, io);
          } catch (e) {
            this.status = sub.unwindCode(e, io);
          }
          res.set(p, out);
        } else if (p.t === 'var') {
          if (p.arg?.hasSub) yield* visit.call(this, p.arg.parts);
          if (p.arg2?.hasSub) yield* visit.call(this, p.arg2.parts);
        } else if (p.t === 'arith' && p.word?.hasSub) yield* visit.call(this, p.word.parts);
      }
    };
    yield* visit.call(this, w.parts);
    return res;
  }

  /** Apply redirections; undefined (status 1, message written) when a file cannot be opened. */
  redirect(redirs: Redir[], io: IO): IO | undefined {
    return redirs.length === 0 ? io : applyRedirects(this, redirs, io);
  }

  /** Like `redirect`, running the `$(…)` in targets and here-document bodies first (they may take time). */
  *redirectWith(redirs: Redir[], io: IO): Gen<IO | undefined> {
    let subs: Map<Word, SubResults> | undefined;
    for (const r of redirs) if (r.target.hasSub) (subs ??= new Map()).set(r.target, yield* this.substitutions(r.target));
    return applyRedirects(this, redirs, io, subs);
  }

  /** Run a command by name: function, builtin, or program; 127 when nothing is found. */
  *invoke(argv: string[], io: IO, exec: boolean): Gen<number> {
    const name = argv[0] as string;
    const fn = this.funcs.get(name);
    if (fn) {
      const savedArgs = this.args;
      this.args = argv.slice(1);
      this.enter(io);
      try {
        return yield* this.command(fn, io);
      } catch (e) {
        if (e instanceof FuncReturn) return e.code;
        throw e;
      } finally {
        this.args = savedArgs;
        this.depth--;
      }
    }
    const builtin = BUILTINS[name];
    const prog = builtin ?? this.ctx.lookup(name);
    if (!prog) {
      io.err(`sh: ${name}: not found\n`);
      return 127;
    }
    const r = prog({ ctx: this.ctx, shell: this, proc: this.proc, io, exec }, argv);
    return typeof r === 'number' ? r : yield* r;
  }

}

/** `sh -c "sleep 3600"`: dash and bash exec a lone simple command instead of forking it. */
function isSingleCommand(list: List): boolean {
  if (list.length !== 1) return false;
  const ao = list[0] as AndOr;
  const c = ao.first.cmds[0];
  return !ao.background && ao.rest.length === 0 && !ao.first.bang && ao.first.cmds.length === 1 && c?.t === 'simple' && c.words.length > 0;
}
