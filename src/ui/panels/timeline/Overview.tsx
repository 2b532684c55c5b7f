import { memo, useRef } from 'react';
import { useSession } from '@/state/hooks';
import type { View } from './model/view';
import type { TimelineData } from './useTimelineData';
import { LABEL_W } from './geometry';
import { useTl } from './strings';

export const OVERVIEW_H = 34;

interface Props {
  data: TimelineData;
  width: number;
  /** The whole range drawn (the horizon). */
  max: number;
  view: View;
  onSeek(t: number): void;
  onPan(view: View): void;
}

/**
 * The whole run in one strip: phase colours, warning ticks, the visible window (drag it to pan) and
 * the cursor. Clicking outside the window moves the cursor there — a slider over the horizon.
 */
export const Overview = memo(function Overview({ data, width, max, view, onSeek, onPan }: Props) {
  const w = Math.max(1, width - LABEL_W);
  const tl = useTl();
  const x = (t: number) => (t / max) * w;
  const drag = useRef<{ x0: number; view: View } | null>(null);
  const phase = data.bands[0]?.bands ?? [];
  const warnings = data.trace.events.filter((e, i, all) => e.type === 'Warning' && (i === 0 || Math.round(x(all[i - 1]!.t)) !== Math.round(x(e.t))));
  const tAt = (clientX: number, el: Element) => ((clientX - el.getBoundingClientRect().left - LABEL_W) / w) * max;
  return (
    <svg
      className="tl-overview"
      width={width}
      height={OVERVIEW_H}
      data-testid="timeline.overview"
      onPointerDown={(e) => {
        const t = tAt(e.clientX, e.currentTarget);
        if (t < 0) return;
        e.currentTarget.setPointerCapture(e.pointerId);
        if (t >= view.start && t <= view.end) drag.current = { x0: e.clientX, view };
        else onSeek(Math.max(0, Math.min(max, t)));
      }}
      onPointerMove={(e) => {
        const d = drag.current;
        if (!d) return;
        const dt = ((e.clientX - d.x0) / w) * max;
        onPan({ start: d.view.start + dt, end: d.view.end + dt });
      }}
      onPointerUp={(e) => {
        const d = drag.current;
        drag.current = null;
        // A click (no drag) inside the window also moves the cursor.
        if (d && Math.abs(e.clientX - d.x0) < 3) onSeek(Math.max(0, Math.min(max, tAt(e.clientX, e.currentTarget))));
      }}
    >
      <rect className="gutter" x={0} y={0} width={LABEL_W} height={OVERVIEW_H} />
      <text className="ov-label" x={10} y={OVERVIEW_H / 2 + 4}>{tl('overview')}</text>
      <g transform={`translate(${LABEL_W},0)`}>
        <rect className="ov-bg" x={0} y={4} width={w} height={OVERVIEW_H - 8} rx={4} />
        {phase.map((b, i) => (
          <rect key={i} className={`band band-${b.tone}`} x={x(b.start)} y={8} width={Math.max(1, x(b.end) - x(b.start))} height={8} />
        ))}
        {warnings.map((e, i) => <line key={i} className="ov-warn" x1={x(e.t)} x2={x(e.t)} y1={19} y2={OVERVIEW_H - 6} />)}
        <rect className="ov-window" x={x(view.start)} y={2} width={Math.max(4, x(view.end) - x(view.start))} height={OVERVIEW_H - 4} rx={4} />
        <OverviewCursor w={w} max={max} />
      </g>
    </svg>
  );
});

function OverviewCursor({ w, max }: { w: number; max: number }) {
  const cursor = useSession((s) => s.cursor);
  // Whole pixels: the line is redrawn when it visibly moves, not on every playback frame.
  const x = Math.round((Math.min(cursor, max) / max) * w);
  return <line className="ov-cursor" x1={x} x2={x} y1={0} y2={OVERVIEW_H} />;
}
