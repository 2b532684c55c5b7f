/**
 * A scripted behaviour runtime for kubelet tests, independent of the real shell: PID 1 follows the
 * `podlife/behavior` model (startup, exit, sigterm, http/tcp schedules, memory.oomAfter) and execs
 * understand a handful of commands (true, false, exit N, sleep N, cat, touch, rm, echo, kill 1,
 * `sh -c "a; b"`). File systems are maps; emptyDir volumes are shared maps.
 */
import type { AttemptBehaviour } from '@/engine/model/behaviour';
import type { ContainerSpec } from '@/engine/model/spec';
import type {
  ExecInput,
  Fs,
  HttpResponse,
  ImageInfo,
  MainProcessInput,
  Process,
  ProcessState,
  Runtime,
  Server,
  Signal,
  Volume,
  World,
} from '@/engine/runtime/types';

export interface FakeRuntimeOptions {
  /** Pull time per image in ms (default 1000). */
  pullMs?: number | Record<string, number>;
  /** Images that do not exist in their registry. */
  missing?: string[];
  /** ImageInfo.failMs / manifestMs (absent: the simulator's defaults). */
  failMs?: number;
  manifestMs?: number;
}

interface FakeVolume extends Volume {
  files: Map<string, string>;
}

/** Normalise an image reference like containerd does: docker.io/library/nginx:latest. */
export function normaliseImage(image: string): string {
  let ref = image;
  if (!/[:@]/.test(ref.split('/').pop() ?? '')) ref += ':latest';
  const first = ref.split('/')[0] ?? '';
  if (!ref.includes('/')) ref = `docker.io/library/${ref}`;
  else if (!first.includes('.') && !first.includes(':') && first !== 'localhost') ref = `docker.io/${ref}`;
  return ref;
}

