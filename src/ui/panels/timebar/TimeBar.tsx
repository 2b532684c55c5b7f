import { useActions, usePlaybackMode, useSession, useSessionApi } from '@/state/hooks';
import { formatClock } from '@/state/selectors';
import { SPEEDS } from '@/state/machines/playbackMachine';
import { Icon } from '../../components/Icon';
import { useT } from '../../useT';
import { EventTicks } from './EventTicks';
import { STEP, sliderValue } from './sliderValue';

/**
 * The time bar: play/pause, replay, a slider over [0, until], the time, and the speed.
 * (The timeline panel adds the detailed tracks below it.)
 */
export function TimeBar() {
  const t = useT();
  const { playback } = useSessionApi();
  const actions = useActions();
  const mode = usePlaybackMode();
  const cursor = useSession((s) => s.cursor);
  const until = useSession((s) => s.until);
  const speed = useSession((s) => s.speed);
  const hasRun = useSession((s) => s.run.trace !== null);
  const playing = mode === 'playing';
  const thumb = sliderValue(cursor, until, playing);

  return (
    <div className="timebar" data-testid="timebar">
      <button
        type="button"
        className="btn btn-primary btn-icon btn-round"
        disabled={!hasRun}
        onClick={() => playback.send({ type: 'toggle' })}
        aria-label={playing ? t('time.pause') : t('time.play')}
        title={playing ? t('time.pause') : t('time.play')}
        data-testid="timebar.play"
      >
        <Icon name={playing ? 'pause' : 'play'} />
      </button>
      <button
        type="button"
        className="btn btn-icon btn-ghost"
        disabled={!hasRun}
        onClick={() => playback.send({ type: 'restart' })}
        aria-label={t('time.restart')}
        title={t('time.restart')}
      >
        <Icon name="restart" />
      </button>
      <div className="clock-readout mono" aria-live="off">
        <span className="clock-now" data-testid="timebar.time">{formatClock(cursor)}</span>
        <span className="clock-total">/ {formatClock(until)}</span>
      </div>
      <div className="slider">
        <EventTicks />
        <input
          type="range"
          min={0}
          max={until}
          step={STEP}
          value={thumb}
          disabled={!hasRun}
          onChange={(e) => actions.seek(Number(e.target.value))}
          aria-label={t('time.cursor')}
          aria-valuetext={formatClock(cursor)}
          data-testid="timebar.slider"
          // Rounded to 0.1 %: a third of a pixel on this track; the style changes when the fill visibly moves.
          style={{ ['--progress' as string]: `${until ? Math.round((thumb / until) * 1000) / 10 : 0}%` }}
        />
      </div>
      <label className="speed">
        <span className="label">{t('time.speed')}</span>
        <select className="select select-sm" value={speed} onChange={(e) => actions.setSpeed(Number(e.target.value))} data-testid="timebar.speed">
          {SPEEDS.map((s) => (
            <option key={s} value={s}>{s}×</option>
          ))}
        </select>
      </label>
    </div>
  );
}
