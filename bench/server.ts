/**
 * The static server the browser benchmarks measure against: `vite preview` of the production build
 * (the project's config, so the same CSP header), plus cross-origin isolation.
 *
 * Why isolation: outside a cross-origin-isolated page Chromium coarsens `performance.now()` and rAF
 * timestamps to 100 µs, so a perfect 60 Hz run (16.667 ms per frame) reads as 16.6 / 16.7 / 16.8 ms
 * and its p95 lands on 16.8 — an artefact of the clock, not a late frame. With COOP + COEP the clock
 * has 5 µs resolution and a frame that really is late still reads late. The app loads nothing
 * cross-origin, so isolation changes nothing else.
 */
import { preview, type PreviewServer } from 'vite';

export const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/** Starts `vite preview` on 127.0.0.1:port (strict: a busy port is an error, never someone else's server). */
export async function startPreview(outDir: string, port: number): Promise<{ base: string; close(): Promise<void> }> {
  const server: PreviewServer = await preview({
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, headers: ISOLATION_HEADERS },
  });
  return { base: `http://127.0.0.1:${port}`, close: () => server.close() };
}
