import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { formatGetTable, frameAt, kubectlGet } from '@/engine';
import type { Trace } from '@/engine';
import { LABEL_W } from '../panels/timeline/geometry';
import { TimelineRows } from '../panels/timeline/TimelineRows';
import { toX, type View } from '../panels/timeline/model/view';
import { compactData } from './compactData';
import { useSession } from '@/state/hooks';

interface Props {
  side: 'a' | 'b';
  label: string;
  trace: Trace | null;
  error: string | null;
  view: View;
  cursor: number;
  /** kubectl cells that differ from the other side at the cursor. */
  differs: { ready: boolean; status: boolean; restarts: boolean };
  onSeek(t: number): void;
}

/** The kubectl row of `trace` at `t` (null before creation / after deletion). */
export function rowAt(trace: Trace | null, t: number) {
  const pod = trace ? frameAt(trace, t)?.pod : null;
  return pod ? kubectlGet(pod, t) : null;
}

/** One side of the comparison: its label, the kubectl row at the shared cursor and a compact timeline. */
export function CompareLane({ side, label, trace, error, view, cursor, differs, onSeek }: Props) {
  const lang = useSession((s) => s.settings.lang);
  const host = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(900);
  useLayoutEffect(() => {
    const el = host.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setWidth(Math.max(400, el.clientWidth)));
    ro.observe(el);
    setWidth(Math.max(400, el.clientWidth));
    return () => ro.disconnect();
  }, []);
  const data = useMemo(() => (trace ? compactData(trace) : null), [trace]);
  const row = rowAt(trace, cursor);
  const w = width - LABEL_W;
  const table = row ? formatGetTable([row]).split('\n') : [];
  const onClick = (e: React.MouseEvent<HTMLDivElement>) => {
    const x = e.clientX - e.currentTarget.getBoundingClientRect().left - LABEL_W;
    if (x >= 0) onSeek(view.start + (x / w) * (view.end - view.start));
  };
  return (
    <section className={`cmp-lane cmp-${side}`} data-testid={`compare.${side}`}>
      <header className="cmp-lane-head">
        <span className="cmp-badge">{side.toUpperCase()}</span>
        <span className="cmp-label">{label}</span>
        {row && (
          <span className="cmp-row mono" data-testid={`compare.${side}.row`}>
            <span>{table[1]?.split(/\s{2,}/)[0]}</span>
            <span className={differs.ready ? 'cmp-diff' : ''}>{row.ready}</span>
            <span className={differs.status ? 'cmp-diff' : ''} data-testid={`compare.${side}.status`}>{row.status}</span>
            <span className={differs.restarts ? 'cmp-diff' : ''}>{row.restarts}</span>
          </span>
        )}
      </header>
      <div className="cmp-tl" ref={host} onClick={onClick}>
        {error && <p className="cmp-error" role="alert">{error}</p>}
        {data && (
          <>
            <TimelineRows data={data} view={view} width={width} markers={[]} lang={lang} />
            {cursor >= view.start && cursor <= view.end && (
              <div className="cmp-cursor" style={{ left: LABEL_W + toX(cursor, view, w), height: data.height }} />
            )}
          </>
        )}
      </div>
    </section>
  );
}
