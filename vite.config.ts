import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('./src', import.meta.url));

export default defineConfig({
  base: './',
  plugins: [react()],
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
  build: { chunkSizeWarningLimit: 5000, sourcemap: false },
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
