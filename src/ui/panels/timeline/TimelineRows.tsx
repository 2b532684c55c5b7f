import { memo, type ReactNode } from 'react';
import type { BandRow, Deletion } from './model/bands';
import type { ContainerLane } from './model/lanes';
import type { Row } from './model/rows';
import { clusterEvents, probeLod, tickResult } from './model/aggregate';
import { toX, type View } from './model/view';
import type { TimelineData, Marker } from './useTimelineData';
import { LABEL_W, fits, pickLabel, segmentClass, segmentLabels } from './geometry';
import { tlFor, type TlKey } from './strings';

interface Props {
  data: TimelineData;
  view: View;
  width: number;
  markers: Marker[];
  /** Language of the row names the timeline gives itself (default English). */
  lang?: string;
}

/** Clips [a, b] to the plot and returns x and width (or null when off screen). */
function span(a: number, b: number, view: View, w: number): { x: number; w: number } | null {
  if (b < view.start || a > view.end) return null;
  const x0 = Math.max(0, toX(a, view, w));
  const x1 = Math.min(w, toX(b, view, w));
  return { x: x0, w: Math.max(1, x1 - x0) };
}

function ContainerRow({ row, lane, view, w }: { row: Row; lane: ContainerLane; view: View; w: number }) {
  const out: ReactNode[] = [];
  lane.segments.forEach((s, i) => {
    const g = span(s.start, s.end, view, w);
    if (!g) return;
    const label = pickLabel(segmentLabels(s), g.w);
    out.push(
      <g key={i} className={segmentClass(s)}>
        <rect x={g.x} y={row.y + 4} width={g.w} height={row.h - 8} rx={4} />
        {label && <text x={g.x + 6} y={row.y + row.h / 2 + 4.5}>{label}</text>}
      </g>,
    );
  });
  for (const b of lane.bars) {
    if (b.kind !== 'pull') continue;
    const g = span(b.start, b.end, view, w);
    if (g) out.push(<rect key={`pull${b.start}`} className="pull-strip" x={g.x} y={row.y + row.h - 8} width={g.w} height={4} rx={1}><title>{b.label}</title></rect>);
  }
  for (const r of lane.restarts) {
    if (r.t < view.start || r.t > view.end) continue;
    const x = toX(r.t, view, w);
    out.push(
      <g key={`r${r.t}`} className="restart" transform={`translate(${x},${row.y + 4})`}>
        <line y1={0} y2={row.h - 8} />
        <circle r={8} cy={0} />
        <text y={3.5} textAnchor="middle">{r.count}</text>
      </g>,
    );
  }
  return <g data-row={row.id}>{out}</g>;
}

function BarsRow({ row, lane, view, w }: { row: Row; lane: ContainerLane; view: View; w: number }) {
  return (
    <g data-row={row.id}>
      {lane.bars.map((b, i) => {
        const g = b.kind === 'pull' ? null : span(b.start, b.end, view, w);
        if (!g) return null;
        const cls = `bar bar-${b.kind}${b.ok === false ? ' bar-failed' : ''}${b.open ? ' bar-open' : ''}`;
        const dur = b.label.split(' ').pop() ?? '';
        const short = b.kind === 'sigterm' && b.label.includes('KILL') ? `KILL ${dur}` : b.kind === 'backoff' ? `wait ${dur}` : dur;
        const label = pickLabel([b.label, short, dur], g.w);
        return (
          <g key={i} className={cls}>
            <rect x={g.x} y={row.y + 3} width={Math.max(g.w, 2)} height={row.h - 6} rx={3} />
            {label && <text x={g.x + 5} y={row.y + row.h / 2 + 4}>{label}</text>}
          </g>
        );
      })}
    </g>
  );
}

/** Path data of a rect with corner radius r (clamped as SVG clamps a rect's rx). */
export function roundedRect(x: number, y: number, w: number, h: number, r: number): string {
  const q = Math.min(r, w / 2, h / 2);
  const f = (n: number) => Math.round(n * 100) / 100;
  return `M${f(x + q)} ${f(y)}h${f(w - 2 * q)}a${q} ${q} 0 0 1 ${q} ${q}v${f(h - 2 * q)}a${q} ${q} 0 0 1 ${-q} ${q}` +
    `h${f(2 * q - w)}a${q} ${q} 0 0 1 ${-q} ${-q}v${f(2 * q - h)}a${q} ${q} 0 0 1 ${q} ${-q}z`;
}

