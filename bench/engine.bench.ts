/**
 * `npm run bench`: the engine figures of ARCHITECTURE §8, each beside its budget, and a JSON report in
 * bench/results/engine.json. Run with `node --expose-gc` for the heap figure (the npm script does).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseAction, simulate, statusAt } from '../src/engine';
import type { Intervention } from '../src/engine';
import { scenarios } from '../src/scenarios';
import { heavyManifest } from './heavy';
import { line, median, percentile, printLines, type BenchLine } from './stats';

const TEN_MIN = 600_000;
const HOUR = 3_600_000;
const lines: BenchLine[] = [];
const details: Record<string, unknown> = {};

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const r = fn();
  return [r, performance.now() - t0];
}

// 1. Every built-in scenario to 10 minutes: median of 15 runs each (after 3 warm-up runs); the budget
//    applies to the slowest scenario's median.
const perScenario: Record<string, number> = {};
for (const def of scenarios) {
  const interventions: Intervention[] = (def.interventions ?? []).map((s) =>
    parseAction(s, (name) => def.files?.[name] ?? ''),
  );
  const input = { manifest: def.manifest, interventions, until: TEN_MIN, seed: 1 };
  for (let i = 0; i < 3; i++) simulate(input);
  const runs: number[] = [];
  for (let i = 0; i < 15; i++) runs.push(time(() => simulate(input))[1]);
  perScenario[def.id] = median(runs);
}
const worst = Object.entries(perScenario).sort((a, b) => b[1] - a[1])[0];
details.scenariosTo10min = perScenario;
lines.push(line(`slowest built-in scenario to 10 min, median (${worst?.[0] ?? 'none'})`, worst?.[1] ?? 0, 'ms', 20));

// 2. The heavy scenario to 1 hour.
const heavy = { manifest: heavyManifest(), until: HOUR, seed: 1 };
simulate({ ...heavy, until: 60_000 }); // warm-up
const heavyRuns: number[] = [];
let trace = simulate(heavy);
for (let i = 0; i < 3; i++) {
  const [t, ms] = time(() => simulate(heavy));
  trace = t;
  heavyRuns.push(ms);
}
details.heavy = {
  frames: trace.frames.length,
  events: trace.events.length,
  probes: trace.probes.length,
  transitions: trace.transitions.length,
  runsMs: heavyRuns,
};
lines.push(line('heavy scenario (20 containers, 3 probes at 1 s) to 1 h, median', median(heavyRuns), 'ms', 1000));

// 3. statusAt on that trace: p99 over 100k random moments (fixed LCG, reproducible).
let seed = 12345;
const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const samples: number[] = [];
let sink = 0;
for (let i = 0; i < 100_000; i++) {
  const t = rnd() * HOUR;
  const t0 = performance.now();
  const pod = statusAt(trace, t);
  samples.push(performance.now() - t0);
  if (pod) sink++;
}
samples.sort((a, b) => a - b);
details.statusAt = { p50: percentile(samples, 50), p99: percentile(samples, 99), hits: sink };
lines.push(line('statusAt on the heavy trace, p99', percentile(samples, 99), 'ms', 0.05));

// 4. Heap held by the heavy 1 h trace (informational; needs --expose-gc).
const gc = (globalThis as { gc?: () => void }).gc;
if (gc) {
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = simulate(heavy);
  gc();
  const after = process.memoryUsage().heapUsed;
  const mb = (after - before) / 1024 / 1024;
  details.heapMB = mb;
  console.log(`info  heap retained by the heavy 1 h trace: ${mb.toFixed(1)} MB (${kept.probes.length} probe records)`);
}

printLines(lines);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/engine.json', JSON.stringify({ lines, details }, null, 2));
if (lines.some((l) => !l.ok)) process.exitCode = 1;
