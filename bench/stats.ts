/** Small statistics helpers for the benchmarks. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}
export function median(xs: number[]): number {
  return percentile([...xs].sort((a, b) => a - b), 50);
}
export function fmtMs(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
}
export interface BenchLine {
  what: string;
  value: number;
  unit: string;
  budget: number;
  ok: boolean;
}
export function line(what: string, value: number, unit: string, budget: number): BenchLine {
  return { what, value, unit, budget, ok: value <= budget };
}
export function printLines(lines: BenchLine[]): void {
  const w = Math.max(...lines.map((l) => l.what.length));
  for (const l of lines) {
    const v = l.unit === 'ms' ? fmtMs(l.value) : `${l.value.toFixed(1)} ${l.unit}`;
    const b = l.unit === 'ms' ? fmtMs(l.budget) : `${l.budget} ${l.unit}`;
    console.log(`${l.ok ? 'ok  ' : 'OVER'}  ${l.what.padEnd(w)}  ${v.padStart(10)}   budget ≤ ${b}`);
  }
}
