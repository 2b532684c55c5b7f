import { describe, expect, it } from 'vitest';
import { roundedRect } from '@/ui/panels/timeline/TimelineRows';

/** Walks the relative path commands and returns the pen positions after each one. */
function walk(d: string): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  for (const [, cmd, args] of d.matchAll(/([MhvaZz])([^MhvaZz]*)/g)) {
    const n = args!.trim().split(/[\s,]+/).filter(Boolean).map(Number);
    if (cmd === 'M') [x, y] = [n[0]!, n[1]!];
    else if (cmd === 'h') x += n[0]!;
    else if (cmd === 'v') y += n[0]!;
    else if (cmd === 'a') [x, y] = [x + n[5]!, y + n[6]!];
    out.push({ x, y });
  }
  return out;
}

describe('probe buckets drawn as one path per colour', () => {
  it('a rounded-rect subpath covers exactly the rect the <rect rx> drew (closes where it began)', () => {
    const pts = walk(roundedRect(10, 20, 30, 14, 1.5));
    const xs = pts.map((p) => p.x);
    const ys = pts.map((p) => p.y);
    expect(Math.min(...xs)).toBeCloseTo(10);
    expect(Math.max(...xs)).toBeCloseTo(40);
    expect(Math.min(...ys)).toBeCloseTo(20);
    expect(Math.max(...ys)).toBeCloseTo(34);
    expect(pts.at(-2)).toEqual(pts[0]); // back at the start before "z"
  });

  it('clamps the corner radius to half the width, as SVG clamps rx (2 px buckets stay 2 px wide)', () => {
    const pts = walk(roundedRect(0, 0, 2, 8, 1.5));
    expect(Math.max(...pts.map((p) => p.x)) - Math.min(...pts.map((p) => p.x))).toBeCloseTo(2);
    expect(roundedRect(0, 0, 2, 8, 1.5)).toContain('a1 1 ');
  });
});
