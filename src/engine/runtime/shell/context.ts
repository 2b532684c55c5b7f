/** Types shared by the shell interpreter, its builtins and the programs it runs. */
import type { AttemptBehaviour } from '../../model/behaviour';
import type { ContainerSpec, PodModel } from '../../model/spec';
import type { ImageEntry } from '../images';
import type { Co, Kernel, Proc } from '../kernel';
import type { Fs, Process, Signal, World } from '../types';
import type { Shell } from './interp';
import type { Pipe } from './pipe';

export interface IO {
  out(s: string): void;
  err(s: string): void;
  input: string;
  /** Standard input is the read end of this pipe (a later pipeline stage); `input` is then unused. */
  pipe?: Pipe;
  /** Standard output is the write end of this pipe: writers check it to block when it is full. */
  outPipe?: Pipe;
}

/** Everything a container's processes share. */
export interface Ctx {
  kernel: Kernel;
  fs: Fs;
  world: World;
  pod: PodModel;
  spec: ContainerSpec;
  /** Catalogue entry of the container's image (undefined: unknown image). */
  image: ImageEntry | undefined;
  /** `main`: PID 1 and its children; `exec`: a probe, hook or `kubectl exec`. */
  mode: 'main' | 'exec';
  /** Time the container (or the exec) started. */
  startedAt: number;
  behaviour: AttemptBehaviour;
  /** The container's PID 1 (exec mode), for `kill 1` and `nginx -s quit`. */
  main?: Process;
  /** Exec mode: signal a program running in the main container by name (`nginx -s quit`). */
  mainControl?: (name: string) => ((sig: Signal) => void) | undefined;
  /** Resolve a program name (`sleep`, `/usr/local/nginx/sbin/nginx`) in this container. */
  lookup(name: string): Program | undefined;
}

/** One program invocation. `exec` = it replaced the shell (its signal handling is the process's). */
export interface Invocation {
  ctx: Ctx;
  shell: Shell;
  proc: Proc;
  io: IO;
  exec: boolean;
}

/** A program returns its exit status at once, or a coroutine for anything that takes time. */
export type Program = (inv: Invocation, argv: string[]) => number | Co;

/** Thrown by `exit` (and by fatal shell errors) to unwind to the shell's top. */
export class ShellExit {
  constructor(readonly code: number) {}
}
/** Thrown by `break`/`continue`. */
export class LoopControl {
  constructor(
    readonly kind: 'break' | 'continue',
    public levels: number,
  ) {}
}
/** Thrown by `return` inside a function. */
export class FuncReturn {
  constructor(readonly code: number) {}
}

/** An expansion failed (bad arithmetic, `${x:?}`): the message is printed and the shell exits 2. */
export class ExpansionError extends Error {}

/** Sink that drops everything. */
export const DEV_NULL = (_s: string): void => {};
