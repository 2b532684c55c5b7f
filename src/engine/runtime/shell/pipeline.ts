/**
 * And-or lists (`a && b || c`), pipelines (`a | b`, `! a`) and background jobs (`a &`). Pipeline
 * stages run one after another, each reading the previous one's output (enough for `cat f | grep x`).
 */
import type { AndOr, Command, Pipeline } from './ast';
import type { IO } from './context';
import type { Shell } from './interp';

type Gen<T> = Generator<number, T, void>;

/** Characters one pipeline stage may hand to the next. */
export const PIPE_KEEP = 1024 * 1024;

/** `cmd &`: run the and-or list in a forked child; a failed fork is reported like ash does. */
export function background(sh: Shell, ao: AndOr, io: IO): void {
  const fg: AndOr = { ...ao, background: false };
  const child = sh.ctx.kernel.spawn(sh.proc, (p) => {
    const job = sh.clone(p);
    job.installSignalHandler();
    return job.runList([fg], io);
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
    if (p.cmds.length === 1) st = yield* sh.command(p.cmds[0] as Command, io);
    else {
      // Stages run one after another, each reading the previous one's output (enough for
      // `cat f | grep x`; a pipeline with a never-ending first stage is not modelled).
      let input = io.input;
      st = 0;
      for (let i = 0; i < p.cmds.length; i++) {
        const last = i === p.cmds.length - 1;
        let buf = '';
        // A pipe holds 64 KiB and then blocks its writer; here the writer keeps running, so keep
        // the buffer bounded (a stage that never ends, `while :; do echo; sleep 1; done | …`).
        const stage: IO = { out: last ? io.out : (s) => void (buf.length < PIPE_KEEP && (buf += s)), err: io.err, input };
        st = yield* sh.command(p.cmds[i] as Command, stage);
        input = buf;
      }
    }
  } finally {
    if (p.bang) sh.condDepth--;
  }
  return p.bang ? (st === 0 ? 1 : 0) : st;
}
