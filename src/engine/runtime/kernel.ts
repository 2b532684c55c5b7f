/**
 * A container's process table: cooperative coroutines (generators) on the simulated clock.
 * A coroutine yields the time it wants to be resumed at (Infinity = only an event wakes it);
 * the kernel resumes every due or woken coroutine until nothing is runnable at `now`.
 *
 * Signal rules copied from a real node:
 * - SIGKILL ends any process at once (exit 137).
 * - PID 1 of a container is the init of its PID namespace: the kernel drops signals for which it
 *   has no handler (TERM/INT/QUIT… are ignored, only KILL works) — `kill(2)`, pid_namespaces(7).
 * - Any other process without a handler dies with 128+n (TERM → 143).
 */
import type { Fs, Server, Signal, World } from './types';

export type Co = Generator<number, number, void>;

export const SIGNAL_NUMBERS: Record<Signal, number> = { HUP: 1, INT: 2, QUIT: 3, KILL: 9, USR1: 10, TERM: 15 };

/** What a handler decides for a signal. */
export type SigAction = 'ignore' | 'default' | 'handled' | { exitAfter: number; code: number };

/** Steps a process may take without simulated time passing before it counts as a runaway. */
export const STEP_BUDGET = 100_000;
/** Processes per container before fork fails (a fork loop is bounded). */
export const MAX_PROCS = 64;
/** Steps all processes of one kernel may take in one `run()` call; past it every stepping process spins. */
export const RUN_BUDGET = 2 * STEP_BUDGET;
/**
 * Container log kept in memory (characters). Like the kubelet's log rotation (containerLogMaxSize),
 * older output is dropped and counted, so a fork loop printing one error per failed fork, or a
 * `while true; do echo; done`, cannot grow memory without bound. The termination-message fallback
 * needs only the last 80 lines / 2 KiB; 64 KiB keeps far more than any view shows.
 */
export const LOG_KEEP = 64 * 1024;
/** Problems remembered per container (each runaway process reports one; a fork loop makes many). */
export const PROBLEMS_KEPT = 20;
/**
 * What a fork costs in interpreter steps. A fork builds a whole shell copy, so it is charged like
 * that much work: a recursive fork bomb (`f() { f & f & }; f`) otherwise forked ~200k processes
 * (each exiting at once, so the 64-process cap never bites) before the work bound stopped it.
 */
export const FORK_STEPS = 20;
/** Exited children a parent remembers for `wait PID` (older statuses are forgotten, like a shell's job table). */
export const ZOMBIES_KEPT = 64;

/** Interpreter steps of every kernel of one simulation (keyed by its World): the engine charges them to its work bound. */
interface Meter {
  steps: number;
}
const meters = new WeakMap<World, Meter>();

/** Interpreter steps taken so far by all processes that run in `world` (monotonic). */
export function stepsIn(world: World): number {
  return meters.get(world)?.steps ?? 0;
}

export class Proc {
  wakeAt = 0;
  woken = false;
  exited?: { code: number; signal?: Signal; oom?: boolean };
  /** Handler chain: the exec'd program or the shell's traps; undefined = default action. */
  onSignal?: (sig: Signal) => SigAction;
  /** Scheduled exit from a signal handler or the behaviour overlay. */
  exitAt?: number;
  exitCode = 0;
  readonly servers = new Map<number, Server>();
  steps = 0;
  stepsAt = -1;
  spinning = false;
  /** A signal arrived since it started spinning: only that gives a runaway a fresh budget (a trap may run). */
  signalled = false;
  /** A pipeline stage (a subshell the shell waits for at once, never listed as a job). */
  pipeStage = false;
  /** Recently exited children, for `wait PID` after the process table dropped them. */
  readonly zombies = new Map<number, Proc>();
  constructor(
    readonly pid: number,
    readonly parent: Proc | undefined,
    public co: Co,
  ) {}
}

export interface KernelEnv {
  world: World;
  fs: Fs;
}

export class Kernel {
  /** Live processes, plus exited ones until the next compaction (reaped processes are dropped). */
  readonly procs: Proc[] = [];
  private nextPid: number;
  private alive = 0;
  private dead = 0;
  private runSteps = 0;
  private readonly meter: Meter;
  private log: string[] = [];
  private logSize = 0;
  /** Characters of output dropped from the head of the log so far (rotation). */
  logDropped = 0;
  readonly problems: string[] = [];
  /** Programs running in this container by name (for `nginx -s quit` style control). */
  readonly programs = new Map<string, (sig: Signal) => void>();
  /** The process whose coroutine is executing right now. */
  running: Proc | undefined;

