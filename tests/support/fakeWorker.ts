/**
 * A Worker stand-in for the run path (src/state/runner.ts): records posted requests; the test
 * decides when, whether and with what it answers.
 */
import { runOnce, type RunRequest, type RunResponse } from '@/state/runOnce';
import { splitAnswer, type RunPart } from '@/state/worker/parts';

export class FakeWorker {
  static made: FakeWorker[] = [];
  posted: RunRequest[] = [];
  terminated = false;
  onmessage: ((e: MessageEvent<RunResponse | RunPart>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(req: RunRequest) {
    this.posted.push(req);
  }
  terminate() {
    this.terminated = true;
  }
  /** Answers `req` with an empty result (no trace, no diagnostics). */
  answer(req: RunRequest) {
    this.reply({ id: req.id, ms: 1, diagnostics: [], actionErrors: [], trace: null, error: null });
  }
  /** Answers the last request as the real worker does: runOnce on it. */
  answerWithRun() {
    this.reply(runOnce(this.posted.at(-1)!));
  }
  reply(res: RunResponse | RunPart) {
    this.onmessage?.({ data: res } as MessageEvent<RunResponse | RunPart>);
  }
  /** Answers the last request as the real worker sends it: probe results in parts, then the answer. */
  answerInParts() {
    const { parts, answer } = splitAnswer(runOnce(this.posted.at(-1)!));
    for (const p of parts) this.reply(p);
    this.reply(answer);
    return parts.length;
  }
}
