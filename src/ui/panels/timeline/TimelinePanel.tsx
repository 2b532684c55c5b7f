import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useActions, usePlaybackMode, useSession, useSessionApi } from '@/state/hooks';
import { Axis } from './Axis';
import { CursorLine } from './CursorLine';
import { InterventionMenu } from './InterventionMenu';
import { HoverCard, ShortcutHelp } from './Overlays';
import { Overview } from './Overview';
import { TimelineRows } from './TimelineRows';
import { Toolbar, ZoomControls } from './Toolbar';
import { LABEL_W } from './geometry';
import { hoverAt, type HoverInfo } from './model/hover';
import { rowAt } from './model/rows';
import { coarseStep, KEY_SPEEDS, nextTime, prevTime } from './model/stepping';
import { clampView, fitView, follow, panBy, toT, viewOf, zoomAt, type View } from './model/view';
import { useTl } from './strings';
import { usePlaybackAssist } from './usePlaybackAssist';
import { useInterventionMarkers, useTimelineData } from './useTimelineData';
import { useTimelineKeys } from './useTimelineKeys';
import './timeline.css';

type Hover = { info: HoverInfo; x: number; y: number } | null;

/**
 * The timeline: every container's states, hooks, waits and probes, the pod's phase, conditions,
 * deletion and Service membership, events and interventions, over a zoomable time axis; plus the
 * time controls and interventions at the cursor.
 */
