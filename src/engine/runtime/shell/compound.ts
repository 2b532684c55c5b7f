/**
 * Compound commands of the interpreter: `if`, `while`/`until`, `for`, `case`, `{ …; }` and
 * `( … )`. Like everything in the shell they are generators yielding the simulated time to resume
 * at, so a loop around `sleep` never blocks the simulator. Simple commands stay in interp.ts.
 */
import type { Command, List } from './ast';
import { LoopControl, type IO } from './context';
import { patternOf } from './expand';
import type { Shell } from './interp';
import { matchPattern } from './pattern';

type Gen<T> = Generator<number, T, void>;
type Compound = Exclude<Command, { t: 'simple' } | { t: 'func' }>;

/** Run a compound command whose redirections have already been applied to `io`. */
export function* runCompound(sh: Shell, c: Compound, io: IO): Gen<number> {
  switch (c.t) {
    case 'if':
      for (const cl of c.clauses) {
        if ((yield* cond(sh, cl.cond, io)) === 0) return yield* sh.list(cl.body, io);
      }
      return c.otherwise ? yield* sh.list(c.otherwise, io) : 0;
    case 'loop': {
      let st = 0;
      for (;;) {
        if ((yield* cond(sh, c.cond, io)) === 0 === c.until) break;
        const r = yield* loopBody(sh, c.body, io);
        st = r.st;
        if (r.brk) break;
      }
      return st;
    }
    case 'for': {
      const items = c.items ? yield* sh.expandAll(c.items) : [...sh.args];
      let st = 0;
      for (const it of items) {
        sh.vars.set(c.name, it);
        const r = yield* loopBody(sh, c.body, io);
        st = r.st;
        if (r.brk) break;
      }
      return st;
    }
    case 'case':
      return yield* runCase(sh, c, io);
    case 'group': {
      if (!c.subshell) return yield* sh.list(c.body, io);
      const sub = sh.clone(sh.proc);
      try {
        return yield* sub.list(c.body, io);
      } catch (e) {
        return sub.unwindCode(e, io);
      }
    }
  }
}

/**
 * `case`: the word is expanded without field splitting or globbing, each pattern in order
 * (POSIX 2.9.4.3); the first match runs its list. No match: status 0.
 */
function* runCase(sh: Shell, c: Extract<Command, { t: 'case' }>, io: IO): Gen<number> {
  const word = yield* sh.expandOne(c.word);
  for (const item of c.items) {
    for (const p of item.patterns) {
      const subs = p.hasSub ? yield* sh.substitutions(p) : undefined;
      if (matchPattern(patternOf(sh, p, subs), word)) {
        return item.body.length === 0 ? 0 : yield* sh.list(item.body, io);
      }
    }
  }
  return 0;
}

/** A condition list: `set -e` does not apply inside it. */
function* cond(sh: Shell, list: List, io: IO): Gen<number> {
  sh.condDepth++;
  try {
    return yield* sh.list(list, io);
  } finally {
    sh.condDepth--;
  }
}

function* loopBody(sh: Shell, body: List, io: IO): Gen<{ st: number; brk: boolean }> {
  // Each iteration counts as a step, so `while true; do :; done` is caught as a runaway.
  if (sh.ctx.kernel.step(sh.proc)) yield sh.spin();
  try {
    return { st: yield* sh.list(body, io), brk: false };
  } catch (e) {
    if (!(e instanceof LoopControl)) throw e;
    if (e.levels > 1) {
      e.levels--;
      throw e;
    }
    return { st: sh.status, brk: e.kind === 'break' };
  }
}

