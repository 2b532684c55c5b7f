/**
 * One duration syntax for the behaviour annotation (parseDuration) and the CLI's --do times
 * (parseSeconds): both wrap durationMs, so they accept exactly the same strings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { durationMs, parseDuration } from '@/engine/manifest/duration';
import { parseSeconds } from '@/engine/views/actions';

describe('durationMs: seconds or Go-style units → integer ms', () => {
  it.each([
    ['12', 12_000],
    ['12.5', 12_500],
    ['500ms', 500],
    ['90s', 90_000],
    ['1m30s', 90_000],
    ['2h', 7_200_000],
    ['1.5s', 1500],
    ['0', 0],
  ])('%s → %d', (s, ms) => expect(durationMs(s)).toBe(ms));

  it.each(['', ' 12', '-1', '1d', 's', '1m 30s', '+3', '1e3'])('rejects "%s"', (s) => expect(durationMs(s)).toBeUndefined());
});

describe('the two callers agree', () => {
  const token = fc.oneof(
    fc.stringMatching(/^\d{1,4}(\.\d{1,2})?((ms|s|m|h)(\d{1,3}(ms|s|m|h))?)?$/),
    fc.string({ maxLength: 8 }),
  );
  it('parseSeconds throws exactly when parseDuration rejects the same (unpadded) string', () => {
    fc.assert(
      fc.property(token, (s) => {
        const d = s.trim() === s ? parseDuration(s) : durationMs(s);
        if (d === undefined) expect(() => parseSeconds(s)).toThrow(/is not a time/);
        else expect(parseSeconds(s)).toBe(d);
      }),
    );
  });
  it('only parseDuration takes YAML numbers and padded strings', () => {
    expect(parseDuration(2.5)).toBe(2500);
    expect(parseDuration(' 3s ')).toBe(3000);
    expect(parseDuration(-1)).toBeUndefined();
    expect(() => parseSeconds(' 3s ')).toThrow(/' 3s ' is not a time/);
  });
});
