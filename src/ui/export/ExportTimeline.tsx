import { axisTicks } from '../panels/timeline/model/axis';
import { toX, type View } from '../panels/timeline/model/view';
import { LABEL_W } from '../panels/timeline/geometry';
import { TimelineRows } from '../panels/timeline/TimelineRows';
import { AXIS_H, AxisMajors } from '../panels/timeline/Axis';
import type { Marker, TimelineData } from '../panels/timeline/useTimelineData';

export const HEAD_H = 56;

interface Props {
  data: TimelineData;
  view: View;
  width: number;
  title: string;
  subtitle: string;
  cursor: number | null;
  markers: Marker[];
  lang?: string;
}

/**
 * The timeline as one standalone SVG picture: a title, a time axis, the same rows the panel draws
 * (TimelineRows) and the cursor. Rendered off screen for export only.
 */
export function ExportTimeline({ data, view, width, title, subtitle, cursor, markers, lang }: Props) {
  const w = width - LABEL_W;
  const ax = axisTicks(view.start, view.end, w);
  const height = HEAD_H + AXIS_H + data.height + 8;
  const cx = cursor !== null && cursor >= view.start && cursor <= view.end ? LABEL_W + toX(cursor, view, w) : null;
  return (
    <svg xmlns="http://www.w3.org/2000/svg" className="tl-export tl-svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} data-testid="export.svg">
      <rect className="stripe-even" x={0} y={0} width={width} height={height} />
      <text className="exp-title" x={16} y={26}>{title}</text>
      <text className="exp-sub" x={16} y={46}>{subtitle}</text>
      <g transform={`translate(0,${HEAD_H})`}>
        <rect className="gutter" x={0} y={0} width={LABEL_W} height={AXIS_H} />
        <g transform={`translate(${LABEL_W},0)`}>
          <AxisMajors majors={ax.major} view={view} plotWidth={w} />
        </g>
      </g>
      <g transform={`translate(0,${HEAD_H + AXIS_H})`}>
        <TimelineRows data={data} view={view} width={width} markers={markers} lang={lang} />
      </g>
      {cx !== null && <line className="exp-cursor" x1={cx} x2={cx} y1={HEAD_H} y2={height - 8} />}
    </svg>
  );
}
