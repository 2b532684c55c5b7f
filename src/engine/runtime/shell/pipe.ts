/**
 * Pipes between concurrent pipeline stages (pipe(7)). A pipe holds PIPE_CAPACITY characters; a
 * writer past that blocks until the reader drains it, a reader with nothing to read blocks until
 * data or end-of-file, and a write after the read end closed kills the writer with SIGPIPE (141).
 * Blocking is the kernel's: the process registers itself as a waiter and yields Infinity; any
 * change to the pipe marks its waiters `woken`, so the interpreter stays resumable and deterministic.
 */
import type { Co, Proc } from '../kernel';
import type { Invocation, IO } from './context';

type Gen<T> = Generator<number, T, void>;

/** Linux's default pipe capacity (64 KiB): past it a writer blocks. */
export const PIPE_CAPACITY = 64 * 1024;
/** A single write larger than this is cut (a program writing one huge string cannot be blocked midway). */
export const PIPE_HARD_CAP = 1024 * 1024;
/** Exit status of a process killed by SIGPIPE (128 + 13). */
export const SIGPIPE_STATUS = 141;

export class Pipe {
  private buf = '';
  writeClosed = false;
  readClosed = false;
  /** A reader blocked on this empty pipe (set by `waitRead`). */
  private readerWaiting = false;
  /** Data arrived for a blocked reader that has not taken it yet: the writer lets it run first. */
  readerWoken = false;
  /** The writer has yielded once after its first write (the reader, started after it, gets to run). */
  handedOver = false;
  /** Writes refused because the read end was closed (each one is a SIGPIPE for the writer). */
  broken = 0;
  private readonly waiters = new Set<Proc>();

  /** Append `s`; false when the read end is closed (the writer must die of SIGPIPE). */
  write(s: string): boolean {
    if (this.readClosed) {
      this.broken++;
      return false;
    }
    if (!s) return true;
    if (this.readerWaiting) this.readerWoken = true;
    this.buf += this.buf.length + s.length > PIPE_HARD_CAP ? s.slice(0, Math.max(0, PIPE_HARD_CAP - this.buf.length)) : s;
    this.wake();
    return true;
  }

  /** True when a writer should block (buffer at capacity and someone may still read it). */
  full(): boolean {
    return !this.readClosed && this.buf.length >= PIPE_CAPACITY;
  }

  /** Something to read now, or end-of-file. */
  readable(): boolean {
    return this.buf.length > 0 || this.writeClosed;
  }

  /** Everything buffered (at most `max` characters); '' at end-of-file or when empty. */
  take(max = Infinity): string {
    const s = max >= this.buf.length ? this.buf : this.buf.slice(0, max);
    this.buf = this.buf.slice(s.length);
    this.readerWoken = false;
    if (s) this.wake();
    return s;
  }

  /** One line with its newline; at end-of-file the unterminated rest; undefined when the caller must wait. */
  takeLine(): string | undefined {
    const nl = this.buf.indexOf('\n');
    if (nl < 0 && !this.writeClosed && this.buf.length < PIPE_CAPACITY) return undefined;
    return this.take(nl < 0 ? Infinity : nl + 1);
  }

  closeWrite(): void {
    if (this.writeClosed) return;
    this.writeClosed = true;
    this.wake();
  }

  closeRead(): void {
    if (this.readClosed) return;
    this.readClosed = true;
    this.readerWoken = false;
    this.buf = '';
    this.wake();
  }

  /** Block `p` until the pipe changes (the caller then yields Infinity). */
  waitOn(p: Proc): void {
    this.waiters.add(p);
  }

  /** Block reader `p` until data or end-of-file arrives. */
  waitRead(p: Proc): void {
    this.readerWaiting = true;
    this.readerWoken = false;
    this.waiters.add(p);
  }

  private wake(): void {
    this.readerWaiting = false;
    if (this.waiters.size === 0) return;
    for (const p of this.waiters) p.woken = true;
    this.waiters.clear();
  }
}

/**
 * The write end as an `out` sink. A refused write only counts (`broken`): who dies of the SIGPIPE
 * depends on who wrote — a program (`yes`) ends with 141 and its shell goes on, a builtin (`echo`)
 * is the shell itself, which then dies (runSimple decides).
 */
export function pipeWriter(pipe: Pipe): (s: string) => void {
  return (s) => void pipe.write(s);
}

/**
 * After a write: block while `io`'s stdout pipe is full (write(2) on a full pipe), or let a reader
 * the write just woke run first at the same instant (as the node's scheduler would), so a shell
 * loop feeding `head -1` is not counted as a runaway while it fills 64 KiB one short line at a time.
 */
export function* drainOut(io: IO, proc: Proc, now: () => number): Gen<void> {
  const p = io.outPipe;
  if (p && !p.full() && (p.readerWoken || !p.handedOver)) {
    p.handedOver = true;
    yield now();
    return;
  }
  while (p && p.full() && !proc.exited) {
    p.waitOn(proc);
    yield Infinity;
  }
}

/** The next chunk of stdin: a pipe's buffered data (blocking until some arrives), or the whole string input once; undefined at end-of-file. */
export function* readChunk(io: IO, proc: Proc): Gen<string | undefined> {
  const p = io.pipe;
  if (!p) {
    if (io.input === '') return undefined;
    const s = io.input;
    io.input = '';
    return s;
  }
  while (!p.readable()) {
    p.waitRead(proc);
    yield Infinity;
  }
  const s = p.take();
  return s === '' ? undefined : s;
}

/** The next line of stdin (with its newline, if it had one); undefined at end-of-file. */
export function* readLine(io: IO, proc: Proc): Gen<string | undefined> {
  const p = io.pipe;
  if (!p) {
    if (io.input === '') return undefined;
    const nl = io.input.indexOf('\n');
    const line = nl < 0 ? io.input : io.input.slice(0, nl + 1);
    io.input = io.input.slice(line.length);
    return line;
  }
  for (;;) {
    const line = p.takeLine();
    if (line !== undefined) return line === '' ? undefined : line;
    p.waitRead(proc);
    yield Infinity;
  }
}

/** All of stdin up to end-of-file (bounded by the pipe's hard cap). */
export function* readAll(io: IO, proc: Proc): Gen<string> {
  let all = '';
  for (;;) {
    const c = yield* readChunk(io, proc);
    if (c === undefined) return all;
    if (all.length < PIPE_HARD_CAP) all += c;
  }
}

/**
 * Wrap a tool that reads its whole stdin as one string: with a pipe on stdin it first waits for
 * end-of-file (as `sort` or `wc` must), otherwise it runs synchronously (the probe fast path
 * calls tools without a process).
 */
export function slurping(tool: (inv: Invocation, argv: string[]) => number | Co, readsStdin: (argv: string[]) => boolean = () => true): (inv: Invocation, argv: string[]) => number | Co {
  return (inv, argv) => {
    if (!inv.io.pipe || !readsStdin(argv)) return tool(inv, argv);
    return (function* (): Co {
      const input = yield* readAll(inv.io, inv.proc);
      const io: IO = { out: inv.io.out, err: inv.io.err, input };
      if (inv.io.outPipe) io.outPipe = inv.io.outPipe;
      const r = tool({ ...inv, io }, argv);
      const st = typeof r === 'number' ? r : yield* r;
      yield* drainOut(io, inv.proc, () => inv.ctx.world.now());
      return st;
    })();
  };
}
