/**
 * Startup JavaScript of the production build, read from dist/: the module script index.html loads,
 * its modulepreloads (except the editor's, which is Monaco), and everything they import statically
 * (transitively). Dynamic imports
 * (Monaco, React Flow, the inline simulator) and workers are not startup code. Sizes are gzip at
 * level 9, as a static host or CDN would serve them.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface StartupBundle {
  files: { file: string; raw: number; gzip: number }[];
  rawBytes: number;
  gzipBytes: number;
}

/** Static `import … from "./x.js"` / `import "./x.js"` / `export … from` specifiers of a built chunk. */
export function staticImports(code: string): string[] {
  const out: string[] = [];
  // Minified output: import{a as b}from"./x.js"; import"./y.js"; export*from"./z.js" — never import(
  const re = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*${},\s]+?\s*from\s*)?["']([^"']+\.js)["']/g;
  for (let m = re.exec(code); m; m = re.exec(code)) out.push(m[1]!);
  return out;
}

/** Walks dist/index.html's startup graph. */
export function startupBundle(dist: string): StartupBundle {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entries = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    // The editor's preload (data-preload="editor", see vite.config.ts) is Monaco itself: the budget
    // is the JavaScript before Monaco, so it is not startup code however early it is requested.
    ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*>/g)]
      .filter((m) => !m[0].includes('data-preload="editor"'))
      .map((m) => /href="([^"]+)"/.exec(m[0])!),
  ].map((m) => posix.normalize(m[1]!.replace(/^\.?\//, '')));
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const spec of staticImports(code)) {
      if (spec.startsWith('.')) queue.push(posix.normalize(posix.join(posix.dirname(file), spec)));
    }
  }
  const files = [...seen].map((file) => {
    const buf = readFileSync(join(dist, file));
    return { file, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  });
  return {
    files,
    rawBytes: files.reduce((a, f) => a + f.raw, 0),
    gzipBytes: files.reduce((a, f) => a + f.gzip, 0),
  };
}
