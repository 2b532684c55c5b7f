import { useEffect, useMemo, useRef, useState } from 'react';
import { formatClock } from '@/state/selectors';
import { isTyping } from '../panels/timeline/useTimelineKeys';
import { eventTimes, nextTime, prevTime } from '../panels/timeline/model/stepping';
import { fitView } from '../panels/timeline/model/view';
import { Icon } from '../components/Icon';
import { useWorkshop, type CompareSide } from '../presenter/presenterStore';
import { useWs } from '../presenter/strings';
import { useT } from '../useT';
import { CompareLane, rowAt } from './CompareLane';
import { mergedTimes } from './compactData';
import { diffRows, diffSummary, fmtT, outcomeOf } from './diff';
import { useCompareRuns } from './useCompareRuns';
import '../panels/timeline/timeline.css';
import './compare.css';

const SPEED = 5;

/**
 * What-if comparison: two pods on one shared clock, side by side (one above the other), with their
 * kubectl rows at the cursor, the differences marked and a one-line verdict.
 */
export function CompareView({ a, b, editableB }: { a: CompareSide; b: CompareSide; editableB: boolean }) {
  const ws = useWs();
  const t = useT();
  const [bText, setBText] = useState(b.text);
  const [bIv, setBIv] = useState(b.interventions.join('\n'));
  const sideB = useMemo<CompareSide>(() => ({ ...b, text: bText, interventions: bIv.split('\n').map((l) => l.trim()).filter(Boolean) }), [b, bText, bIv]);
  const runs = useCompareRuns(a, sideB);
  const ta = runs.a.trace;
  const tb = runs.b.trace;
  const horizon = runs.horizon;
  const [cursor, setCursor] = useState(0);
  const [playing, setPlaying] = useState(false);
  const cursorRef = useRef(cursor);
  cursorRef.current = cursor;
  const seek = (t: number) => setCursor(Math.max(0, Math.min(horizon, Math.round(t))));
  const times = useMemo(() => mergedTimes(ta ? eventTimes(ta) : [], tb ? eventTimes(tb) : []), [ta, tb]);
  const close = () => useWorkshop.setState({ compare: null });

  // The shared clock: one cursor for both sides, advanced by requestAnimationFrame while playing.
  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    let id = requestAnimationFrame(function tick(now) {
      const next = cursorRef.current + (now - last) * SPEED;
      last = now;
      if (next >= horizon) {
        setCursor(horizon);
        setPlaying(false);
        return;
      }
      setCursor(next);
      id = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(id);
  }, [playing, horizon]);

  const keys = useRef({ times, horizon });
  keys.current = { times, horizon };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Escape closes from anywhere but the manifest and intervention boxes (where it is an editing key).
      if (e.key === 'Escape' && !(e.target instanceof HTMLTextAreaElement)) {
        e.preventDefault();
        e.stopPropagation();
        useWorkshop.setState({ compare: null });
        return;
      }
      if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      const c = cursorRef.current;
      const { times: ts } = keys.current;
      let t: number | null = null;
      if (e.key === 'PageDown' || e.key === 'ArrowRight') t = nextTime(ts, c);
      else if (e.key === 'PageUp' || e.key === 'ArrowLeft') t = prevTime(ts, c);
      else if (e.key === 'Home') t = 0;
      else if (e.key === 'End') t = keys.current.horizon;
      else if (e.key === ' ') setPlaying((p) => !p);
      else return;
      // The comparison owns the keyboard while open: the page's timeline must not move underneath.
      e.preventDefault();
      e.stopPropagation();
      if (t !== null) setCursor(t);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  const oa = ta ? outcomeOf(ta, horizon) : null;
  const ob = tb ? outcomeOf(tb, horizon) : null;
  const summary = oa && ob ? diffSummary(a.label, oa, sideB.label, ob, t) : '';
  const table = oa && ob ? diffRows(oa, ob) : [];
  const ra = rowAt(ta, cursor);
  const rb = rowAt(tb, cursor);
  const differs = {
    ready: !!ra && !!rb && ra.ready !== rb.ready,
    status: (ra?.status ?? '') !== (rb?.status ?? ''),
    restarts: (ra?.restarts.split(' ')[0] ?? '') !== (rb?.restarts.split(' ')[0] ?? ''),
  };
  const view = fitView(horizon);
  const errorOf = (r: typeof runs.a) => r.error ?? (r.trace ? null : ws('invalid', { error: r.diagnostics.find((d) => d.severity === 'error')?.message ?? ws('noPod') }));

  return (
    <div className="cmp" role="dialog" aria-modal="true" aria-label={ws('compareTitle')} data-testid="compare">
      <header className="cmp-head">
        <h2>{ws('compareTitle')}</h2>
        <p className="cmp-summary" data-testid="compare.summary">{summary}</p>
        <button type="button" className="btn btn-icon" onClick={close} aria-label={ws('close')} title={ws('close')} data-testid="compare.close">
          <Icon name="close" />
        </button>
      </header>
      <div className="cmp-clock">
        <button type="button" className="btn btn-primary btn-icon btn-round" onClick={() => setPlaying((p) => !p)} aria-label={ws('play')} data-testid="compare.play">
          <Icon name={playing ? 'pause' : 'play'} />
        </button>
        <input
          type="range" min={0} max={horizon} step={100} value={Math.round(cursor)}
          onChange={(e) => seek(Number(e.target.value))} aria-label={t('time.cursor')} data-testid="compare.slider"
        />
        <span className="mono cmp-time" data-testid="compare.time">{formatClock(cursor)} / {formatClock(horizon)}</span>
      </div>
      <div className={`cmp-body${editableB ? ' cmp-editable' : ''}`}>
        <div className="cmp-lanes">
          <CompareLane side="a" label={a.label} trace={ta} error={errorOf(runs.a)} view={view} cursor={cursor} differs={differs} onSeek={seek} />
          <CompareLane side="b" label={sideB.label} trace={tb} error={errorOf(runs.b)} view={view} cursor={cursor} differs={differs} onSeek={seek} />
          <table className="cmp-table" data-testid="compare.table">
            <thead><tr><th>{ws('atHorizon', { t: fmtT(horizon) })}</th><th>A · {a.label}</th><th>B · {sideB.label}</th></tr></thead>
            <tbody>
              {table.map((r) => (
                <tr key={r.key} className={r.differs ? 'cmp-differs' : ''} data-key={r.key} data-differs={r.differs}>
                  <th>{ws(r.key)}</th><td className="mono">{r.a}</td><td className="mono">{r.b}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {editableB && (
          <aside className="cmp-edit">
            <label>
              <span>{ws('manifestB')}</span>
              <textarea className="mono" spellCheck={false} value={bText} onChange={(e) => setBText(e.target.value)} data-testid="compare.bText" />
            </label>
            <label>
              <span>{ws('interventions')}</span>
              <textarea className="mono cmp-iv" spellCheck={false} value={bIv} onChange={(e) => setBIv(e.target.value)} data-testid="compare.bInterventions" />
            </label>
          </aside>
        )}
      </div>
    </div>
  );
}
