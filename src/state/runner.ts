/**
 * Simulation runner: the newest request wins, older answers are dropped. Uses a Web Worker when
 * the platform has one, and falls back to running inline (tests, old browsers, or a worker that
 * failed to start).
 *
 * Scheduling: at most one run is in flight. An edit while the worker is idle starts at once (so a
 * keystroke reaches the timeline within one simulation, not after a debounce); edits arriving while
 * it is busy are coalesced and only the newest is sent when the answer comes back.
 *
 * Watchdog: a run that has not answered after `watchdogMs` (a pathological manifest, an engine bug
 * that loops) gets its worker terminated and replaced, and the run is reported as failed. The page
 * and the user's text are never held hostage by a simulation.
 */
import type { RunRequest, RunResponse } from './runOnce';
import { isPart, joinAnswer, type RunPart } from './worker/parts';

/** Default debounce: none; coalescing while busy already keeps the worker from piling up. */
export const RUN_DEBOUNCE_MS = 0;
/** A run that takes longer than this is abandoned (the heavy 1 h scenario needs about 1 s). */
export const RUN_WATCHDOG_MS = 8_000;

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
  /** Abandon a worker run after this long (ms); 0 disables. Inline runs cannot be interrupted. */
  watchdogMs?: number;
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

/** The answer given for a run the watchdog stopped. */
export function watchdogResponse(id: number, ms: number): RunResponse {
  return {
    id, ms, diagnostics: [], actionErrors: [], trace: null,
    error: `no answer after ${Math.round(ms / 1000)} s; the simulation was stopped and restarted`,
  };
}

/** Creates a runner; call `dispose` to stop its worker. */
export function createRunner(opts: RunnerOptions): Runner {
  const debounceMs = opts.debounceMs ?? RUN_DEBOUNCE_MS;
  const watchdogMs = opts.watchdogMs ?? RUN_WATCHDOG_MS;
  const runInline = opts.runInline ?? inline;
  const makeWorker = opts.createWorker ?? defaultWorker;
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dog: ReturnType<typeof setTimeout> | undefined;
  /** The run the worker is computing, and the newest request waiting for it. */
  let inFlight: RunRequest | null = null;
  let queued: RunRequest | null = null;
  /** Parts of the in-flight answer received so far. */
  let parts: RunPart[] = [];
  let disposed = false;

  const deliver = (res: RunResponse) => {
    if (!disposed && res.id === latest) opts.onResult(res);
  };
  const stopDog = () => {
    if (dog !== undefined) clearTimeout(dog);
    dog = undefined;
  };
  const settle = (res: RunResponse) => {
    stopDog();
    inFlight = null;
    deliver(res);
    const next = queued;
    queued = null;
    if (next) start(next);
  };

  const attach = (w: Worker): Worker => {
    w.onmessage = (e: MessageEvent<RunResponse | RunPart>) => {
      const m = e.data;
      if (!inFlight || m.id !== inFlight.id) return;
      // Probe results arrive ahead of their answer, in parts (worker/parts.ts).
      if (isPart(m)) {
        parts.push(m);
        return;
      }
      const whole = joinAnswer(m, parts);
      parts = [];
      settle(whole ?? { id: m.id, ms: m.ms, diagnostics: [], actionErrors: [], trace: null, error: 'the simulation answer arrived incomplete' });
    };
    // A worker that cannot load (CSP, old browser) must not leave the page without results.
    w.onerror = (e) => {
      e.preventDefault();
      fallBack();
    };
    return w;
  };
  const first = makeWorker();
  let worker: Worker | null = first ? attach(first) : null;

  const fallBack = () => {
    stopDog();
    worker?.terminate();
    worker = null;
    const retry = queued ?? inFlight;
    inFlight = null;
    queued = null;
    if (retry) start(retry);
  };

  const start = (req: RunRequest) => {
    if (disposed) return;
    if (!worker) {
      opts.onStart();
      void runInline(req).then(deliver);
      return;
    }
    if (inFlight) {
      queued = req; // newest wins; it goes out when the current answer arrives
      return;
    }
    inFlight = req;
    parts = [];
    opts.onStart();
    worker.postMessage(req);
    if (watchdogMs > 0) {
      dog = setTimeout(() => {
        dog = undefined;
        // The worker may be spinning: it cannot be asked to stop, only replaced.
        worker?.terminate();
        const fresh = makeWorker();
        worker = fresh ? attach(fresh) : null;
        const stuck = inFlight;
        inFlight = null;
        if (stuck) settle(watchdogResponse(stuck.id, watchdogMs));
      }, watchdogMs);
    }
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
      disposed = true;
      if (timer !== undefined) clearTimeout(timer);
      stopDog();
      worker?.terminate();
      worker = null;
    },
  };
}
