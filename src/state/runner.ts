/**
 * Debounced simulation runner: the newest request wins, older answers are dropped. Uses a Web
 * Worker when the platform has one, and falls back to running inline (tests, old browsers, or a
 * worker that failed to start).
 */
import type { RunRequest, RunResponse } from './runOnce';

export const RUN_DEBOUNCE_MS = 150;

export interface Runner {
  /** Schedules a run; `immediate` skips the debounce (scenario load, first paint). */
  request(req: Omit<RunRequest, 'id'>, immediate?: boolean): void;
  dispose(): void;
}

export interface RunnerOptions {
  onStart(): void;
  onResult(res: RunResponse): void;
  /** Injected for tests; defaults to a module worker, or inline when Worker is missing. */
  createWorker?: () => Worker | null;
  runInline?: (req: RunRequest) => Promise<RunResponse>;
  debounceMs?: number;
}

function defaultWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./worker/simWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

const inline = async (req: RunRequest): Promise<RunResponse> =>
  (await import('./runOnce')).runOnce(req);

/** Creates a runner; call `dispose` to stop its worker. */
export function createRunner(opts: RunnerOptions): Runner {
  const debounceMs = opts.debounceMs ?? RUN_DEBOUNCE_MS;
  const runInline = opts.runInline ?? inline;
  let worker = (opts.createWorker ?? defaultWorker)();
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: RunRequest | null = null;

  const deliver = (res: RunResponse) => {
    if (res.id === latest) opts.onResult(res);
  };
  const fallBack = () => {
    worker?.terminate();
    worker = null;
    if (pending) void runInline(pending).then(deliver);
  };
  if (worker) {
    worker.onmessage = (e: MessageEvent<RunResponse>) => {
      if (pending?.id === e.data.id) pending = null;
      deliver(e.data);
    };
    // A worker that cannot load (CSP, old browser) must not leave the page without results.
    worker.onerror = (e) => {
      e.preventDefault();
      fallBack();
    };
  }

  const start = (req: RunRequest) => {
    pending = req;
    opts.onStart();
    if (worker) worker.postMessage(req);
    else void runInline(req).then(deliver);
  };

  return {
    request(req, immediate = false) {
      const full = { ...req, id: ++latest };
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      if (immediate || debounceMs <= 0) start(full);
      else timer = setTimeout(() => start(full), debounceMs);
    },
    dispose() {
      if (timer !== undefined) clearTimeout(timer);
      worker?.terminate();
      worker = null;
    },
  };
}
