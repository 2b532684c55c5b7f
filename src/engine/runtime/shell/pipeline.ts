/**
 * And-or lists (`a && b || c`), pipelines (`a | b`, `! a`) and background jobs (`a &`). Pipeline
 * stages are concurrent child processes joined by bounded pipes (pipe.ts).
 */
import type { Co, Proc } from '../kernel';
import type { AndOr, Command, Pipeline } from './ast';
import type { IO } from './context';
import type { Shell } from './interp';
import { Pipe, pipeWriter } from './pipe';

type Gen<T> = Generator<number, T, void>;

/** `cmd &`: run the and-or list in a forked child; a failed fork is reported like ash does. */
export function background(sh: Shell, ao: AndOr, io: IO): void {
  const fg: AndOr = { ...ao, background: false };
  const child = sh.ctx.kernel.spawn(sh.proc, (p) => {
    const job = sh.clone(p);
    job.installSignalHandler();
    // POSIX 2.9.3: without job control an async list's stdin is /dev/null.
    const bgIO: IO = { out: io.out, err: io.err, input: '' };
    if (io.outPipe) bgIO.outPipe = io.outPipe;
    return job.runList([fg], bgIO);
  });
  if (!child) {
    io.err('sh: can\'t fork: Resource temporarily unavailable\n');
    sh.status = 2;
    return;
  }
  sh.lastBg = child.pid;
  sh.status = 0;
}

/**
 * `a && b || c`. Under `set -e` only a failing *last* pipeline ends the shell (POSIX 2.14 `set -e`:
 * commands of an AND-OR list other than the last are exempt); `lastRan` tells list() which it was.
 */
export function* andOr(sh: Shell, ao: AndOr, io: IO): Gen<number> {
  sh.lastRan = ao.rest.length === 0 && !ao.first.bang;
  if (ao.rest.length === 0) return yield* pipeline(sh, ao.first, io);
  let st: number;
  sh.condDepth++;
  try {
    st = yield* pipeline(sh, ao.first, io);
  } finally {
    sh.condDepth--;
  }
  let lastRan = false;
  for (let i = 0; i < ao.rest.length; i++) {
    const r = ao.rest[i] as AndOr['rest'][number];
    if ((r.op === '&&') !== (st === 0)) continue;
    sh.status = st;
    const last = i === ao.rest.length - 1;
    if (!last) sh.condDepth++;
    try {
      st = yield* pipeline(sh, r.p, io);
    } finally {
      if (!last) sh.condDepth--;
    }
    lastRan = last && !r.p.bang;
  }
  sh.lastRan = lastRan;
  return st;
}

function* pipeline(sh: Shell, p: Pipeline, io: IO): Gen<number> {
  let st: number;
  if (p.bang) sh.condDepth++;
  try {
    st = p.cmds.length === 1 ? yield* sh.command(p.cmds[0] as Command, io) : yield* concurrent(sh, p.cmds, io);
  } finally {
    if (p.bang) sh.condDepth--;
  }
  return p.bang ? (st === 0 ? 1 : 0) : st;
}

/**
 * `a | b | c`: every stage is a forked subshell (as in ash and dash, so `echo x | read v` leaves
 * `v` unset here), all running at once, joined by bounded pipes; the shell waits for all of them
 * and takes the last one's status. A stage that exits closes its pipe ends: the reader then sees
 * end-of-file, the writer SIGPIPE (`yes | head -1` ends).
 */
function* concurrent(sh: Shell, cmds: Command[], io: IO): Gen<number> {
  const kernel = sh.ctx.kernel;
  const pipes = cmds.slice(1).map(() => new Pipe());
  const stages: Proc[] = [];
  try {
    for (let i = 0; i < cmds.length; i++) {
      const from = pipes[i - 1];
      const to = pipes[i];
      const child = kernel.spawn(sh.proc, (proc) => {
        const sub = sh.clone(proc);
        proc.pipeStage = true;
        sub.jobOwner = sh.jobOwner;
        sub.installSignalHandler();
        const stageIO: IO = { out: to ? pipeWriter(to) : io.out, err: io.err, input: from ? '' : io.input };
        if (from) stageIO.pipe = from;
        else if (io.pipe) stageIO.pipe = io.pipe;
        if (to) stageIO.outPipe = to;
        else if (io.outPipe) stageIO.outPipe = io.outPipe;
        return stage(sub, cmds[i] as Command, stageIO, from, to);
      });
      if (!child) {
        io.err("sh: can't fork: Resource temporarily unavailable\n");
        from?.closeRead(); // the stages already running see SIGPIPE instead of blocking forever
        break;
      }
      stages.push(child);
    }
    // Wait for every stage (a child's exit wakes this process).
    while (stages.some((q) => !q.exited)) yield Infinity;
    if (stages.length < cmds.length) return 2;
    const codes = stages.map((q) => q.exited?.code ?? 0);
    // pipefail: the rightmost non-zero status (bash, busybox ash); otherwise the last stage's.
    return (sh.pipefail ? codes.filter((c) => c !== 0).pop() : undefined) ?? (codes[codes.length - 1] as number);
  } finally {
    // Aborted from outside (`timeout`, the shell killed): the stages go with it, so nothing is left
    // blocked on a pipe nobody drains.
    for (const q of stages) if (!q.exited) kernel.exit(q, 143, 'TERM');
    for (const q of pipes) {
      q.closeWrite();
      q.closeRead();
    }
  }
}

/** One pipeline stage as a subshell; its pipe ends close when it ends, however it ends. */
function* stage(sub: Shell, cmd: Command, io: IO, from: Pipe | undefined, to: Pipe | undefined): Co {
  try {
    return yield* sub.runList([{ first: { bang: false, cmds: [cmd] }, rest: [], background: false }], io);
  } finally {
    from?.closeRead();
    to?.closeWrite();
  }
}
