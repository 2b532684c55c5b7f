import { memo } from 'react';
import type { SimEvent } from '@/engine';
import { useSession } from '@/state/hooks';

/** Small marks on the slider track where events happen (warnings in red): where to look. */
export const EventTicks = memo(function EventTicks() {
  const events = useSession((s) => s.run.trace?.events);
  const until = useSession((s) => s.until);
  if (!events || until <= 0) return null;
  // One mark per pixel-ish bucket is plenty; a long CrashLoop run has thousands of events.
  const seen = new Set<string>();
  const marks: SimEvent[] = [];
  for (const e of events) {
    const key = `${Math.round((e.t / until) * 400)}:${e.type}`;
    if (e.t <= until && !seen.has(key)) {
      seen.add(key);
      marks.push(e);
    }
  }
  return (
    <div className="ticks" aria-hidden="true">
      {marks.map((e, i) => (
        <span key={i} className={`tick tick-${e.type.toLowerCase()}`} style={{ left: `${(e.t / until) * 100}%` }} title={e.reason} />
      ))}
    </div>
  );
});
