import { useSession } from '@/state/hooks';
import { formatClock } from '@/state/selectors';
import type { Deletion } from './model/bands';
import { toX, type View } from './model/view';
import { LABEL_W } from './geometry';

const snap = (x: number) => {
  const dpr = typeof window !== 'undefined' ? window.devicePixelRatio || 1 : 1;
  return Math.round(x * dpr) / dpr;
};

/**
 * The cursor: one absolutely positioned line over axis and rows, moved with a transform so that
 * playback at 60 fps re-renders only this small component. Shows the grace countdown while a
 * deletion runs.
 */
export function CursorLine({ view, width, deletion }: { view: View; width: number; deletion: Deletion | null }) {
  const cursor = useSession((s) => s.cursor);
  const w = Math.max(1, width - LABEL_W);
  if (cursor < view.start || cursor > view.end) return null;
  // Snapped to device pixels: at 60× over an hour the cursor moves a third of a pixel per frame,
  // and every transform change costs the page a re-layerization; now it changes when it shows.
  const x = snap(LABEL_W + toX(cursor, view, w));
  const left = deletion && cursor >= deletion.start && cursor < deletion.deadline && (deletion.gone === undefined || cursor < deletion.gone)
    ? Math.ceil((deletion.deadline - cursor) / 1000)
    : null;
  return (
    <div className="tl-cursor" style={{ transform: `translateX(${x}px)` }} data-testid="timeline.cursor" aria-hidden="true">
      <div className="tl-cursor-time mono">{formatClock(cursor)}</div>
      {left !== null && <div className="tl-cursor-grace mono">grace {left}s left</div>}
    </div>
  );
}
