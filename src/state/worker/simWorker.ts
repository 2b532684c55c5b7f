/// <reference lib="webworker" />
/**
 * Runs the simulation off the main thread so typing never waits for it. The trace goes back by
 * structured clone (it is plain data by contract), its probe results in parts ahead of the answer
 * (./parts.ts). The worker keeps its last simulation, so a longer horizon of the same scenario is
 * answered with only what is new (see ../incremental.ts).
 */
import { createIncrementalRun } from '../incremental';
import type { RunRequest } from '../runOnce';
import { splitAnswer } from './parts';

const run = createIncrementalRun();
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (e: MessageEvent<RunRequest>) => {
  const { parts, answer } = splitAnswer(run(e.data));
  for (const p of parts) scope.postMessage(p);
  scope.postMessage(answer);
};
