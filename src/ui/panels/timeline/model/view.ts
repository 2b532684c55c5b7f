/**
 * The visible window of the timeline: zoom around a point, pan, fit, and keep the cursor in view
 * while playing. Pure; a view is `{ start, end }` in ms.
 */

export interface View {
  start: number;
  end: number;
}

/** Never zoom closer than this: 20 ms across the panel is already a single probe's timeout. */
export const MIN_SPAN_MS = 20;

/** Keeps the view inside [0, max] and at least MIN_SPAN_MS wide (or the whole range if shorter). */
export function clampView(v: View, max: number): View {
  const limit = Math.max(max, MIN_SPAN_MS);
  const span = Math.min(Math.max(v.end - v.start, MIN_SPAN_MS), limit);
  let start = Math.max(0, Math.min(v.start, limit - span));
  if (!Number.isFinite(start)) start = 0;
  return { start, end: start + span };
}

/** The whole run. */
export function fitView(max: number): View {
  return { start: 0, end: Math.max(max, MIN_SPAN_MS) };
}

/**
 * Zooms by `factor` (< 1 zooms in) keeping time `anchor` under the same pixel.
 * @example zoomAt({ start: 0, end: 100_000 }, 50_000, 0.5, 300_000) // { start: 25_000, end: 75_000 }
 */
export function zoomAt(v: View, anchor: number, factor: number, max: number): View {
  const span = v.end - v.start;
  const next = Math.max(MIN_SPAN_MS, span * factor);
  const ratio = span > 0 ? (anchor - v.start) / span : 0.5;
  return clampView({ start: anchor - ratio * next, end: anchor - ratio * next + next }, max);
}

/** Moves the window by `dt` ms (positive = later). */
export function panBy(v: View, dt: number, max: number): View {
  return clampView({ start: v.start + dt, end: v.end + dt }, max);
}

/** A view showing [a, b] with a little air on both sides. */
export function viewOf(a: number, b: number, max: number): View {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const pad = Math.max((hi - lo) * 0.05, MIN_SPAN_MS / 2);
  return clampView({ start: lo - pad, end: hi + pad }, max);
}

/**
 * While playing, the view pages forward when the cursor passes 90 % of it (and jumps to it when it
 * is off screen), so the eye follows without the picture sliding every frame.
 */
export function follow(v: View, cursor: number, max: number): View {
  const span = v.end - v.start;
  if (cursor >= v.start && cursor <= v.start + span * 0.9) return v;
  return clampView({ start: cursor - span * 0.1, end: cursor + span * 0.9 }, max);
}

/** ms → px within the view. */
export function toX(t: number, v: View, width: number): number {
  return ((t - v.start) / (v.end - v.start)) * width;
}

/** px → ms within the view. */
export function toT(x: number, v: View, width: number): number {
  return v.start + (x / width) * (v.end - v.start);
}