function ProbeRowView({ row, lane, view, w }: { row: Row; lane: ContainerLane; view: View; w: number }) {
  const pr = lane.probes.find((p) => p.probe === row.probe);
  if (!pr) return null;
  const lod = probeLod(pr.records, view.start, view.end, w);
  const mid = row.y + row.h / 2;
  if (lod.mode === 'buckets') {
    // One <path> per colour instead of one <rect> per bucket: the same picture, but a few display
    // items instead of thousands (Chromium re-layerizes them whenever anything on the page moves).
    const d: Record<string, string> = {};
    for (const b of lod.buckets) {
      const x = toX(b.start, view, w);
      const bw = Math.max(2, toX(b.end, view, w) - x - 1);
      const bad = b.failure + b.timeout;
      const cls = bad ? (b.timeout >= b.failure ? 'pb pb-timeout' : 'pb pb-failure') : b.unknown ? 'pb pb-unknown' : 'pb pb-success';
      d[cls] = (d[cls] ?? '') + roundedRect(x, mid - (bad ? 7 : 4), bw, bad ? 14 : 8, 1.5);
    }
    return (
      <g data-row={row.id} className="probe-buckets">
        {Object.entries(d).map(([cls, path]) => <path key={cls} className={cls} d={path} />)}
      </g>
    );
  }
  const spacing = lod.ticks.length > 1 ? w / lod.ticks.length : w;
  return (
    <g data-row={row.id} className="probe-ticks">
      {lod.ticks.map((r, i) => {
        const x = toX(r.t, view, w);
        const res = tickResult(r);
        // "2/3" while failures count up to the threshold; past it the kubelet has already acted.
        const counter = res !== 'success' && r.threshold > 1 && r.run <= r.threshold && (spacing >= 30 || r.run === r.threshold);
        return (
          <g key={i} className={`pt pt-${res}`} transform={`translate(${x},${mid})`}>
            {res === 'success' ? <rect x={-1.25} y={-5} width={2.5} height={10} rx={1} />
              : res === 'timeout' ? <rect x={-4} y={-4} width={8} height={8} transform="rotate(45)" />
              : <rect x={-2} y={-8} width={4} height={16} rx={1} />}
            {counter && <text x={4} y={-1}>{`${r.run}/${r.threshold}`}</text>}
          </g>
        );
      })}
    </g>
  );
}

function BandRowView({ row, band, view, w }: { row: Row; band: BandRow; view: View; w: number }) {
  return (
    <g data-row={row.id}>
      {band.bands.map((b, i) => {
        const g = span(b.start, b.end, view, w);
        if (!g) return null;
        const label = fits(b.value, g.w) ? b.value : fits(b.value.split(' ')[0]!, g.w) ? b.value.split(' ')[0]! : '';
        return (
          <g key={i} className={`band band-${b.tone}`}>
            <rect x={g.x} y={row.y + 2} width={g.w} height={row.h - 4} rx={3} />
            {label && <text x={g.x + 5} y={row.y + row.h / 2 + 4}>{label}</text>}
          </g>
        );
      })}
    </g>
  );
}

function DeletionRow({ row, del, view, w }: { row: Row; del: Deletion; view: View; w: number }) {
  const g = span(del.start, del.deadline, view, w);
  // KILL hangs to the left of its moment so that "gone", a second later, does not cover it.
  const flag = (t: number, text: string, cls: string, key: string, left = false) => {
    if (t < view.start || t > view.end) return null;
    const x = toX(t, view, w);
    const fw = text.length * 7.2 + 8;
    return (
      <g key={key} className={`flag ${cls}`} transform={`translate(${x},${row.y})`}>
        <line y1={2} y2={row.h - 2} />
        <rect x={left ? -fw - 1 : 1} y={3} width={fw} height={row.h - 6} rx={3} />
        <text x={left ? -fw + 3 : 5} y={row.h / 2 + 4}>{text}</text>
      </g>
    );
  };
  const graceLabel = `grace ${del.graceSeconds}s`;
  return (
    <g data-row={row.id}>
      {g && (
        <g className="grace">
          <rect x={g.x} y={row.y + 3} width={g.w} height={row.h - 6} rx={3} />
          {/* centred: the TERM and KILL flags sit on the two ends */}
          {fits(graceLabel, g.w - 130) && <text x={g.x + g.w / 2} y={row.y + row.h / 2 + 4} textAnchor="middle">{graceLabel}</text>}
        </g>
      )}
      {del.term.map((x, i) => flag(x.t, 'TERM', 'flag-term', `t${i}`))}
      {del.kill.map((x, i) => flag(x.t, 'KILL', 'flag-kill', `k${i}`, true))}
      {del.gone !== undefined && flag(del.gone, 'gone', 'flag-gone', 'gone')}
    </g>
  );
}

