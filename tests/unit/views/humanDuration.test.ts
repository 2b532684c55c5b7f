import { describe, expect, it } from 'vitest';
import { goDurationSeconds, humanDuration } from '@/engine/views/humanDuration';

// Upstream: apimachinery/pkg/util/duration/duration.go HumanDuration (k8s-semantics §9).
const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;
const Y = 365 * D;

describe('humanDuration (apimachinery HumanDuration)', () => {
  it.each([
    ['up to 1 s in the future is tolerated as 0s', -1999, '0s'],
    ['more than 1 s in the future is <invalid>', -2000, '<invalid>'],
    ['zero', 0, '0s'],
    ['sub-second truncates', 999, '0s'],
    ['under 2 minutes in seconds', 119 * S, '119s'],
    ['90 s stays seconds', 90 * S, '90s'],
    ['2 minutes switches to minutes', 2 * M, '2m'],
    ['minutes and seconds under 10 min', 3 * M + 5 * S, '3m5s'],
    ['whole minutes drop the seconds', 5 * M, '5m'],
    ['9m59s', 10 * M - S, '9m59s'],
    ['from 10 min minutes only', 10 * M + 30 * S, '10m'],
    ['45 minutes', 45 * M, '45m'],
    ['just under 3 h is minutes', 3 * H - S, '179m'],
    ['3 h switches to hours and minutes', 3 * H + 4 * M, '3h4m'],
    ['whole hours', 5 * H, '5h'],
    ['from 8 h hours only', 10 * H + 59 * M, '10h'],
    ['47 h', 47 * H + 59 * M, '47h'],
    ['48 h → days and hours', 2 * D + 3 * H, '2d3h'],
    ['whole days under 8 d', 3 * D, '3d'],
    ['from 8 d days only', 9 * D + 5 * H, '9d'],
    ['729 days', 729 * D, '729d'],
    ['2 years and days', 2 * Y + 34 * D, '2y34d'],
    ['whole years', 3 * Y, '3y'],
    ['from 8 years years only', 8 * Y + 100 * D, '8y'],
  ])('%s: %d ms → %s', (_n, ms, expected) => {
    expect(humanDuration(ms)).toBe(expected);
  });
});

describe('goDurationSeconds (Go time.Duration String, used by describe probe lines)', () => {
  it.each([
    [0, '0s'],
    [3, '3s'],
    [90, '1m30s'],
    [3600, '1h0m0s'],
  ])('%d s → %s', (s, expected) => expect(goDurationSeconds(s)).toBe(expected));
});
