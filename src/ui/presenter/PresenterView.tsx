import { useEffect, useMemo, useState } from 'react';
import { CREATION_TIME_MS, explain, formatGetTable } from '@/engine';
import { findScenario } from '@/state/scenarioCatalog';
import { formatClock, guard, selectEventsUntil, selectGetRow, selectPod } from '@/state/selectors';
import { useActions, usePlaybackMode, useSession, useSessionApi } from '@/state/hooks';
import { Icon } from '../components/Icon';
import { PanelGuard } from '@/ui/components/PanelGuard';
import { TimelinePanel } from '../panels/timeline/TimelinePanel';
import { eventTimes, nextTime, prevTime } from '../panels/timeline/model/stepping';
import { setPresenting, toggleFullscreen, useWorkshop } from './presenterStore';
import { usePresenterKeys } from './usePresenterKeys';
import { goToStep, neighbourStep, openLesson, showsStep, type OpenLesson } from './lessonSteps';
import { useWs } from './strings';
import { explainReasons } from '@/i18n/explain';
import './presenter.css';

/** Seconds with one decimal, the way the presenter reads the clock out loud. */
const secs = (ms: number) => `${(Math.floor(ms / 100) / 10).toFixed(1)} s`;

/**
 * The presenter view: the editor hidden, a big simulated clock and speed, the kubectl row and the
 * latest events in large type, the timeline scaled up, high-contrast colours. Keyboard and remote
 * friendly (PageDown/PageUp step through events, B blanks, F goes fullscreen).
 */
