import { formatClock } from '@/state/selectors';
import type { HoverInfo } from './model/hover';
import { SHORTCUTS, useIsZh, useTl } from './strings';

/** The hover card: what is under the pointer, and for events the `kubectl get` line then. */
export function HoverCard({ info, x, y, width }: { info: HoverInfo; x: number; y: number; width: number }) {
  const tl = useTl();
  const cardW = 420;
  const left = Math.max(8, Math.min(x + 14, width - cardW - 8));
  return (
    <div className={`tl-hover tone-edge-${info.tone}`} style={{ left, top: y + 16, width: cardW }} role="tooltip" data-testid="timeline.hover">
      <div className="tl-hover-title">
        <span className="mono tl-hover-t">@{formatClock(info.t)}</span> {info.title}
      </div>
      {info.lines.map((l, i) => <div key={i} className="tl-hover-line">{l}</div>)}
      {info.get && (
        <>
          <div className="tl-hover-sub">{tl('getAt')} {formatClock(info.t)}</div>
          <pre className="tl-hover-get mono">{info.get}</pre>
        </>
      )}
    </div>
  );
}

/** The shortcut list (toggled with ? or the help button). */
export function ShortcutHelp({ onClose }: { onClose(): void }) {
  const tl = useTl();
  const zh = useIsZh();
  return (
    <div className="tl-help" role="dialog" aria-label={tl('help')} data-testid="timeline.shortcuts">
      <div className="tl-menu-head">
        <strong>{tl('help')}</strong>
        <button type="button" className="btn btn-sm btn-ghost" onClick={onClose}>{tl('close')}</button>
      </div>
      <table>
        <tbody>
          {SHORTCUTS.map(([k, en, z]) => (
            <tr key={k}><th><kbd>{k}</kbd></th><td>{zh ? z : en}</td></tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">{tl('hint')}</p>
    </div>
  );
}
