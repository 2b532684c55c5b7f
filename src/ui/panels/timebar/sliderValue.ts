/** The slider's step (ms). */
export const STEP = 100;

/**
 * The slider position for a cursor. Paused, exact (arrow keys step from the real cursor). While
 * playing, whole thousandths of the horizon (a third of a pixel on this track): a native range
 * thumb moved by a sub-pixel amount re-lays out and re-layerizes the whole page, which at 60× made
 * every ~10th frame a double frame (frame p95 budget, ARCHITECTURE §8); now the input changes
 * only when the thumb visibly moves.
 */
export function sliderValue(cursor: number, until: number, playing: boolean): number {
  const t = Math.min(cursor, until);
  if (!playing) return t;
  const q = Math.max(STEP, Math.ceil(until / 1000 / STEP) * STEP);
  return Math.min(until, Math.round(t / q) * q);
}
