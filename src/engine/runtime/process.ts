/**
 * The Process handles the simulator drives: a container's PID 1 (with the behaviour overlay) and
 * exec processes (probes, hooks, `kubectl exec`). Each owns a Kernel with its coroutines.
 */
import type { AttemptBehaviour } from '../model/behaviour';
import { containerEnv, resolveArgv } from './command';
import { overlayChangeTimes, overlayListening } from './behaviour';
import type { ImageEntry } from './images';
import { Kernel, type Co, type Proc } from './kernel';
import { genericApp } from './programs/apps';
import { lookupProgram } from './programs/lookup';
import type { Ctx, IO } from './shell/context';
import { Shell } from './shell/interp';
import type { ExecInput, MainProcessInput, Process, ProcessState, Server, Signal } from './types';

/** Extra introspection beyond the contract: runaway processes and similar problems. */
export interface InspectableProcess extends Process {
  /** Human-readable problems (e.g. a loop that spins without sleeping). Empty when all is well. */
  problems(): readonly string[];
}

function logIO(kernel: Kernel): IO {
  const w = (s: string) => kernel.write(s);
  return { out: w, err: w, input: '' };
}

/** Start `argv` as the first process of `kernel` (exec semantics: the program is the process). */
function launch(ctx: Ctx, env: ReadonlyMap<string, string>, argv: string[], notFound: (io: IO, name: string) => number): Proc {
  const proc = ctx.kernel.spawn(undefined, (p) => {
    const root = new Shell(ctx, p);
    root.vars = new Map(env);
    root.exported = new Set(env.keys());
    root.cwd = ctx.spec.workingDir ?? '/';
    const io = logIO(ctx.kernel);
    return (function* (): Co {
      const name = argv[0];
      const prog = name === undefined ? genericApp('app') : ctx.lookup(name);
      if (!prog) return notFound(io, name ?? '');
      const r = prog({ ctx, shell: root, proc: p, io, exec: true }, argv);
      return typeof r === 'number' ? r : yield* r;
    })();
  });
  return proc as Proc;
}

function stateOf(p: Proc, nextWake: number | undefined): ProcessState {
  if (p.exited) {
    const s: ProcessState = { state: 'exited', code: p.exited.code };
    if (p.exited.signal) s.signal = p.exited.signal;
    if (p.exited.oom) s.oom = true;
    return s;
  }
  return nextWake === undefined ? { state: 'running' } : { state: 'running', wakeAt: nextWake };
}

export class MainProcess implements InspectableProcess {
  readonly kernel: Kernel;
  private readonly pid1: Proc;
  private readonly startedAt: number;
  private readonly b: AttemptBehaviour;
  private readonly changeTimes: number[];
  /** A signal reached PID 1 (its exit is then real, not masked by the annotation's `exit`). */
  private signalled = false;

  constructor(private readonly input: MainProcessInput, image: ImageEntry | undefined) {
    const { world, fs, spec, pod, behaviour } = input;
    this.kernel = new Kernel({ world, fs });
    this.startedAt = world.now();
    this.b = behaviour;
    this.changeTimes = overlayChangeTimes(behaviour).map((t) => this.startedAt + t);
    const ctx: Ctx = { kernel: this.kernel, fs, world, pod, spec, image, mode: 'main', startedAt: this.startedAt, behaviour, lookup: (n) => lookupProgram(n, ctx) };
    const env = containerEnv(pod, spec);
    const { argv } = resolveArgv(spec, image, env);
    // A missing binary as PID 1: the runtime cannot start the container (StartError, exit 128 in real life).
    this.pid1 = launch(ctx, env, argv, (io, name) => {
      io.err(`exec: "${name}": executable file not found in $PATH\n`);
      return 128;
    });
  }