  /** `firstPid` 1 for a container's main process; an exec gets later pids (it is not the namespace init). */
  constructor(
    readonly env: KernelEnv,
    firstPid = 1,
  ) {
    this.nextPid = firstPid;
    let m = meters.get(env.world);
    if (!m) meters.set(env.world, (m = { steps: 0 }));
    this.meter = m;
  }

  now(): number {
    return this.env.world.now();
  }

  write(s: string): void {
    if (!s) return;
    this.log.push(s);
    this.logSize += s.length;
    // Rotate at twice the kept size, so trimming costs amortised O(1) per character written.
    if (this.logSize > 2 * LOG_KEEP) this.rotate();
  }

  /** Keep the last LOG_KEEP characters, starting at a line boundary when there is one nearby. */
  private rotate(): void {
    const all = this.log.join('');
    let cut = all.length - LOG_KEEP;
    const nl = all.indexOf('\n', cut - 1);
    if (nl >= 0 && nl - cut < 1024) cut = nl + 1;
    this.logDropped += cut;
    this.log = [all.slice(cut)];
    this.logSize = all.length - cut;
  }

  /** The container log: the kept tail, after a line saying how much earlier output was rotated away. */
  output(): string {
    if (this.log.length > 1) this.log = [this.log.join('')];
    const tail = this.log[0] ?? '';
    return this.logDropped > 0 ? `[podlife] log rotated: ${this.logDropped} earlier characters dropped\n${tail}` : tail;
  }

  /** Record a problem (bounded: past PROBLEMS_KEPT - 1 entries, one last entry says more were not listed). */
  problem(text: string): void {
    if (this.problems.length < PROBLEMS_KEPT - 1) this.problems.push(text);
    else if (this.problems.length === PROBLEMS_KEPT - 1) this.problems.push(`${text} (further problems in this container are not listed)`);
  }

  live(): number {
    return this.alive;
  }

  /** Create a process; undefined when the container already has MAX_PROCS live processes. */
  spawn(parent: Proc | undefined, make: (p: Proc) => Co): Proc | undefined {
    if (this.live() >= MAX_PROCS) return undefined;
    this.meter.steps += FORK_STEPS;
    this.runSteps += FORK_STEPS;
    const p = new Proc(this.nextPid++, parent, undefined as unknown as Co);
    p.co = make(p);
    this.procs.push(p);
    this.alive++;
    return p;
  }

  /** A process by pid: a live one, or an exited child its parent still remembers. */
  find(pid: number): Proc | undefined {
    return this.procs.find((p) => p.pid === pid) ?? this.procs.find((p) => p.zombies.has(pid))?.zombies.get(pid);
  }

  /** Children of `parent`: the live ones and the exited ones it still remembers. */
  childrenOf(parent: Proc): Proc[] {
    const out = [...parent.zombies.values()];
    for (const p of this.procs) if (p.parent === parent && !parent.zombies.has(p.pid)) out.push(p);
    return out.sort((a, b) => a.pid - b.pid);
  }

  /** Drop exited processes from the table so fork-heavy scripts stay linear (only between run() passes). */
  private compact(): void {
    if (this.dead < 32 || this.dead < this.alive) return;
    let j = 0;
    for (const p of this.procs) if (!p.exited) this.procs[j++] = p;
    this.procs.length = j;
    this.dead = 0;
  }

  /** Count one interpreter step; true when the process has run away (no time passed for STEP_BUDGET steps). */
  step(p: Proc): boolean {
    const now = this.now();
    if (p.stepsAt !== now) {
      p.stepsAt = now;
      p.steps = 0;
    }
    this.meter.steps++;
    return ++p.steps > STEP_BUDGET || ++this.runSteps > RUN_BUDGET;
  }

  /** Mark `p` as a runaway: it keeps the CPU forever without consuming simulated time. */
  spin(p: Proc): void {
    if (!p.spinning) {
      p.spinning = true;
      this.problem(`pid ${p.pid}: runaway loop (over ${STEP_BUDGET} steps without sleeping); the process spins forever`);
      this.write(`[podlife] pid ${p.pid} is spinning: a loop without sleep never yields\n`);
    }
  }

