/// <reference lib="webworker" />
/**
 * Runs the simulation off the main thread so typing never waits for it. The trace goes back by
 * structured clone (it is plain data by contract). The worker keeps its last simulation, so a longer
 * horizon of the same scenario is answered with only what is new (see ../incremental.ts).
 */
import { createIncrementalRun } from '../incremental';
import type { RunRequest } from '../runOnce';

const run = createIncrementalRun();

self.onmessage = (e: MessageEvent<RunRequest>) => {
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(run(e.data));
};
