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
import { ShellSyntaxError, type AndOr, type Command, type List, type Pipeline, type Redir, type Word, type WordPart } from './ast';
import { BUILTINS } from './builtins';
import { FuncReturn, LoopControl, ShellExit, type Ctx, type IO } from './context';
import { expandWord, type ExpandHost, type SubResults } from './expand';
import { parseScript } from './parser';
import { applyRedirects } from './redirect';

type Gen<T> = Generator<number, T, void>;

export class ExpansionError extends Error {}

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
  traps = new Map<string, string>();
  pending: Signal[] = [];
  private condDepth = 0;
  private lastRan = false;
  private exitTrapRan = false;
  /** Set for the one command that replaces the shell (`sh -c "single command"`). */
  execNext = false;

  constructor(
    readonly ctx: Ctx,
    public proc: Proc,
  ) {}

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
      code = this.unwindCode(e, io);
    }
    return yield* this.exit(code, io);
  }

  private unwindCode(e: unknown, io: IO): number {
    if (e instanceof ShellExit) return e.code;
    if (e instanceof FuncReturn) return e.code;
    if (e instanceof LoopControl) return this.status;
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
        this.background(ao, io);
        continue;
      }
      // Fast path: a lone simple command skips the and-or/pipeline layers (each is a generator).
      const c = ao.first.cmds[0] as Command;
      const st = ao.rest.length === 0 && !ao.first.bang && ao.first.cmds.length === 1 ? yield* this.command(c, io) : yield* this.andOr(ao, io);
      this.status = st;
      if (this.errexit && st !== 0 && this.condDepth === 0 && (ao.rest.length === 0 ? !ao.first.bang : this.lastRan)) throw new ShellExit(st);
    }
    return this.status;
  }

  private background(ao: AndOr, io: IO): void {
    const fg: AndOr = { ...ao, background: false };
    const child = this.ctx.kernel.spawn(this.proc, (p) => {
      const sh = this.clone(p);
      sh.installSignalHandler();
      return sh.runList([fg], io);
    });
    if (!child) {
      io.err('sh: can\'t fork: Resource temporarily unavailable\n');
      this.status = 2;
      return;
    }
    this.lastBg = child.pid;
    this.status = 0;
  }

  /**
   * `a && b || c`. Under `set -e` only a failing *last* pipeline ends the shell (POSIX 2.14 `set -e`:
   * commands of an AND-OR list other than the last are exempt); `lastRan` tells list() which it was.
   */
  private *andOr(ao: AndOr, io: IO): Gen<number> {
    this.lastRan = ao.rest.length === 0 && !ao.first.bang;
    if (ao.rest.length === 0) return yield* this.pipeline(ao.first, io);
    let st: number;
    this.condDepth++;
    try {
      st = yield* this.pipeline(ao.first, io);
    } finally {
      this.condDepth--;
    }
    let lastRan = false;
    for (let i = 0; i < ao.rest.length; i++) {
      const r = ao.rest[i] as AndOr['rest'][number];
      if ((r.op === '&&') !== (st === 0)) continue;
      this.status = st;
      const last = i === ao.rest.length - 1;
      if (!last) this.condDepth++;
      try {
        st = yield* this.pipeline(r.p, io);
      } finally {
        if (!last) this.condDepth--;
      }
      lastRan = last && !r.p.bang;
    }
    this.lastRan = lastRan;
    return st;
  }

  private *pipeline(p: Pipeline, io: IO): Gen<number> {
    let st: number;
    if (p.bang) this.condDepth++;
    try {
      if (p.cmds.length === 1) st = yield* this.command(p.cmds[0] as Command, io);
      else {
        // Stages run one after another, each reading the previous one's output (enough for
        // `cat f | grep x`; a pipeline with a never-ending first stage is not modelled).
        let input = io.input;
        st = 0;
        for (let i = 0; i < p.cmds.length; i++) {
          const last = i === p.cmds.length - 1;
          let buf = '';
          const stage: IO = { out: last ? io.out : (s) => (buf += s), err: io.err, input };
          st = yield* this.command(p.cmds[i] as Command, stage);
          input = buf;
        }
      }
    } finally {
      if (p.bang) this.condDepth--;
    }
    return p.bang ? (st === 0 ? 1 : 0) : st;
  }

  private *command(c: Command, io0: IO): Gen<number> {
    if (c.t === 'simple') return yield* this.simple(c, io0);
    if (c.t === 'func') {
      this.funcs.set(c.name, c.body);
      return 0;
    }
    const io = this.redirect(c.redirs, io0);
    if (!io) return 1;
    switch (c.t) {
      case 'if':
        for (const cl of c.clauses) {
          if ((yield* this.cond(cl.cond, io)) === 0) return yield* this.list(cl.body, io);
        }
        return c.otherwise ? yield* this.list(c.otherwise, io) : 0;
      case 'loop': {
        let st = 0;
        for (;;) {
          if ((yield* this.cond(c.cond, io)) === 0 === c.until) break;
          const r = yield* this.loopBody(c.body, io);
          st = r.st;
          if (r.brk) break;
        }
        return st;
      }
      case 'for': {
        const items = c.items ? yield* this.expandAll(c.items) : [...this.args];
        let st = 0;
        for (const it of items) {
          this.vars.set(c.name, it);
          const r = yield* this.loopBody(c.body, io);
          st = r.st;
          if (r.brk) break;
        }
        return st;
      }
      case 'group': {
        if (!c.subshell) return yield* this.list(c.body, io);
        const sub = this.clone(this.proc);
        try {
          return yield* sub.list(c.body, io);
        } catch (e) {
          return sub.unwindCode(e, io);
        }
      }
    }
  }

  private *cond(list: List, io: IO): Gen<number> {
    this.condDepth++;
    try {
      return yield* this.list(list, io);
    } finally {
      this.condDepth--;
    }
  }

  private *loopBody(body: List, io: IO): Gen<{ st: number; brk: boolean }> {
    // Each iteration counts as a step, so `while true; do :; done` is caught as a runaway.
    if (this.ctx.kernel.step(this.proc)) yield this.spin();
    try {
      return { st: yield* this.list(body, io), brk: false };
    } catch (e) {
      if (!(e instanceof LoopControl)) throw e;
      if (e.levels > 1) {
        e.levels--;
        throw e;
      }
      return { st: this.status, brk: e.kind === 'break' };
    }
  }

  /** Over budget: the process spins (blocks until a signal or child exit gives it a new budget). */
  private spin(): number {
    this.ctx.kernel.spin(this.proc);
    return Infinity;
  }

  private expandSync(words: Word[]): string[] | undefined {
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
  private *substitutions(w: Word): Gen<SubResults> {
    const res: SubResults = new Map();
    const visit = function* (this: Shell, parts: WordPart[]): Gen<void> {
      for (const p of parts) {
        if (p.t === 'sub') {
          let out = '';
          const sub = this.clone(this.proc);
          const io: IO = { out: (s) => (out += s), err: (s) => this.ctx.kernel.write(s), input: '' };
          try {
            this.status = yield* sub.list(p.body, io);
          } catch (e) {
            this.status = sub.unwindCode(e, io);
          }
          res.set(p, out);
        } else if (p.t === 'var' && p.arg?.hasSub) yield* visit.call(this, p.arg.parts);
      }
    };
    yield* visit.call(this, w.parts);
    return res;
  }

  /** Apply redirections; undefined (status 1, message written) when a file cannot be opened. */
  redirect(redirs: Redir[], io: IO): IO | undefined {
    return redirs.length === 0 ? io : applyRedirects(this, redirs, io);
  }

  private *simple(c: Extract<Command, { t: 'simple' }>, io0: IO): Gen<number> {
    if (this.ctx.kernel.step(this.proc)) yield this.spin();
    let argv: string[];
    try {
      argv = this.expandSync(c.words) ?? (yield* this.expandAll(c.words));
      if (argv.length === 0) {
        for (const a of c.assigns) this.vars.set(a.name, a.value.hasSub ? yield* this.expandOne(a.value) : (expandWord(this, a.value, undefined, false)[0] ?? ''));
        const io = this.redirect(c.redirs, io0);
        return io ? (c.words.some((w) => w.hasSub) || c.assigns.some((a) => a.value.hasSub) ? this.status : 0) : 1;
      }
    } catch (e) {
      if (!(e instanceof ExpansionError)) throw e;
      io0.err(`sh: ${e.message}\n`);
      // An expansion error makes a non-interactive shell exit (POSIX 2.8.1).
      throw new ShellExit(2);
    }
    const io = this.redirect(c.redirs, io0);
    if (!io) return 1;
    // `VAR=x cmd`: the assignment is in the command's environment only.
    const saved: [string, string | undefined, boolean][] | undefined = c.assigns.length ? [] : undefined;
    for (const a of c.assigns) {
      saved?.push([a.name, this.vars.get(a.name), this.exported.has(a.name)]);
      this.vars.set(a.name, a.value.hasSub ? yield* this.expandOne(a.value) : (expandWord(this, a.value, undefined, false)[0] ?? ''));
      this.exported.add(a.name);
    }
    if (this.xtrace) io.err(`+ ${argv.join(' ')}\n`);
    const exec = this.execNext;
    this.execNext = false;
    let st: number;
    try {
      // Builtins and tools that finish at once are called without an extra generator layer.
      const name = argv[0] as string;
      const prog = this.funcs.has(name) ? undefined : (BUILTINS[name] ?? this.ctx.lookup(name));
      if (prog) {
        const r = prog({ ctx: this.ctx, shell: this, proc: this.proc, io, exec }, argv);
        st = typeof r === 'number' ? r : yield* r;
      } else st = yield* this.invoke(argv, io, exec);
    } finally {
      if (saved) for (const [n, v, wasExported] of saved) {
        if (v === undefined) this.vars.delete(n);
        else this.vars.set(n, v);
        if (!wasExported) this.exported.delete(n);
      }
    }
    this.status = st;
    if (this.proc.exited) throw new ShellExit(this.proc.exited.code);
    if (this.pending.length > 0) yield* this.runTraps(io);
    return st;
  }

  /** Run a command by name: function, builtin, or program; 127 when nothing is found. */
  *invoke(argv: string[], io: IO, exec: boolean): Gen<number> {
    const name = argv[0] as string;
    const fn = this.funcs.get(name);
    if (fn) {
      const savedArgs = this.args;
      this.args = argv.slice(1);
      try {
        return yield* this.command(fn, io);
      } catch (e) {
        if (e instanceof FuncReturn) return e.code;
        throw e;
      } finally {
        this.args = savedArgs;
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