class MapFs implements Fs {
  constructor(
    private own: Map<string, string>,
    private mounts: { path: string; files: Map<string, string> }[],
  ) {}
  private where(path: string): Map<string, string> {
    for (const m of this.mounts) if (path === m.path || path.startsWith(m.path + '/')) return m.files;
    return this.own;
  }
  exists(path: string): boolean {
    return this.where(path).has(path) || this.isDir(path);
  }
  isDir(path: string): boolean {
    if (this.mounts.some((m) => m.path === path)) return true;
    const prefix = path.endsWith('/') ? path : path + '/';
    for (const k of this.where(path).keys()) if (k.startsWith(prefix)) return true;
    return false;
  }
  read(path: string): string | undefined {
    return this.where(path).get(path);
  }
  write(path: string, data: string, append?: boolean): boolean {
    const m = this.where(path);
    m.set(path, append ? (m.get(path) ?? '') + data : data);
    return true;
  }
  remove(path: string): boolean {
    return this.where(path).delete(path);
  }
  mkdir(): boolean {
    return true;
  }
  list(path: string): string[] | undefined {
    const prefix = path.endsWith('/') ? path : path + '/';
    return [...this.where(path).keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
  }
}

function valueAt<T>(schedule: { from: number; value: T }[], elapsed: number, dflt: T): T {
  let v = dflt;
  for (const s of schedule) if (s.from <= elapsed) v = s.value;
  return v;
}

/** PID 1 scripted by an AttemptBehaviour. Default: serves 200 on its ports forever, dies of TERM (143). */
class FakeMain implements Process {
  private readonly start: number;
  private exited?: Extract<ProcessState, { state: 'exited' }>;
  private term?: { at: number; code: number };
  private log = '';
  constructor(
    private readonly world: World,
    private readonly spec: ContainerSpec,
    private readonly b: AttemptBehaviour,
    private readonly fs: Fs,
  ) {
    this.start = world.now();
    this.log = `${spec.name} started\n`;
  }
  run(): ProcessState {
    if (this.exited) return this.exited;
    const now = this.world.now();
    const candidates: { at: number; code: number; oom?: boolean }[] = [];
    if (this.b.exit) candidates.push({ at: this.start + this.b.exit.after, code: this.b.exit.code });
    if (this.b.memory) candidates.push({ at: this.start + this.b.memory.oomAfter, code: 137, oom: true });
    if (this.term) candidates.push(this.term);
    candidates.sort((a, b) => a.at - b.at);
    const first = candidates[0];
    if (first && first.at <= now) {
      this.log += `exiting with ${first.code}\n`;
      this.exited = { state: 'exited', code: first.code, ...(first.oom ? { oom: true } : {}) };
      return this.exited;
    }
    return first ? { state: 'running', wakeAt: first.at } : { state: 'running' };
  }
  signal(sig: Signal): void {
    if (this.exited) return;
    if (sig === 'KILL') {
      this.exited = { state: 'exited', code: 137, signal: 'KILL' };
      return;
    }
    if (sig !== 'TERM' || this.term) return;
    const st = this.b.sigterm;
    if (st === 'ignore') return;
    const now = this.world.now();
    this.term = st ? { at: now + st.exitAfter, code: st.code } : { at: now, code: 143 };
  }
  listening(): ReadonlyMap<number, Server> {
    const out = new Map<number, Server>();
    if (this.exited) return out;
    const elapsed = this.world.now() - this.start;
    if (elapsed < (this.b.startup ?? 0)) return out;
    const ports = new Set(this.spec.ports.map((p) => p.containerPort));
    for (const k of Object.keys(this.b.tcp ?? {})) ports.add(Number(k));
    for (const port of ports) {
      const tcp = this.b.tcp?.[String(port)];
      if (tcp && !valueAt(tcp.map((x) => ({ from: x.from, value: x.open })), elapsed, true)) continue;
      out.set(port, {
        http: (path: string): HttpResponse | 'hang' => {
          const sched = this.b.http?.[path] ?? this.b.http?.['*'];
          const status = sched ? valueAt(sched.map((x) => ({ from: x.from, value: x.status })), elapsed, 200) : 200;
          return status === 0 ? 'hang' : { status };
        },
      });
    }
    return out;
  }
  output(): string {
    return this.log;
  }
  /** For tests that write the termination log. */
  get files(): Fs {
    return this.fs;
  }
}

/** A tiny exec interpreter: a list of steps, `sleep` blocks on the agenda. */
class FakeExec implements Process {
  private steps: string[][];
  private out = '';
  private sleepUntil?: number;
  private done?: Extract<ProcessState, { state: 'exited' }>;
  constructor(private readonly input: ExecInput) {
    const cmd = input.command;
    if ((cmd[0] === 'sh' || cmd[0] === '/bin/sh') && cmd[1] === '-c') {
      this.steps = (cmd[2] ?? '').split(';').map((s) => s.trim().split(/\s+/).filter(Boolean)).filter((s) => s.length > 0);
    } else this.steps = [cmd];
  }
  run(): ProcessState {
    if (this.done) return this.done;
    const now = this.input.world.now();
    if (this.sleepUntil !== undefined) {
      if (now < this.sleepUntil) return { state: 'running', wakeAt: this.sleepUntil };
      this.sleepUntil = undefined;
    }
    let code = 0;
    while (this.steps.length > 0) {
      const [prog, ...args] = this.steps.shift()!;
      const fs = this.input.fs;
      switch (prog) {
        case 'true':
          code = 0;
          break;
        case 'false':
          code = 1;
          break;
        case 'exit':
          this.done = { state: 'exited', code: Number(args[0] ?? 0) };
          return this.done;
        case 'sleep':
          this.sleepUntil = now + Number(args[0] ?? 0) * 1000;
          return { state: 'running', wakeAt: this.sleepUntil };
        case 'cat': {
          const v = fs.read(args[0] ?? '');
          if (v === undefined) {
            this.out += `cat: can't open '${args[0]}': No such file or directory\n`;
            code = 1;
          } else {
            this.out += v;
            code = 0;
          }
          break;
        }
        case 'touch':
          fs.write(args[0] ?? '', '', true);
          code = 0;
          break;
        case 'rm':
          fs.remove(args[args.length - 1] ?? '');
          code = 0;
          break;
        case 'echo': {
          const gt = args.indexOf('>');
          if (gt >= 0) fs.write(args[gt + 1] ?? '', args.slice(0, gt).join(' ') + '\n');
          else this.out += args.join(' ') + '\n';
          code = 0;
          break;
        }
        case 'wget': {
          // wget <host> <port> <path>: an HTTP GET through the simulated network
          const r = this.input.world.httpGet(args[0] ?? '', Number(args[1] ?? 80), args[2] ?? '/', 1000);
          this.out += r.ok ? `HTTP ${r.value.status}\n` : `${r.message}\n`;
          code = r.ok && r.value.status < 400 ? 0 : 1;
          break;
        }
        case 'kill':
          this.input.main?.signal(args[0] === '-9' ? 'KILL' : 'TERM');
          code = 0;
          break;
        default:
          this.out += `${prog}: not found\n`;
          code = 127;
      }
    }
    this.done = { state: 'exited', code };
    return this.done;
  }
  signal(sig: Signal): void {
    if (sig === 'KILL' && !this.done) this.done = { state: 'exited', code: 137, signal: 'KILL' };
  }
  listening(): ReadonlyMap<number, Server> {
    return new Map();
  }
  output(): string {
    return this.out;
  }
}

/** Build the scripted runtime. */
export function createFakeRuntime(opts: FakeRuntimeOptions = {}): Runtime {
  const missing = new Set(opts.missing ?? []);
  return {
    imageInfo(image: string): ImageInfo {
      const pull = typeof opts.pullMs === 'number' ? opts.pullMs : (opts.pullMs?.[image] ?? 1000);
      return {
        reference: normaliseImage(image),
        sizeBytes: 1_000_000,
        pullMs: pull,
        ...(opts.failMs !== undefined ? { failMs: opts.failMs } : {}),
        ...(opts.manifestMs !== undefined ? { manifestMs: opts.manifestMs } : {}),
        exists: !missing.has(image),
        ports: [],
        description: 'fake image',
      };
    },
    createVolume(name: string): Volume {
      const v: FakeVolume = { name, files: new Map() };
      return v;
    },
    createFs(spec, volumes): Fs {
      const mounts = spec.volumeMounts
        .map((m) => ({ path: m.mountPath, files: (volumes.get(m.name) as FakeVolume | undefined)?.files }))
        .filter((m): m is { path: string; files: Map<string, string> } => m.files !== undefined);
      return new MapFs(new Map(), mounts);
    },
    startMain(input: MainProcessInput): Process {
      return new FakeMain(input.world, input.spec, input.behaviour, input.fs);
    },
    startExec(input: ExecInput): Process {
      return new FakeExec(input);
    },
    analyze() {
      return [];
    },
  };
}
