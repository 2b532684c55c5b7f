/** Time travel over a trace: the frame in force at t, by binary search (O(log n)). */
import type { PodObject } from '../model/status';
import type { Frame, Trace } from '../model/trace';

/** The last frame with `frame.t <= t`; undefined before the first frame (t < 0 or empty trace). */
export function frameAt(trace: Trace, t: number): Frame | undefined {
  const frames = trace.frames;
  let lo = 0;
  let hi = frames.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (frames[mid]!.t <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found < 0 ? undefined : frames[found];
}

/** The Pod object at time t, or null before creation and after it is gone. */
export function statusAt(trace: Trace, t: number): PodObject | null {
  return frameAt(trace, t)?.pod ?? null;
}