export function PresenterView() {
  const ws = useWs();
  const session = useSessionApi();
  const actions = useActions();
  const mode = usePlaybackMode();
  const cursor = useSession((s) => s.cursor);
  const speed = useSession((s) => s.speed);
  const trace = useSession((s) => s.run.trace);
  const scenarioId = useSession((s) => s.scenarioId);
  const lang = useSession((s) => s.settings.lang);
  const blank = useWorkshop((s) => s.blank);
  const [fullscreen, setFullscreen] = useState(() => !!document.fullscreenElement);

  useEffect(() => {
    const on = () => setFullscreen(!!document.fullscreenElement);
    document.addEventListener('fullscreenchange', on);
    return () => document.removeEventListener('fullscreenchange', on);
  }, []);

  const times = useMemo(() => (trace ? eventTimes(trace) : []), [trace]);
  // A guided lesson in the address: the remote's PageDown/PageUp walk its steps (arrows still step events).
  const [lesson, setLesson] = useState<OpenLesson | null>(() => openLesson(window.location.href));
  // Opened straight into a lesson link: the lessons panel is not mounted to load the step, so load it here.
  useEffect(() => {
    const open = openLesson(window.location.href);
    if (open && !showsStep(session, open.lesson, open.step)) goToStep(session, open.lesson, open.step);
  }, [session]);
  const lessonStep = (dir: 1 | -1) => {
    if (!lesson) return false;
    const next = neighbourStep(lesson, dir);
    if (next === null || !goToStep(session, lesson.lesson, next)) return true;
    setLesson({ lesson: lesson.lesson, step: next });
    return true;
  };
  const step = (dir: 1 | -1) => {
    const now = session.store.getState().cursor;
    const t = dir > 0 ? nextTime(times, now) : prevTime(times, now);
    if (t !== null) actions.seek(t);
  };
  const go = (dir: 1 | -1) => {
    if (!lessonStep(dir)) step(dir);
  };
  usePresenterKeys((a) => {
    if (a === 'next') go(1);
    else if (a === 'prev') go(-1);
    else if (a === 'blank') useWorkshop.setState({ blank: true });
    else if (a === 'unblank') useWorkshop.setState({ blank: false });
    else if (a === 'fullscreen') toggleFullscreen();
    else if (a === 'exit') setPresenting(false);
  });

  const pod = selectPod(trace, cursor);
  const podObj = pod.ok ? pod.value : null;
  const row = selectGetRow(podObj, cursor);
  const table = row.ok && row.value ? formatGetTable([row.value]) : '';
  const why = podObj ? guard(() => explain(podObj, CREATION_TIME_MS + cursor, { details: true })) : null;
  const reasons = why?.ok ? explainReasons(lang, why.value).slice(0, 3) : [];
  const recent = selectEventsUntil(trace, cursor).slice(-4).reverse();
  const lessonNow = lesson?.lesson.steps[lesson.step];
  const title = lesson && lessonNow
    ? `${lesson.lesson.title[lang]} · ${lesson.step + 1}/${lesson.lesson.steps.length}`
    : findScenario(scenarioId)?.title[lang] ?? podObj?.metadata.name ?? trace?.pod.name ?? 'PodLife';
  const playing = mode === 'playing';

  return (
    <div className="presenter" data-testid="presenter" data-fullscreen={fullscreen}>
      <header className="pv-bar">
        <div className="pv-title" title={title} data-testid="presenter.title">{title}</div>
        <div className="pv-clock" aria-label={ws('simTime')}>
          <span className="pv-clock-label">{ws('simTime')}</span>
          <span className="pv-clock-now mono" data-testid="presenter.clock">{formatClock(cursor)}</span>
        </div>
        <div className="pv-speed" data-testid="presenter.speed">
          <span className="pv-clock-label">{ws('speed')}</span>
          <span className="mono">×{speed}{playing ? ' ▶' : ' ❚❚'}</span>
        </div>
        <div className="pv-buttons">
          <button type="button" className="pv-btn" onClick={() => go(-1)} title={ws('prev')} aria-label={ws('prev')} data-testid="presenter.prev">
            <svg viewBox="0 0 16 16" fill="currentColor" aria-hidden="true"><path d="M3 3h2v10H3zM13 3v10L6 8z" /></svg>
          </button>
          <button type="button" className="pv-btn" onClick={() => session.playback.send({ type: 'toggle' })} title={ws('play')} aria-label={ws('play')} data-testid="presenter.play">
            <Icon name={playing ? 'pause' : 'play'} size={22} />
          </button>
          <button type="button" className="pv-btn" onClick={() => go(1)} title={ws('next')} aria-label={ws('next')} data-testid="presenter.next">
            <svg viewBox="0 0 16 16" fill="currentColor" aria-hidden="true"><path d="M11 3h2v10h-2zM3 3v10l7-5z" /></svg>
          </button>
          <button type="button" className="pv-btn" onClick={toggleFullscreen} title={ws('fullscreen')} aria-label={ws('fullscreen')} data-testid="presenter.fullscreen">
            <svg viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.8" aria-hidden="true"><path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" /></svg>
          </button>
          <button type="button" className="pv-btn" onClick={() => useWorkshop.setState({ blank: true })} title={ws('blank')} aria-label={ws('blank')}>B</button>
          <button type="button" className="pv-btn" onClick={() => setPresenting(false)} title={ws('exitPresent')} aria-label={ws('exitPresent')} data-testid="presenter.exit">
            <Icon name="close" size={22} />
          </button>
        </div>
      </header>
      <div className="pv-main">
        <section className="pv-kubectl" aria-label="kubectl get pod">
          <pre className="pv-get mono" data-testid="presenter.get">{table || '—'}</pre>
          <p className="pv-phase">
            phase <strong data-phase={podObj?.status.phase ?? ''}>{podObj?.status.phase ?? '—'}</strong>
            <span className="pv-at mono">t = {secs(cursor)}</span>
          </p>
        </section>
        <div className="pv-timeline">
          <PanelGuard name="timeline"><TimelinePanel /></PanelGuard>
        </div>
        <aside className="pv-side">
          {lessonNow && (
            <div className="pv-lesson" data-testid="presenter.lesson">
              <h3>{lessonNow.title[lang]}</h3>
              <p>{lessonNow.text[lang]}</p>
            </div>
          )}
          <h2>{ws('latest')}</h2>
          {recent.length === 0 ? <p className="pv-muted">{ws('noEvents')}</p> : (
            <ol className="pv-events" data-testid="presenter.events">
              {recent.map((e, i) => (
                <li key={`${e.t}-${i}`} className={e.type === 'Warning' ? 'pv-ev-warn' : ''}>
                  <span className="pv-ev-t mono">{secs(e.t)}</span>
                  <span className="pv-ev-r">{e.reason}</span>
                  <span className="pv-ev-m">{e.message}</span>
                </li>
              ))}
            </ol>
          )}
          {reasons.length > 0 && (
            <>
              <h2>{ws('why')}</h2>
              <ul className="pv-why">{reasons.map((r, i) => <li key={i}>{r}</li>)}</ul>
            </>
          )}
        </aside>
      </div>
      {blank && (
        <div className="pv-blank" data-testid="presenter.blank" onClick={() => useWorkshop.setState({ blank: false })}>
          <span>{ws('blankHint')}</span>
        </div>
      )}
    </div>
  );
}
