import { describe, expect, it } from 'vitest';
import { axisTicks, chooseStep, formatDuration, formatTick, minorStep, MIN_LABEL_PX, TICK_STEPS } from '@/ui/panels/timeline/model/axis';

describe('time axis', () => {
  it('picks the smallest human step whose labels are at least MIN_LABEL_PX apart, at every zoom from 20 ms to 24 h', () => {
    const width = 900;
    for (let span = 20; span <= 24 * 3_600_000; span *= 1.37) {
      const step = chooseStep(span, width);
      const px = (step / span) * width;
      expect(px).toBeGreaterThanOrEqual(MIN_LABEL_PX);
      const i = TICK_STEPS.indexOf(step);
      // the next smaller step would crowd the labels
      if (i > 0) expect((TICK_STEPS[i - 1]! / span) * width).toBeLessThan(MIN_LABEL_PX);
      // and never fewer than ~2 labels on screen unless at the largest step
      const ticks = axisTicks(0, span, width);
      expect(ticks.major.length).toBeLessThanOrEqual(Math.floor(width / MIN_LABEL_PX) + 1);
      expect(ticks.major.length).toBeGreaterThanOrEqual(1);
    }
  });

  it('uses exactly the expected steps at familiar zooms', () => {
    expect(chooseStep(60_000, 800)).toBe(10_000); // a minute → every 10 s
    expect(chooseStep(1_000, 800)).toBe(200); // a second → every 200 ms
    expect(chooseStep(300_000, 800)).toBe(60_000); // 5 minutes → every minute
    expect(chooseStep(25 * 60_000, 900)).toBe(300_000); // a CrashLoop run → every 5 min
    expect(chooseStep(6 * 3_600_000, 900)).toBe(3_600_000);
  });

  it('labels carry only the precision the step needs', () => {
    expect(formatTick(0, 1000)).toBe('0');
    expect(formatTick(12_250, 50)).toBe('12.25s');
    expect(formatTick(12_200, 200)).toBe('12.2s');
    expect(formatTick(1_005, 5)).toBe('1.005s');
    expect(formatTick(65_200, 200)).toBe('1:05.2');
    expect(formatTick(45_000, 5000)).toBe('45s');
    expect(formatTick(65_000, 5000)).toBe('1:05');
    expect(formatTick(3_725_000, 5000)).toBe('1:02:05');
    expect(formatTick(720_000, 60_000)).toBe('12m');
    expect(formatTick(5_400_000, 1_800_000)).toBe('1h30m');
    expect(formatTick(7_200_000, 3_600_000)).toBe('2h');
  });

  it('minor ticks subdivide the major step evenly and never coincide with majors', () => {
    for (const step of TICK_STEPS.slice(1)) {
      const m = minorStep(step);
      expect(step % m).toBe(0);
      expect(step / m).toBeGreaterThanOrEqual(2);
    }
    expect(minorStep(10_000)).toBe(2000);
    expect(minorStep(60_000)).toBe(15_000);
    const ax = axisTicks(0, 60_000, 800);
    for (const t of ax.minors) expect(t % ax.step).not.toBe(0);
  });

  it('windows that do not start at 0 still get ticks on round times', () => {
    const ax = axisTicks(313_550, 612_550, 600);
    expect(ax.step).toBe(60_000);
    expect(ax.major.map((m) => m.label)).toEqual(['6m', '7m', '8m', '9m', '10m']);
    expect(axisTicks(313_550, 612_550, 900).major[0]).toEqual({ t: 330_000, label: '5:30' });
  });

  it('durations read like kubectl ages', () => {
    expect(formatDuration(550)).toBe('550ms');
    expect(formatDuration(1_250)).toBe('1.3s');
    expect(formatDuration(30_000)).toBe('30s');
    expect(formatDuration(80_000)).toBe('1m20s');
    expect(formatDuration(300_000)).toBe('5m');
    expect(formatDuration(3_900_000)).toBe('1h05m');
  });
});