  exit(p: Proc, code: number, signal?: Signal, oom?: boolean): void {
    if (p.exited) return;
    p.exited = signal ? { code, signal } : { code };
    if (oom) p.exited.oom = true;
    p.servers.clear();
    this.alive--;
    this.dead++;
    if (p.parent) {
      // The parent's shell reaps the child at once and remembers its status for `wait PID`.
      p.parent.zombies.set(p.pid, p);
      if (p.parent.zombies.size > ZOMBIES_KEPT) p.parent.zombies.delete(p.parent.zombies.keys().next().value as number);
    }
    // A coroutine cannot be closed from inside itself; the interpreter checks `exited` after each command.
    if (this.running !== p) p.co.return(code);
    if (p.parent) p.parent.woken = true;
    // The container ends with its PID 1: everything else is killed with it.
    if (p.pid === 1) for (const q of this.procs) if (!q.exited) this.exit(q, 137, 'KILL');
  }

  signal(p: Proc, sig: Signal): void {
    if (p.exited) return;
    const n = SIGNAL_NUMBERS[sig];
    if (sig === 'KILL') return this.exit(p, 137, 'KILL');
    const action = p.onSignal ? p.onSignal(sig) : 'default';
    if (action === 'ignore') return;
    if (action === 'handled') {
      p.woken = true;
      p.signalled = true;
      return;
    }
    if (action === 'default') {
      if (p.pid === 1) return; // namespace init: no handler → dropped
      return this.exit(p, 128 + n, sig);
    }
    const at = this.now() + action.exitAfter;
    if (p.exitAt === undefined || at < p.exitAt) {
      p.exitAt = at;
      p.exitCode = action.code;
    }
    p.woken = true;
    p.signalled = true;
  }

  /** Run every due process until nothing more can happen at `now`. */
  run(): void {
    const now = this.now();
    let guard = 0;
    this.runSteps = 0;
    for (;;) {
      this.compact();
      let progressed = false;
      for (let i = 0; i < this.procs.length; i++) {
        const p = this.procs[i] as Proc;
        if (p.exited) continue;
        if (p.exitAt !== undefined && p.exitAt <= now) {
          this.exit(p, p.exitCode);
          progressed = true;
          continue;
        }
        if (!p.woken && p.wakeAt > now) continue;
        p.woken = false;
        if (p.spinning) {
          // Only a signal gives a runaway a fresh budget (so a trap can run); a child's exit does not
          // change a loop that never sleeps, and re-running it would spin the kernel forever.
          if (!p.signalled) continue;
          p.spinning = false;
          p.steps = 0;
        }
        p.signalled = false;
        this.running = p;
        let r: IteratorResult<number, number>;
        try {
          r = p.co.next();
        } catch (e) {
          // Never let a runtime bug escape into the simulator: the process dies like a crashed shell.
          this.running = undefined;
          if (e instanceof RangeError && /call stack|recursion/i.test(e.message)) {
            // Safety net behind the shell's own depth limits: out of stack is a crash, as in a real shell.
            this.problem(`pid ${p.pid}: the shell ran out of stack (nesting or recursion too deep)`);
            this.write('Segmentation fault\n');
            this.exit(p, 139);
          } else if (e instanceof RangeError) {
            // "Invalid string/array length": a value grew past what memory holds.
            this.problem(`pid ${p.pid}: out of memory (a value grew without bound)`);
            this.write('sh: out of memory\n');
            this.exit(p, 2);
          } else {
            this.problem(`pid ${p.pid}: internal error: ${String(e)}`);
            this.write(`sh: internal error: ${String(e)}\n`);
            this.exit(p, 2);
          }
          progressed = true;
          continue;
        } finally {
          this.running = undefined;
        }
        if (p.exited) continue;
        if (r.done) this.exit(p, r.value);
        else p.wakeAt = r.value;
        progressed = true;
      }
      if (!progressed) break;
      if (++guard > 100_000) {
        for (const p of this.procs) if (!p.exited) this.spin(p);
        break;
      }
    }
  }

  /** Earliest time any live process wants to run (undefined: only a signal wakes the container). */
  nextWake(): number | undefined {
    let t = Infinity;
    for (const p of this.procs) {
      if (p.exited) continue;
      if (!p.spinning) t = Math.min(t, p.wakeAt);
      if (p.exitAt !== undefined) t = Math.min(t, p.exitAt);
    }
    return t === Infinity ? undefined : t;
  }

  /** All ports open in this container right now. */
  listening(): Map<number, Server> {
    const m = new Map<number, Server>();
    for (const p of this.procs) if (!p.exited) for (const [port, s] of p.servers) m.set(port, s);
    return m;
  }
}
