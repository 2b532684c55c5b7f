/**
 * The contract between the simulated kubelet (sim/) and the behaviour runtime (runtime/):
 * what the processes in the containers do (ARCHITECTURE §6).
 *
 * Time: every call happens at the simulator's current time `world.now()` (ms since creation).
 * A process is a resumable coroutine: `run()` advances it to `now` and returns when it blocks
 * (sleeping until `wakeAt`, waiting for a signal, or serving forever) or exits. The simulator keeps
 * one agenda entry per process at its `wakeAt` and calls `run()` again then, or right after
 * delivering a signal. Nothing here may read the wall clock or Math.random.
 */
import type { Diagnostic } from '../model/diagnostics';
import type { AttemptBehaviour } from '../model/behaviour';
import type { ContainerSpec, PodModel } from '../model/spec';

export type Signal = 'TERM' | 'KILL' | 'INT' | 'QUIT' | 'HUP' | 'USR1';

export interface HttpResponse {
  status: number;
  body?: string;
  /** Redirect target for 3xx. */
  location?: string;
}

export type NetError = 'unresolved' | 'refused' | 'timeout' | 'unreachable';
export type NetResult<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      error: NetError;
      /** The Go-style error text kubelet/probes would print, e.g. `dial tcp 10.244.0.7:80: connect: connection refused`. */
      message: string;
    };

/** What a process, a probe or a hook can see of the world. Implemented by the simulator. */
export interface World {
  now(): number;
  /** The pod's IP (also reachable as `localhost`/`127.0.0.1` from inside the pod). */
  podIP: string;
  /**
   * Cluster DNS as seen from the pod (search path `<ns>.svc.cluster.local svc.cluster.local cluster.local`):
   * Services of the simulated namespace resolve to their ClusterIP; `localhost` to 127.0.0.1;
   * the pod's own hostname to its IP; anything else is unresolvable (no internet in the sandbox).
   */
  resolve(name: string): string | null;
  /** An HTTP GET at `now`. `host` is an IP or a name (resolved with `resolve`). */
  httpGet(host: string, port: number, path: string, timeoutMs: number): NetResult<HttpResponse>;
  /** A TCP connect at `now`. */
  tcpConnect(host: string, port: number, timeoutMs: number): NetResult<true>;
  /** gRPC health check (`grpc.health.v1.Health/Check`). */
  grpcCheck(host: string, port: number, service: string, timeoutMs: number): NetResult<'SERVING' | 'NOT_SERVING' | 'UNKNOWN'>;
}

/** A file system view: the container's own files plus mounted volumes. Paths are absolute. */
export interface Fs {
  exists(path: string): boolean;
  isDir(path: string): boolean;
  read(path: string): string | undefined;
  write(path: string, data: string, append?: boolean): boolean;
  remove(path: string, recursive?: boolean): boolean;
  mkdir(path: string, parents?: boolean): boolean;
  list(path: string): string[] | undefined;
}

/** A volume shared by the pod's containers; survives container restarts (emptyDir semantics). */
export interface Volume {
  readonly name: string;
}

/** Something listening on a port of the pod. */
export interface Server {
  /** Answer an HTTP GET, or 'hang' when it would not answer in time (counts as a timeout). */
  http(path: string): HttpResponse | 'hang';
  /** gRPC health status. */
  grpc?(service: string): 'SERVING' | 'NOT_SERVING' | 'UNKNOWN';
}

export type ProcessState =
  /** Blocked. `wakeAt` is the next time it wants to run; undefined = only a signal wakes it. */
  | { state: 'running'; wakeAt?: number }
  /** Exited (or killed). `code` is the exit status (128+n after signal n; 137 on OOM). */
  | { state: 'exited'; code: number; oom?: boolean; signal?: Signal };

export interface Process {
  /** Advance to `world.now()` and run until blocked or exited. Idempotent at the same time. */
  run(): ProcessState;
  /**
   * Deliver a signal (KILL ends it at once with 137). PID 1 with no handler for TERM/INT/QUIT
   * ignores it, as on a real node. Call `run()` afterwards.
   */
  signal(sig: Signal): void;
  /** Ports this process listens on right now. */
  listening(): ReadonlyMap<number, Server>;
  /** Combined stdout+stderr so far (the container log). */
  output(): string;
}

export interface MainProcessInput {
  pod: PodModel;
  spec: ContainerSpec;
  /** The behaviour annotation for this attempt (already resolved per attempt). */
  behaviour: AttemptBehaviour;
  /** 0-based attempt number (restartCount at start). */
  attempt: number;
  fs: Fs;
  world: World;
}

export interface ExecInput {
  command: string[];
  spec: ContainerSpec;
  pod: PodModel;
  fs: Fs;
  world: World;
  /** The container's PID 1, so that `kill 1` or `nginx -s quit` can signal it. */
  main?: Process;
}

/** Facts the catalogue knows about an image. */
export interface ImageInfo {
  /** Normalised reference, e.g. `docker.io/library/nginx:1.27`. */
  reference: string;
  /** Size in bytes, for the `Pulled` event. */
  sizeBytes: number;
  /** Simulated pull time in ms. */
  pullMs: number;
  /** A pull of an image already on the node (`Always`): only the manifest is resolved (ms). */
  manifestMs?: number;
  /** A pull that fails on the manifest (not found, denied): how long until the error (ms). */
  failMs?: number;
  /** The image exists in its registry (unknown images are assumed to exist). */
  exists: boolean;
  /** Ports the default program listens on. */
  ports: number[];
  /** Human description, for narration. */
  description: string;
}

/** What the runtime offers the simulator. */
export interface Runtime {
  imageInfo(image: string): ImageInfo;
  /** A pod volume; `files` (relative path → content) pre-fills it (configMap/secret volumes). */
  createVolume(name: string, files?: Readonly<Record<string, string>>): Volume;
  /** A fresh container file system (image files + the given volume mounts). */
  createFs(spec: ContainerSpec, volumes: ReadonlyMap<string, Volume>): Fs;
  /** Start the container's PID 1 (command/args, image default, behaviour annotation). */
  startMain(input: MainProcessInput): Process;
  /** Start an exec (probe, hook, `kubectl exec`). */
  startExec(input: ExecInput): Process;
  /** Static checks of a container's commands and exec handlers (unknown programs, shell syntax). */
  analyze(spec: ContainerSpec): Diagnostic[];
  /**
   * Optional: interpreter steps taken so far by every process running in `world` (monotonic). The
   * engine charges them to its work bound (R004) so a runaway script cannot outrun it.
   */
  work?(world: World): number;
}
