import { describe, expect, it } from 'vitest';
import type { SimEvent } from '@/engine';
import { aggregateEvents, describeEventsSection, eventAge } from '@/engine/views/describeEvents';

// client-go tools/record events_cache.go (EventCorrelator merges identical events) and
// kubectl describe.go DescribeEvents (sorted by lastTimestamp, `(xN over <age of first>)`).
const e = (t: number, reason: string, message = 'm', o: Partial<SimEvent> = {}): SimEvent => ({
  t: t * 1000,
  type: 'Warning',
  reason,
  message,
  source: 'kubelet',
  ...o,
});

describe('event aggregation', () => {
  it('merges identical events with a count and first/last times', () => {
    const agg = aggregateEvents([e(10, 'BackOff'), e(20, 'BackOff'), e(40, 'BackOff')], 100_000);
    expect(agg).toHaveLength(1);
    expect(agg[0]).toMatchObject({ count: 3, first: 10_000, last: 40_000 });
    expect(eventAge(agg[0]!, 100_000)).toBe('60s (x3 over 90s)');
  });

  it('keeps events apart when message, type, source or container differ', () => {
    const agg = aggregateEvents(
      [
        e(1, 'Unhealthy', 'a'),
        e(2, 'Unhealthy', 'b'),
        e(3, 'Unhealthy', 'a', { type: 'Normal' }),
        e(4, 'Unhealthy', 'a', { source: 'other' }),
        e(5, 'Unhealthy', 'a', { container: 'c2' }),
      ],
      10_000,
    );
    expect(agg.map((a) => a.count)).toEqual([1, 1, 1, 1, 1]);
  });

  it('starts a new record when the same event comes back more than 10 minutes after the last one', () => {
    const agg = aggregateEvents([e(0, 'BackOff'), e(700, 'BackOff'), e(710, 'BackOff')], 800_000);
    expect(agg.map((a) => a.count)).toEqual([1, 2]);
  });

  it('sorts by last occurrence and hides events after now', () => {
    const agg = aggregateEvents([e(1, 'A'), e(2, 'B'), e(9, 'A'), e(50, 'C')], 20_000);
    expect(agg.map((a) => a.reason)).toEqual(['B', 'A']);
  });

  it('prints Events: <none> when there are none', () => {
    expect(describeEventsSection([], 0)).toBe('Events:\t<none>\n');
  });
});