function EventsRow({ row, data, view, w }: { row: Row; data: TimelineData; view: View; w: number }) {
  const clusters = clusterEvents(data.trace.events, view.start, view.end, w, 12);
  return (
    <g data-row={row.id}>
      {clusters.map((c, i) => {
        const x = toX(c.t, view, w);
        const next = clusters[i + 1];
        const room = next ? toX(next.t, view, w) - x : w - x;
        const first = c.events[0]!;
        const text = c.events.length > 1 ? `${first.reason} +${c.events.length - 1}` : first.reason;
        return (
          <g key={c.first} className={`ev ${c.warning ? 'ev-warning' : 'ev-normal'}`} transform={`translate(${x},${row.y + row.h / 2})`} data-event={c.first}>
            <circle r={c.events.length > 1 ? 6 : 5} />
            {fits(text, room - 10) && <text x={9} y={4.5}>{text}</text>}
          </g>
        );
      })}
    </g>
  );
}

const ROW_KEYS: Partial<Record<Row['kind'], TlKey>> = { events: 'rowEvents', bars: 'rowBars', section: 'rowPod', deletion: 'rowDeletion' };

/** The rows of the timeline (everything but the cursor), re-drawn only when view, size or data change. */
export const TimelineRows = memo(function TimelineRows({ data, view, width, markers, lang }: Props) {
  const w = Math.max(1, width - LABEL_W);
  const { rows, lanes, bands, deletion } = data;
  // No hooks here: the picture export renders these rows outside the session's provider.
  const tl = tlFor(lang);
  // The rows the timeline names itself are translated; container, probe and band names are Kubernetes'.
  const label = (r: Row) => {
    const key = ROW_KEYS[r.kind];
    return key ? tl(key) : r.label;
  };
  return (
    <svg className="tl-svg" width={width} height={data.height} role="img" aria-label="timeline">
      <g className="tl-stripes">
        {rows.map((r, i) => (
          <rect key={r.id} className={r.kind === 'section' ? 'stripe-section' : i % 2 ? 'stripe-odd' : 'stripe-even'} x={0} y={r.y} width={width} height={r.h} />
        ))}
      </g>
      <g transform={`translate(${LABEL_W},0)`}>
        {rows.map((r) => {
          switch (r.kind) {
            case 'events': return <EventsRow key={r.id} row={r} data={data} view={view} w={w} />;
            case 'band': return <BandRowView key={r.id} row={r} band={bands[r.ref!]!} view={view} w={w} />;
            case 'deletion': return deletion ? <DeletionRow key={r.id} row={r} del={deletion} view={view} w={w} /> : null;
            case 'container': return <ContainerRow key={r.id} row={r} lane={lanes[r.ref!]!} view={view} w={w} />;
            case 'bars': return <BarsRow key={r.id} row={r} lane={lanes[r.ref!]!} view={view} w={w} />;
            case 'probe': return <ProbeRowView key={r.id} row={r} lane={lanes[r.ref!]!} view={view} w={w} />;
            default: return null;
          }
        })}
        {data.end < view.end && (
          <rect className="tl-after" x={toX(data.end, view, w)} y={0} width={w - toX(data.end, view, w)} height={data.height} />
        )}
        {markers.map((m) => {
          if (m.at < view.start || m.at > view.end) return null;
          const x = toX(m.at, view, w);
          return (
            <g key={m.index} className={`iv${m.bad ? ' iv-bad' : ''}`} transform={`translate(${x},0)`} data-intervention={m.index}>
              <line y1={0} y2={data.height} />
              <path d="M0 2 l7 0 l-4 9 l5 0 l-9 12 l2 -9 l-5 0 z" transform="translate(-3,3)" />
            </g>
          );
        })}
      </g>
      <g className="tl-labels">
        <rect className="gutter" x={0} y={0} width={LABEL_W} height={data.height} />
        {rows.map((r) => (
          <g key={r.id} className={`lbl lbl-${r.kind}`}>
            <text x={r.kind === 'probe' || r.kind === 'bars' ? 26 : r.kind === 'band' || r.kind === 'deletion' ? 18 : 10} y={r.y + r.h / 2 + 4.5}>
              {label(r).length > 16 ? `${label(r).slice(0, 15)}…` : label(r)}
              <title>{label(r)}</title>
            </text>
            {r.sub && <text className="lbl-sub" x={LABEL_W - 8} y={r.y + r.h / 2 + 4} textAnchor="end">{r.sub}</text>}
          </g>
        ))}
      </g>
    </svg>
  );
});
