/**
 * Developer aid for the browser budgets: CPU profile of 60× playback (or scrubbing) of the heavy
 * scenario, summarised by self time per function. Build unminified first for readable names:
 *   npx vite build --outDir /tmp/podlife-plain --minify false
 *   BENCH_OUTDIR=/tmp/podlife-plain node --import tsx bench/browserProfile.ts [play|scrub|extend]
 * (`extend` plays 60× across the horizon extension at 0.85 h of the 1 h trace)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import config from '../playwright.config';
import { heavyManifest } from './heavy';
import { installProbes, sampleFrames, scrub } from './browserPage';
import { startPreview } from './server';

const PORT = Number(process.env.BENCH_PORT ?? 4452);
const OUT_DIR = process.env.BENCH_OUTDIR ?? 'dist';
const BASE = `http://127.0.0.1:${PORT}`;
const mode = process.argv[2] ?? 'play';
type Api = { setText(t: string): void; seek(ms: number): void; play(): void; pause(): void; setSpeed(s: number): void; extendHorizon(ms: number): void; getState(): { run: { status: string }; until: number } };
type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] };

async function main() {
  const server = await startPreview(OUT_DIR, PORT);
  try {
    const browser = await chromium.launch({ ...(config.use?.launchOptions ?? {}), headless: true });
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.addInitScript('globalThis.__name = (f) => f;');
    await page.addInitScript(installProbes);
    await page.goto(`${BASE}/?scenario=pod-phases-basics`);
    await page.waitForFunction(() => performance.getEntriesByName('podlife:interactive').length > 0, null, { timeout: 30_000 });
    await page.evaluate((t) => (window as unknown as { __podlife: Api }).__podlife.setText(t), heavyManifest());
    await page.waitForFunction(() => { const s = (window as unknown as { __podlife: Api }).__podlife.getState(); return s.run.status === 'ok'; });
    await page.evaluate(() => (window as unknown as { __podlife: Api }).__podlife.extendHorizon(3_600_000));
    await page.waitForFunction(() => { const s = (window as unknown as { __podlife: Api }).__podlife.getState(); return s.until === 3_600_000 && s.run.status === 'ok'; }, null, { timeout: 60_000 });
    if (process.env.HIDE) await page.addStyleTag({ content: `${process.env.HIDE} { display: none !important; }` });
    await page.waitForTimeout(500);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await browser.startTracing(page, { path: `/tmp/podlife-${mode}.trace.json`, categories: ['devtools.timeline', 'blink.user_timing'] });
    let result: unknown;
    if (mode === 'scrub') {
      let seed = 7;
      const times = Array.from({ length: 30 }, () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff) * 3_600_000);
      result = await page.evaluate(scrub, times);
    } else {
      await page.evaluate((m) => { const a = (window as unknown as { __podlife: Api }).__podlife; a.seek(m === 'extend' ? 3_030_000 : 900_000); a.setSpeed(60); a.play(); }, mode);
      const f = await page.evaluate(sampleFrames, 3000);
      const d = [...f.deltas].sort((a, b) => a - b);
      const hist: Record<string, number> = {};
      for (const x of d) hist[x.toFixed(1)] = (hist[x.toFixed(1)] ?? 0) + 1;
      result = { frames: d.length, p50: d[Math.floor(d.length / 2)], p95: d[Math.floor(d.length * 0.95)], long: f.longTasks.map((t) => Math.round(t.duration)), hist };
    }
    await browser.stopTracing();
    summariseTrace(`/tmp/podlife-${mode}.trace.json`);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: Node[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] } };
    console.log(JSON.stringify(result));
    writeFileSync(`/tmp/podlife-${mode}.cpuprofile`, JSON.stringify(profile));
    // Self time per function from samples.
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const n = byId.get(id)!;
      const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    const total = (profile.endTime - profile.startTime) / 1000;
    console.log(`total ${total.toFixed(0)} ms`);
    for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(`${v.toFixed(1).padStart(8)}  ${k}`);
    await browser.close();
  } finally {
    await server.close();
  }
}
/** Total duration per main-thread trace event name (style, layout, paint …). */
function summariseTrace(file: string) {
  const events = (JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: { name: string; ph: string; dur?: number; tid: number; pid: number }[] }).traceEvents;
  const main = events.find((e) => e.name === 'RunTask' || e.name === 'FunctionCall');
  const totals = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur || !main || e.tid !== main.tid || e.pid !== main.pid) continue;
    totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur / 1000);
  }
  console.log([...totals].sort((a, b) => b[1] - a[1]).slice(0, 18).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(' | '));
  // The long tasks, with what took the time inside them (direct and nested trace events).
  type Ev = { name: string; ph: string; dur?: number; ts: number; tid: number; pid: number; args?: { data?: { functionName?: string; url?: string } } };
  const all = events as Ev[];
  const onMain = all.filter((e) => e.ph === 'X' && e.dur && main && e.tid === main.tid && e.pid === main.pid);
  for (const task of onMain.filter((e) => e.name === 'RunTask' && e.dur! > 30_000)) {
    const inner = new Map<string, number>();
    for (const e of onMain) {
      if (e === task || e.ts < task.ts || e.ts + e.dur! > task.ts + task.dur!) continue;
      const label = e.name === 'FunctionCall' ? `FunctionCall ${e.args?.data?.functionName ?? ''}` : e.name;
      inner.set(label, (inner.get(label) ?? 0) + e.dur! / 1000);
    }
    console.log(`long task ${(task.dur! / 1000).toFixed(0)} ms: ` + [...inner].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(' | '));
  }
}

main().catch((e: unknown) => { console.error(e); process.exit(1); });