  run(): ProcessState {
    const now = this.input.world.now();
    const b = this.b;
    const k = this.kernel;
    if (!this.pid1.exited) {
      if (b.memory && now >= this.startedAt + b.memory.oomAfter) k.exit(this.pid1, 137, undefined, true);
      else if (b.exit && now >= this.startedAt + b.exit.after) k.exit(this.pid1, b.exit.code);
    }
    if (!this.pid1.exited) k.run();
    // The annotation's `exit` overrides the program: one that ends earlier by itself (busybox's
    // default `sh`) is reported running until `exit.after`, then exits with `exit.code`.
    const ex = this.pid1.exited;
    if (ex && b.exit && !this.signalled && !ex.signal && !ex.oom) {
      const at = this.startedAt + b.exit.after;
      if (now < at) return { state: 'running', wakeAt: at };
      return { state: 'exited', code: b.exit.code };
    }
    let wake = k.nextWake();
    for (const t of this.changeTimes) if (t > now && (wake === undefined || t < wake)) wake = t;
    return stateOf(this.pid1, wake);
  }

  signal(sig: Signal): void {
    const p = this.pid1;
    if (p.exited && this.b.exit && !this.signalled) {
      // Still "running" under the annotation's exit override: a signal ends it now.
      if (sig === 'KILL' || (sig === 'TERM' && this.b.sigterm !== 'ignore')) this.signalled = true;
      if (sig === 'KILL') p.exited = { code: 137, signal: 'KILL' };
      else if (sig === 'TERM' && this.b.sigterm !== 'ignore') p.exited = { code: this.b.sigterm?.code ?? 143, ...(this.b.sigterm ? {} : { signal: 'TERM' as const }) };
      return;
    }
    if (p.exited) return;
    this.signalled = true;
    // The annotation's `sigterm` replaces the program's own reaction to SIGTERM.
    if (sig === 'TERM' && this.b.sigterm !== undefined) {
      const s = this.b.sigterm;
      if (s === 'ignore') return;
      const at = this.input.world.now() + s.exitAfter;
      if (p.exitAt === undefined || at < p.exitAt) {
        p.exitAt = at;
        p.exitCode = s.code;
      }
      p.woken = true;
      return;
    }
    this.kernel.signal(p, sig);
  }

  listening(): ReadonlyMap<number, Server> {
    const elapsed = this.input.world.now() - this.startedAt;
    if (this.pid1.exited) {
      const masked = this.b.exit && !this.signalled && elapsed < this.b.exit.after;
      return masked ? overlayListening(new Map(), this.b, this.input.spec, elapsed) : new Map();
    }
    return overlayListening(this.kernel.listening(), this.b, this.input.spec, elapsed);
  }

  output(): string {
    return this.kernel.output();
  }

  problems(): readonly string[] {
    return this.kernel.problems;
  }
}

/** Exec processes get pids after the container's own (they are never the namespace init). */
const EXEC_FIRST_PID = 7;

export class ExecProcess implements InspectableProcess {
  readonly kernel: Kernel;
  private readonly proc: Proc;

  constructor(input: ExecInput, image: ImageEntry | undefined) {
    const { world, fs, spec, pod, main } = input;
    this.kernel = new Kernel({ world, fs }, EXEC_FIRST_PID);
    const ctx: Ctx = {
      kernel: this.kernel,
      fs,
      world,
      pod,
      spec,
      image,
      mode: 'exec',
      startedAt: world.now(),
      behaviour: {},
      lookup: (n) => lookupProgram(n, ctx),
    };
    if (main) ctx.main = main;
    if (main instanceof MainProcess) ctx.mainControl = (name) => main.kernel.programs.get(name);
    this.proc = launch(ctx, containerEnv(pod, spec), input.command, (io, name) => {
      // What `kubectl exec` / an exec probe reports when the binary is missing (runc via containerd).
      io.err(`OCI runtime exec failed: exec failed: unable to start container process: exec: "${name}": executable file not found in $PATH: unknown\n`);
      return 127;
    });
  }

  run(): ProcessState {
    if (!this.proc.exited) this.kernel.run();
    return stateOf(this.proc, this.kernel.nextWake());
  }
  signal(sig: Signal): void {
    this.kernel.signal(this.proc, sig);
  }
  listening(): ReadonlyMap<number, Server> {
    return this.kernel.listening();
  }
  output(): string {
    return this.kernel.output();
  }
  problems(): readonly string[] {
    return this.kernel.problems;
  }
}