export function TimelinePanel() {
  const tl = useTl();
  const session = useSessionApi();
  const actions = useActions();
  const mode = usePlaybackMode();
  const data = useTimelineData();
  const markers = useInterventionMarkers();
  const until = useSession((s) => s.until);
  const lang = useSession((s) => s.settings.lang);
  const text = useSession((s) => s.text);
  // The timeline spans what has been simulated. While a longer horizon is being computed the session's
  // `until` is already larger, but rescaling every row for it (and again when the trace arrives) made
  // a second long task per extension on a big pod; the drawing waits for the trace.
  const max = Math.max(data?.trace.until ?? until, 1);
  const hasData = data !== null;

  const bodyRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(800);
  const [userView, setUserView] = useState<View | null>(null);
  const [selection, setSelection] = useState<View | null>(null);
  const [hover, setHover] = useState<Hover>(null);
  const [menu, setMenu] = useState(false);
  const [help, setHelp] = useState(false);
  const [skipIdle, setSkipIdle] = useState(false);
  // One object per (userView, max) so the memoised rows skip re-rendering on hover.
  const view = useMemo(() => (userView ? clampView(userView, max) : fitView(max)), [userView, max]);
  const viewRef = useRef(view);
  viewRef.current = view;

  useLayoutEffect(() => {
    const el = bodyRef.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setWidth(Math.max(320, el.clientWidth)));
    ro.observe(el);
    setWidth(Math.max(320, el.clientWidth));
    return () => ro.disconnect();
  }, [hasData]);

  // A new manifest starts from the whole run again.
  useEffect(() => {
    setUserView(null);
    setSelection(null);
  }, [text]);

  // The view follows the cursor (paging, not sliding) when it leaves the window.
  useEffect(() => session.store.subscribe((s, p) => {
    if (s.cursor === p.cursor) return;
    setUserView((v) => {
      if (!v) return v;
      const next = follow(clampView(v, max), s.cursor, max);
      return next === v ? v : next;
    });
  }), [session, max]);

  usePlaybackAssist(data?.activity ?? EMPTY, skipIdle);

  const plotW = Math.max(1, width - LABEL_W);
  const cursorNow = () => session.store.getState().cursor;
  const seek = useCallback((t: number) => actions.seek(Math.max(0, Math.min(max, Math.round(t)))), [actions, max]);
  const jump = (t: number | null) => t !== null && seek(t);
  const zoom = (dir: -1 | 1, anchor?: number) => {
    const c = cursorNow();
    const a = anchor ?? (c >= view.start && c <= view.end ? c : (view.start + view.end) / 2);
    setUserView(zoomAt(view, a, dir > 0 ? 0.5 : 2, max));
  };
  const zoomSelection = () => {
    if (!selection) return;
    setUserView(viewOf(selection.start, selection.end, max));
    setSelection(null);
  };
  const h = {
    toggle: () => session.playback.send({ type: 'toggle' }),
    prevEvent: () => data && jump(prevTime(data.events, cursorNow())),
    nextEvent: () => data && jump(nextTime(data.events, cursorNow())),
    prevChange: () => data && jump(prevTime(data.changes, cursorNow())),
    nextChange: () => data && jump(nextTime(data.changes, cursorNow())),
    coarse: (dir: -1 | 1) => seek(cursorNow() + dir * coarseStep(view.end - view.start)),
    home: () => seek(0),
    end: () => seek(max),
    speedKey: (n: number) => { const s = KEY_SPEEDS[n - 1]; if (s) actions.setSpeed(s); },
    skipIdle: () => setSkipIdle((v) => !v),
    zoom: (dir: -1 | 1) => zoom(dir),
    fit: () => setUserView(null),
    zoomSelection,
    help: () => setHelp((v) => !v),
    escape: () => { setHelp(false); setMenu(false); setSelection(null); },
  };
  useTimelineKeys(h);

  // Wheel: over the axis or overview, or with ctrl, zooms at the pointer; shift or a sideways
  // swipe pans; a plain wheel over tall content scrolls it.
  useEffect(() => {
    const el = bodyRef.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      const v = viewRef.current;
      const r = el.getBoundingClientRect();
      const w = r.width - LABEL_W;
      const t = toT(e.clientX - r.left - LABEL_W, v, w);
      const onScale = !!(e.target as Element).closest('.tl-axis, .tl-overview');
      const sc = scrollRef.current;
      const canScroll = !!sc && sc.scrollHeight > sc.clientHeight + 1;
      if (e.shiftKey || Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
        e.preventDefault();
        const d = e.shiftKey ? e.deltaY || e.deltaX : e.deltaX;
        setUserView(panBy(v, (d / w) * (v.end - v.start), max));
      } else if (e.ctrlKey || onScale || !canScroll) {
        e.preventDefault();
        setUserView(zoomAt(v, t, Math.exp(e.deltaY * 0.0015), max));
      }
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [max, hasData]);

  // Rows: drag pans, a click moves the cursor (to the hovered event, else to the pointer).
  const drag = useRef<{ x0: number; view: View; moved: boolean } | null>(null);
  const pointer = (e: React.PointerEvent<HTMLDivElement>) => {
    const svg = e.currentTarget.querySelector('svg.tl-svg');
    if (!svg || !data) return null;
    const r = svg.getBoundingClientRect();
    return { x: e.clientX - r.left - LABEL_W, y: e.clientY - r.top, bx: e.clientX - (bodyRef.current?.getBoundingClientRect().left ?? 0), by: e.clientY - (bodyRef.current?.getBoundingClientRect().top ?? 0) };
  };
  const onRowsMove = (e: React.PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (d) {
      const dx = e.clientX - d.x0;
      if (Math.abs(dx) > 3) d.moved = true;
      if (d.moved) setUserView(panBy(d.view, (-dx / plotW) * (d.view.end - d.view.start), max));
      return;
    }
    const p = pointer(e);
    if (!p || !data || p.x < 0) return setHover(null);
    const row = rowAt(data.rows, p.y);
    const info = row ? hoverAt(data, row, toT(p.x, view, plotW), (8 / plotW) * (view.end - view.start)) : null;
    setHover(info ? { info, x: p.bx, y: p.by } : null);
  };
  const onRowsDown = (e: React.PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { x0: e.clientX, view, moved: false };
  };
  const onRowsUp = (e: React.PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    drag.current = null;
    if (!d || d.moved) return;
    if (d.view.start !== view.start || d.view.end !== view.end) return;
    const p = pointer(e);
    if (!p || p.x < 0) return;
    if (hover?.info.get !== undefined) seek(hover.info.t);
    else seek(toT(p.x, view, plotW));
  };

  // Axis: drag selects a range (then Z or "⤢ sel" zooms to it); a click moves the cursor.
  const sel = useRef<{ t0: number; x0: number } | null>(null);
  const axisT = (e: React.PointerEvent) => toT(e.clientX - e.currentTarget.getBoundingClientRect().left - LABEL_W, view, plotW);
  const onAxisDown = (e: React.PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    sel.current = { t0: axisT(e), x0: e.clientX };
  };
  const onAxisMove = (e: React.PointerEvent<HTMLDivElement>) => {
    const s = sel.current;
    if (s && Math.abs(e.clientX - s.x0) > 3) setSelection({ start: s.t0, end: axisT(e) });
  };
  const onAxisUp = (e: React.PointerEvent<HTMLDivElement>) => {
    const s = sel.current;
    sel.current = null;
    if (s && Math.abs(e.clientX - s.x0) <= 3) {
      setSelection(null);
      seek(axisT(e));
    }
  };

  const panelBody = !data ? (
    <p className="empty">{tl('title')} —</p>
  ) : (
    <div className="tl-body" ref={bodyRef}>
      <div className="tl-axis-wrap" onPointerDown={onAxisDown} onPointerMove={onAxisMove} onPointerUp={onAxisUp}>
        <Axis view={view} width={width} selection={selection} />
        <ZoomControls hasSelection={selection !== null} onZoom={h.zoom} onFit={h.fit} onZoomSelection={zoomSelection} />
      </div>
      <div
        className="tl-scroll"
        ref={scrollRef}
        onPointerDown={onRowsDown}
        onPointerMove={onRowsMove}
        onPointerUp={onRowsUp}
        onPointerLeave={() => setHover(null)}
        data-testid="timeline.rows"
      >
        <TimelineRows data={data} view={view} width={width} markers={markers} lang={lang} />
      </div>
      <Overview data={data} width={width} max={max} view={view} onSeek={seek} onPan={(v) => setUserView(clampView(v, max))} />
      <CursorLine view={view} width={width} deletion={data.deletion} />
      {hover && !drag.current && <HoverCard info={hover.info} x={hover.x} y={hover.y} width={width} />}
      {menu && <InterventionMenu trace={data.trace} onDone={() => setMenu(false)} />}
      {help && <ShortcutHelp onClose={() => setHelp(false)} />}
    </div>
  );

  return (
    <section className="panel tl-panel" aria-label={tl('title')} data-testid="timeline" data-mode={mode}>
      <header className="panel-header tl-header">
        <h2 className="panel-title">{tl('title')}</h2>
        <Toolbar
          skipIdle={skipIdle}
          menuOpen={menu}
          onPrevEvent={h.prevEvent}
          onNextEvent={h.nextEvent}
          onPrevChange={h.prevChange}
          onNextChange={h.nextChange}
          onSkipIdle={h.skipIdle}
          onMenu={() => {
            if (!menu) session.playback.send({ type: 'pause' });
            setMenu((v) => !v);
          }}
          onUndo={() => {
            const n = session.store.getState().interventions.length;
            if (n > 0) actions.removeIntervention(n - 1);
          }}
          onHelp={h.help}
        />
      </header>
      {panelBody}
    </section>
  );
}

const EMPTY: number[] = [];
