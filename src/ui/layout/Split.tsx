import { useRef, useState, type ReactNode } from 'react';

export interface SplitProps {
  /** `row`: side by side, drag horizontally; `column`: stacked, drag vertically. */
  dir: 'row' | 'column';
  /** Size of the sized pane, in `unit`. */
  size: number;
  unit: '%' | 'px';
  min: number;
  max: number;
  /** Which pane `size` applies to; the other takes the rest. */
  sized: 'first' | 'second';
  onChange(size: number): void;
  first: ReactNode;
  second: ReactNode;
  label: string;
  testId?: string;
}

/**
 * Two panes with a drag handle (pointer or arrow keys). The size updates live while dragging and
 * is committed (remembered) on release.
 */
export function Split(props: SplitProps) {
  const { dir, unit, min, max, sized } = props;
  const box = useRef<HTMLDivElement>(null);
  const [live, setLive] = useState<number | null>(null);
  const size = live ?? props.size;
  const clamp = (v: number) => Math.min(max, Math.max(min, v));

  const fromPointer = (e: React.PointerEvent) => {
    const r = box.current!.getBoundingClientRect();
    const total = dir === 'row' ? r.width : r.height;
    let pos = dir === 'row' ? e.clientX - r.left : e.clientY - r.top;
    if (sized === 'second') pos = total - pos;
    return clamp(unit === '%' ? (pos / total) * 100 : pos);
  };
  const onDown = (e: React.PointerEvent<HTMLDivElement>) => {
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    setLive(fromPointer(e));
  };
  const onMove = (e: React.PointerEvent) => {
    if (live !== null) setLive(fromPointer(e));
  };
  const onUp = () => {
    if (live !== null) props.onChange(Math.round(live * 10) / 10);
    setLive(null);
  };
  const onKey = (e: React.KeyboardEvent) => {
    const step = unit === '%' ? 2 : 16;
    const grow = dir === 'row' ? e.key === 'ArrowRight' : e.key === 'ArrowDown';
    const shrink = dir === 'row' ? e.key === 'ArrowLeft' : e.key === 'ArrowUp';
    if (!grow && !shrink) return;
    e.preventDefault();
    const delta = (grow ? step : -step) * (sized === 'first' ? 1 : -1);
    props.onChange(clamp(props.size + delta));
  };

  const basis = `${size}${unit}`;
  const sizedStyle = { flex: `0 0 ${basis}` };
  return (
    <div ref={box} className={`split split-${dir}${live !== null ? ' is-dragging' : ''}`} data-testid={props.testId}>
      <div className="split-pane" style={sized === 'first' ? sizedStyle : undefined}>
        {props.first}
      </div>
      <div
        className="split-handle"
        role="separator"
        aria-orientation={dir === 'row' ? 'vertical' : 'horizontal'}
        aria-label={props.label}
        aria-valuenow={Math.round(size)}
        aria-valuemin={min}
        aria-valuemax={max}
        tabIndex={0}
        onPointerDown={onDown}
        onPointerMove={onMove}
        onPointerUp={onUp}
        onPointerCancel={onUp}
        onKeyDown={onKey}
      />
      <div className="split-pane" style={sized === 'second' ? sizedStyle : undefined}>
        {props.second}
      </div>
    </div>
  );
}
