import { describe, expect, it } from 'vitest';
import { sliderValue } from '@/ui/panels/timebar/sliderValue';

const HOUR = 3_600_000;

describe('time bar slider value', () => {
  it('paused, the slider shows the exact cursor (arrow keys step from it), clamped to the horizon', () => {
    expect(sliderValue(123_456, HOUR, false)).toBe(123_456);
    expect(sliderValue(HOUR + 5, HOUR, false)).toBe(HOUR);
  });

  it('playing a 1 h horizon, the thumb moves in thousandths (3.6 s), so 60× frames of 1 s do not all move it', () => {
    const seen = new Set<number>();
    for (let f = 0; f < 60; f++) seen.add(sliderValue(900_000 + f * 1000, HOUR, true));
    expect([...seen].every((v) => v % 3600 === 0)).toBe(true);
    expect(seen.size).toBeGreaterThanOrEqual(16);
    expect(seen.size).toBeLessThanOrEqual(18);
    expect(Math.abs(sliderValue(901_234, HOUR, true) - 901_234)).toBeLessThanOrEqual(1800);
  });

  it('playing a short horizon keeps the 100 ms step and never passes the end', () => {
    expect(sliderValue(12_340, 60_000, true)).toBe(12_300);
    expect(sliderValue(60_000, 60_000, true)).toBe(60_000);
  });
});
