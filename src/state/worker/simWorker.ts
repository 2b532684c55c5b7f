/// <reference lib="webworker" />
/**
 * Runs the simulation off the main thread so typing never waits for it. The trace goes back by
 * structured clone (it is plain data by contract).
 */
import { runOnce, type RunRequest } from '../runOnce';

self.onmessage = (e: MessageEvent<RunRequest>) => {
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(runOnce(e.data));
};
