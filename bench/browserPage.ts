/**
 * In-page measurement helpers for the browser benchmark. Everything here runs inside Chromium
 * (passed to page.addInitScript / page.evaluate), so it only uses browser APIs.
 */

/** Installed before any page script: collects long tasks, keydowns and the app's render marks. */
export function installProbes(): void {
  const w = window as unknown as { __bench: BenchProbes };
  const probes: BenchProbes = { longTasks: [], keydowns: [], painted: [], committed: [] };
  w.__bench = probes;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probes.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.name === 'podlife:run-painted') probes.painted.push(e.startTime);
        if (e.name === 'podlife:run-committed') probes.committed.push(e.startTime);
      }
    }).observe({ type: 'mark', buffered: true });
  } catch {
    /* older engines: the bench reports what it could observe */
  }
  // Capture phase on window: sees the key before Monaco handles it.
  window.addEventListener('keydown', (e) => probes.keydowns.push(e.timeStamp), true);
}

export interface BenchProbes {
  longTasks: { start: number; duration: number }[];
  keydowns: number[];
  painted: number[];
  committed: number[];
}

/**
 * rAF deltas and long tasks over `ms` of wall time. Long tasks are taken by when they started, not
 * by when the observer reported them: entries arrive late and in batches, so counting arrivals put the
 * heavy trace's first render (page setup, seconds before playback) into the playback figure, and could
 * miss a task at the end of the window.
 */
export function sampleFrames(ms: number): Promise<{ t0: number; deltas: number[]; longTasks: { start: number; duration: number }[]; before: { start: number; duration: number }[] }> {
  const probes = (window as unknown as { __bench: BenchProbes }).__bench;
  return new Promise((resolve) => {
    const deltas: number[] = [];
    const t0 = performance.now();
    let last = t0;
    const tick = (now: number) => {
      deltas.push(now - last);
      last = now;
      if (now - t0 < ms) requestAnimationFrame(tick);
      else {
        const end = now;
        // Give the observer time to deliver what happened in the window.
        setTimeout(() => resolve({
          t0, deltas: deltas.slice(1),
          longTasks: probes.longTasks.filter((t) => t.start >= t0 && t.start < end),
          before: probes.longTasks.filter((t) => t.start < t0),
        }), 250);
      }
    };
    requestAnimationFrame(tick);
  });
}

/** Seeks to each time and measures until the frame showing it has been produced. */
export async function scrub(times: number[]): Promise<{ latencies: number[]; changed: number }> {
  const api = (window as unknown as { __podlife: { seek(ms: number): void } }).__podlife;
  const clock = () => document.querySelector('[data-testid="status.time"]')?.textContent ?? '';
  const latencies: number[] = [];
  let changed = 0;
  for (const t of times) {
    const before = clock();
    const t0 = performance.now();
    api.seek(t);
    await new Promise<void>((r) =>
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => r();
        ch.port2.postMessage(0);
      }),
    );
    latencies.push(performance.now() - t0);
    if (clock() !== before) changed++;
    await new Promise((r) => setTimeout(r, 30));
  }
  return { latencies, changed };
}
