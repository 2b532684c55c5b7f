import { useActions, useSession } from '@/state/hooks';
import { KEY_SPEEDS } from './model/stepping';
import { useTl } from './strings';

export interface ToolbarProps {
  skipIdle: boolean;
  menuOpen: boolean;
  onPrevEvent(): void;
  onNextEvent(): void;
  onPrevChange(): void;
  onNextChange(): void;
  onSkipIdle(): void;
  onMenu(): void;
  onUndo(): void;
  onHelp(): void;
}

/** Small stroke icons (the usual media glyphs are missing from many projector laptops' fonts). */
const ICONS = {
  prev: 'M3.5 3v10M12.5 3.5L6 8l6.5 4.5z',
  next: 'M12.5 3v10M3.5 3.5L10 8l-6.5 4.5z',
  ff: 'M1.5 3.5L7.5 8l-6 4.5zM8 3.5L14 8l-6 4.5z',
} as const;

export function Glyph({ d }: { d: string }) {
  return (
    <svg className="icon" width={16} height={16} viewBox="0 0 16 16" aria-hidden="true" fill="currentColor" stroke="currentColor" strokeWidth={1.2} strokeLinejoin="round">
      <path d={d} />
    </svg>
  );
}

/** Drops focus after a mouse click so Space goes back to play/pause; keyboard focus stays. */
const blurOnClick = (e: React.MouseEvent<HTMLButtonElement>) => {
  if (e.detail > 0) e.currentTarget.blur();
};

export function Tool({ label, onClick, children, testId, pressed, disabled, wide }: {
  label: string; onClick(): void; children: React.ReactNode; testId?: string; pressed?: boolean; disabled?: boolean; wide?: boolean;
}) {
  return (
    <button
      type="button"
      className={`btn btn-sm tl-tool${wide ? '' : ' btn-icon'}${pressed ? ' is-on' : ''}`}
      title={label}
      aria-label={label}
      {...(pressed !== undefined ? { 'aria-pressed': pressed } : {})}
      disabled={disabled}
      onClick={(e) => { blurOnClick(e); onClick(); }}
      data-testid={testId}
    >
      {children}
    </button>
  );
}

/** Zoom buttons, drawn in the empty corner left of the time axis. */
export function ZoomControls({ hasSelection, onZoom, onFit, onZoomSelection }: {
  hasSelection: boolean; onZoom(dir: -1 | 1): void; onFit(): void; onZoomSelection(): void;
}) {
  const tl = useTl();
  return (
    <div className="tl-zoom" role="group" aria-label="zoom" onPointerDown={(e) => e.stopPropagation()}>
      <Tool label={tl('zoomOut')} onClick={() => onZoom(-1)} testId="timeline.zoomOut">−</Tool>
      <Tool label={tl('zoomIn')} onClick={() => onZoom(1)} testId="timeline.zoomIn">+</Tool>
      <Tool label={tl('fit')} onClick={onFit} testId="timeline.fit" wide>{tl('fitShort')}</Tool>
      <Tool label={tl('zoomSel')} onClick={onZoomSelection} disabled={!hasSelection} testId="timeline.zoomSel" wide>{tl('selShort')}</Tool>
    </div>
  );
}

/** Step, jump, skip, speed and act: the timeline's header controls. */
export function Toolbar(p: ToolbarProps) {
  const tl = useTl();
  const actions = useActions();
  const speed = useSession((s) => s.speed);
  const count = useSession((s) => s.interventions.length);
  return (
    <div className="tl-toolbar" role="toolbar" aria-label={tl('title')}>
      <div className="tl-group">
        <Tool label={tl('prevEvent')} onClick={p.onPrevEvent} testId="timeline.prev"><Glyph d={ICONS.prev} /></Tool>
        <Tool label={tl('nextEvent')} onClick={p.onNextEvent} testId="timeline.next"><Glyph d={ICONS.next} /></Tool>
        <Tool label={tl('prevChange')} onClick={p.onPrevChange} testId="timeline.prevChange" wide>‹Δ</Tool>
        <Tool label={tl('nextChange')} onClick={p.onNextChange} testId="timeline.nextChange" wide>Δ›</Tool>
        <Tool label={tl('skipIdle')} onClick={p.onSkipIdle} pressed={p.skipIdle} testId="timeline.skipIdle" wide><Glyph d={ICONS.ff} />{tl('idleShort')}</Tool>
      </div>
      <div className="segmented tl-speeds" role="group" aria-label={tl('speed')}>
        {KEY_SPEEDS.map((s, i) => (
          <button
            key={s}
            type="button"
            className={`segment${s === 1 ? ' is-realtime' : ''}`}
            aria-pressed={speed === s}
            title={`${s}×${s === 1 ? ` — ${tl('realTime')}` : ''} (${i + 1})`}
            onClick={(e) => { blurOnClick(e); actions.setSpeed(s); }}
            data-testid={`timeline.speed.${s}`}
          >
            {s}×{s === 1 && <span className="rt-badge">{tl('realTime')}</span>}
          </button>
        ))}
      </div>
      <div className="tl-group tl-group-end">
        <Tool label={tl('act')} onClick={p.onMenu} pressed={p.menuOpen} testId="timeline.act" wide>⚡ {tl('actShort')}</Tool>
        <Tool label={tl('undoTitle')} onClick={p.onUndo} disabled={count === 0} testId="timeline.undo">↶</Tool>
        <Tool label={tl('help')} onClick={p.onHelp} testId="timeline.help">?</Tool>
      </div>
    </div>
  );
}
