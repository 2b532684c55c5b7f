import { memo } from 'react';
import { axisTicks } from './model/axis';
import { toX, type View } from './model/view';
import { LABEL_W } from './geometry';

export const AXIS_H = 30;

/** Labelled major ticks and the base line of the time axis (shared with the exported picture). */
export function AxisMajors({ majors, view, plotWidth }: { majors: { t: number; label: string }[]; view: View; plotWidth: number }) {
  return (
    <>
      {majors.map((m) => {
        const x = toX(m.t, view, plotWidth);
        return (
          <g key={m.t} className="axis-major">
            <line x1={x} x2={x} y1={AXIS_H - 11} y2={AXIS_H} />
            <text x={x + 4} y={AXIS_H - 13}>{m.label}</text>
          </g>
        );
      })}
      <line className="axis-base" x1={0} x2={plotWidth} y1={AXIS_H - 0.5} y2={AXIS_H - 0.5} />
    </>
  );
}

/** The time axis above the rows: labelled majors, unlabelled minors, and the drag selection. */
export const Axis = memo(function Axis({ view, width, selection }: { view: View; width: number; selection: View | null }) {
  const w = Math.max(1, width - LABEL_W);
  const ax = axisTicks(view.start, view.end, w);
  const sel = selection && {
    x: Math.max(0, toX(Math.min(selection.start, selection.end), view, w)),
    x2: Math.min(w, toX(Math.max(selection.start, selection.end), view, w)),
  };
  return (
    <svg className="tl-axis" width={width} height={AXIS_H} data-testid="timeline.axis" data-step={ax.step}>
      <rect className="gutter" x={0} y={0} width={LABEL_W} height={AXIS_H} />
      <g transform={`translate(${LABEL_W},0)`}>
        {sel && sel.x2 > sel.x && <rect className="axis-sel" x={sel.x} y={0} width={sel.x2 - sel.x} height={AXIS_H} />}
        {ax.minors.map((t) => {
          const x = toX(t, view, w);
          return <line key={`m${t}`} className="axis-minor" x1={x} x2={x} y1={AXIS_H - 6} y2={AXIS_H} />;
        })}
        <AxisMajors majors={ax.major} view={view} plotWidth={w} />
      </g>
    </svg>
  );
});
