/**
 * Simple commands: `VAR=x cmd args >file`. Expansion, redirections, temporary assignments, then a
 * function, builtin or program. Builtins and tools that finish at once are called without an
 * extra generator layer (most probe commands are one `cat` or `test`).
 */
import type { Command } from './ast';
import { BUILTINS } from './builtins';
import { ExpansionError, ShellExit, type IO } from './context';
import { expandWord } from './expand';
import type { Shell } from './interp';
import { drainOut, SIGPIPE_STATUS } from './pipe';

type Gen<T> = Generator<number, T, void>;

/** Run one simple command in `sh`; returns its status (and updates `$?`). */
export function* runSimple(sh: Shell, c: Extract<Command, { t: 'simple' }>, io0: IO): Gen<number> {
  if (sh.ctx.kernel.step(sh.proc)) yield sh.spin();
  let argv: string[];
  try {
    argv = sh.expandSync(c.words) ?? (yield* sh.expandAll(c.words));
    if (argv.length === 0) {
      for (const a of c.assigns) sh.vars.set(a.name, a.value.hasSub ? yield* sh.expandOne(a.value) : (expandWord(sh, a.value, undefined, false)[0] ?? ''));
      const io = c.redirs.length === 0 ? io0 : yield* sh.redirectWith(c.redirs, io0);
      return io ? (c.words.some((w) => w.hasSub) || c.assigns.some((a) => a.value.hasSub) ? sh.status : 0) : 1;
    }
  } catch (e) {
    if (!(e instanceof ExpansionError)) throw e;
    io0.err(`sh: ${e.message}\n`);
    // An expansion error makes a non-interactive shell exit (POSIX 2.8.1).
    throw new ShellExit(2);
  }
  const io = c.redirs.length === 0 ? io0 : yield* sh.redirectWith(c.redirs, io0);
  if (!io) return 1;
  // `VAR=x cmd`: the assignment is in the command's environment only.
  const saved: [string, string | undefined, boolean][] | undefined = c.assigns.length ? [] : undefined;
  for (const a of c.assigns) {
    saved?.push([a.name, sh.vars.get(a.name), sh.exported.has(a.name)]);
    sh.vars.set(a.name, a.value.hasSub ? yield* sh.expandOne(a.value) : (expandWord(sh, a.value, undefined, false)[0] ?? ''));
    sh.exported.add(a.name);
  }
  if (sh.xtrace) io.err(`+ ${argv.join(' ')}\n`);
  const exec = sh.execNext;
  sh.execNext = false;
  const broken = io.outPipe?.broken ?? 0;
  let st: number;
  try {
    // Builtins and tools that finish at once are called without an extra generator layer.
    const name = argv[0] as string;
    const prog = sh.funcs.has(name) ? undefined : (BUILTINS[name] ?? sh.ctx.lookup(name));
    if (prog) {
      const r = prog({ ctx: sh.ctx, shell: sh, proc: sh.proc, io, exec }, argv);
      st = typeof r === 'number' ? r : yield* r;
    } else st = yield* sh.invoke(argv, io, exec);
  } finally {
    if (saved) for (const [n, v, wasExported] of saved) {
      if (v === undefined) sh.vars.delete(n);
      else sh.vars.set(n, v);
      if (!wasExported) sh.exported.delete(n);
    }
  }
  if (io.outPipe && io.outPipe.broken > broken) {
    // SIGPIPE: a builtin's write kills the shell itself; a program dies alone, with 128 + 13.
    if (BUILTINS[argv[0] as string] && !sh.funcs.has(argv[0] as string) && sh.proc.pid !== 1) sh.ctx.kernel.exit(sh.proc, SIGPIPE_STATUS);
    st = SIGPIPE_STATUS;
  }
  sh.status = st;
  // Writing into a full pipe blocks until the next stage reads (or closes it: SIGPIPE on the next write).
  if (io.outPipe && (io.outPipe.full() || io.outPipe.readerWoken || !io.outPipe.handedOver)) yield* drainOut(io, sh.proc, () => sh.ctx.world.now());
  if (sh.proc.exited) throw new ShellExit(sh.proc.exited.code);
  if (sh.pending.length > 0) yield* sh.runTraps(io);
  return st;
}
