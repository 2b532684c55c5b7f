import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CSP } from './src/app/csp';

const src = fileURLToPath(new URL('./src', import.meta.url));

/**
 * Production hardening of the built site (owner: hardening):
 * - the Content-Security-Policy goes into dist/index.html as a meta, so it holds from the first byte
 *   on any static host (the dev server needs inline scripts for React refresh, so `vite` has none);
 * - dist/sw.js (hand-written in public/) gets the list of built files and a version derived from
 *   their names, so every deploy precaches its own assets under a new cache and drops the old one.
 */
function hardening(): Plugin {
  let outDir = 'dist';
  const files: string[] = [];
  return {
    name: 'podlife-hardening',
    apply: 'build',
    configResolved(c) {
      outDir = c.build.outDir;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => {
        // The editor chunk (Monaco, ~1 MB gzip) is the last thing the page waits for before it can be
        // used; it is requested only when React first renders the editor panel. Preloading it lets
        // it download and compile while the app's own startup code runs. It is marked so the
        // startup-size bench counts it as what it is: Monaco, not startup code (ARCHITECTURE §8).
        const editor = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.isDynamicEntry && /MonacoYamlEditor\.tsx$/.test(c.facadeModuleId ?? ''),
        );
        return [
          { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' },
          ...(editor ? [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${editor.fileName}`, 'data-preload': 'editor' }, injectTo: 'head' as const }] : []),
        ];
      },
    },
    writeBundle(_opts, bundle) {
      files.push(...Object.keys(bundle).filter((f) => f !== 'sw.js' && !f.endsWith('.map')));
    },
    closeBundle() {
      const sw = join(outDir, 'sw.js');
      if (!existsSync(sw)) return;
      const list = ['./', ...files.sort().map((f) => `./${f}`)];
      const version = createHash('sha256').update(list.join('\n')).digest('hex').slice(0, 12);
      const text = readFileSync(sw, 'utf8').replace(
        /\/\*__PRECACHE__\*\/[^;]*;/,
        `${JSON.stringify({ version, files: list })};`,
      );
      writeFileSync(sw, text);
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), hardening()],
  resolve: {
    alias: [
      { find: /^@\/(.*)$/, replacement: `${src}/$1` },
      // monaco-worker-manager (used by monaco-yaml) imports 'monaco-editor/esm/vs/...', a path that
      // monaco-editor >= 0.55's "exports" map no longer allows; map it onto the public subpath.
      { find: /^monaco-editor\/esm\/vs\/(.+?)(\.js)?$/, replacement: 'monaco-editor/$1.js' },
    ],
  },
  optimizeDeps: { include: ['monaco-yaml/yaml.worker.js'] },
  worker: { format: 'es' },
  build: {
    chunkSizeWarningLimit: 5000,
    sourcemap: false,
    rolldownOptions: {
      // The engine, scenarios and strings have no import-time side effects, so whatever the page
      // does not call (the simulator, the shell runtime) stays in the worker chunk instead of the
      // startup bundle. Same meaning as package.json "sideEffects", scoped to our own folders.
      treeshake: {
        moduleSideEffects: [
          { test: /\/src\/(engine|scenarios|i18n)\//, sideEffects: false },
          { test: /./, sideEffects: true },
        ],
      },
    },
  },
  preview: {
    // The preview server (benchmarks, browser tests) sends the same policy as a header too.
    headers: { 'Content-Security-Policy': CSP },
  },
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
