/**
 * The time axis: which tick step to use at a zoom level and how to label it, so the same axis reads
 * well from a 50 ms window (a probe tick) to a 6-hour run (a CrashLoopBackOff at its cap).
 * Pure functions; times are ms since the pod's creation.
 */

const S = 1000;
const M = 60 * S;
const H = 60 * M;

/** Human steps only: nobody reads "every 7 s". Ordered ascending. */
export const TICK_STEPS: readonly number[] = [
  1, 2, 5, 10, 20, 50, 100, 200, 500,
  S, 2 * S, 5 * S, 10 * S, 15 * S, 30 * S,
  M, 2 * M, 5 * M, 10 * M, 15 * M, 30 * M,
  H, 2 * H, 3 * H, 6 * H, 12 * H, 24 * H,
];

/** Minimum distance between two labelled ticks, in px (room for "1h30m" at projector size). */
export const MIN_LABEL_PX = 84;

/**
 * The smallest step from {@link TICK_STEPS} whose labelled ticks are at least `minPx` apart.
 * @example chooseStep(60_000, 800) // 10_000: six labels across a minute on 800 px
 */
export function chooseStep(spanMs: number, widthPx: number, minPx = MIN_LABEL_PX): number {
  if (!(spanMs > 0) || !(widthPx > 0)) return TICK_STEPS[TICK_STEPS.length - 1]!;
  const pxPerMs = widthPx / spanMs;
  for (const step of TICK_STEPS) if (step * pxPerMs >= minPx) return step;
  return TICK_STEPS[TICK_STEPS.length - 1]!;
}

/** The unlabelled sub-step: the largest human step that divides `step` at least 4 times (else 2). */
export function minorStep(step: number): number {
  let best = 0;
  for (const s of TICK_STEPS) {
    if (s >= step || step % s !== 0) continue;
    if (step / s >= 4 && step / s <= 6) best = s;
  }
  if (best) return best;
  for (const s of TICK_STEPS) if (s < step && step % s === 0 && step / s >= 2) best = s;
  return best || step;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * A tick label whose precision follows the step: "250ms"-level steps print "12.25s", second steps
 * print "45s" then "1:05", minute steps print "12m" then "1h30m". Never more digits than the step needs.
 */
export function formatTick(t: number, step: number): string {
  const ms = Math.round(t);
  if (ms === 0) return '0';
  if (step < S) {
    const decimals = step < 10 ? 3 : step < 100 ? 2 : 1;
    const sec = ms / S;
    if (ms < M) return `${sec.toFixed(decimals)}s`;
    const m = Math.floor(ms / M);
    return `${m}:${pad2(Math.floor((ms % M) / S))}${((ms % S) / S).toFixed(decimals).slice(1)}`;
  }
  if (step < M) {
    const total = Math.round(ms / S);
    if (total < 60) return `${total}s`;
    const h = Math.floor(total / 3600);
    const m = Math.floor((total % 3600) / 60);
    const s = total % 60;
    return h > 0 ? `${h}:${pad2(m)}:${pad2(s)}` : `${m}:${pad2(s)}`;
  }
  const totalMin = Math.round(ms / M);
  if (totalMin < 60) return `${totalMin}m`;
  const h = Math.floor(totalMin / 60);
  const m = totalMin % 60;
  return m ? `${h}h${pad2(m)}m` : `${h}h`;
}

export interface AxisTick {
  t: number;
  label: string;
}

export interface Axis {
  step: number;
  minor: number;
  major: AxisTick[];
  /** Minor tick times (majors excluded). */
  minors: number[];
}

/** Ticks for the window [start, end] drawn `widthPx` wide. */
export function axisTicks(start: number, end: number, widthPx: number): Axis {
  const step = chooseStep(end - start, widthPx);
  const minor = minorStep(step);
  const major: AxisTick[] = [];
  const minors: number[] = [];
  // Bounded loops: at most ~width/minPx majors and a handful of minors between them.
  for (let t = Math.ceil(start / step) * step; t <= end; t += step) major.push({ t, label: formatTick(t, step) });
  if (minor < step) {
    for (let t = Math.ceil(start / minor) * minor; t <= end; t += minor) if (t % step !== 0) minors.push(t);
  }
  return { step, minor, major, minors };
}

/** A compact duration for bar labels: "950ms", "12s", "1m20s", "5m", "1h05m". */
export function formatDuration(ms: number): string {
  const v = Math.max(0, Math.round(ms));
  if (v < S) return `${v}ms`;
  if (v < 10 * S && v % S !== 0) return `${(v / S).toFixed(1)}s`;
  const s = Math.round(v / S);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  const rs = s % 60;
  if (m < 60) return rs ? `${m}m${pad2(rs)}s` : `${m}m`;
  const h = Math.floor(m / 60);
  const rm = m % 60;
  return rm ? `${h}h${pad2(rm)}m` : `${h}h`;
}
