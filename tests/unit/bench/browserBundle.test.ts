import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startupBundle, staticImports } from '../../../bench/browserBundle';

/** A fake dist/: index.html with its entry, a startup preload, the editor's preload and a lazy chunk. */
function fakeDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'podlife-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), [
    '<script type="module" crossorigin src="./assets/index.js"></script>',
    '<link rel="modulepreload" crossorigin href="./assets/vendor.js">',
    '<link rel="modulepreload" crossorigin href="./assets/Monaco.js" data-preload="editor">',
  ].join('\n'));
  writeFileSync(join(dir, 'assets/index.js'), 'import{a}from"./vendor.js";import"./shared.js";const l=()=>import("./Flow.js");');
  writeFileSync(join(dir, 'assets/vendor.js'), 'export const a=1;');
  writeFileSync(join(dir, 'assets/shared.js'), 'export const s=2;');
  writeFileSync(join(dir, 'assets/Flow.js'), 'x'.repeat(5000));
  writeFileSync(join(dir, 'assets/Monaco.js'), 'import"./shared.js";' + 'm'.repeat(50000));
  return dir;
}

describe('startup JavaScript counted by the bench (ARCHITECTURE §8: initial JavaScript before Monaco)', () => {
  it('counts the entry, its preloads and static imports, but not dynamic imports nor the editor (Monaco) preload', () => {
    const files = startupBundle(fakeDist()).files.map((f) => f.file).sort();
    expect(files).toEqual(['assets/index.js', 'assets/shared.js', 'assets/vendor.js']);
  });

  it('reads static import and export specifiers of minified chunks, never import()', () => {
    expect(staticImports('import{a as b}from"./x.js";import"./y.js";export*from"./z.js";import("./lazy.js")')).toEqual(['./x.js', './y.js', './z.js']);
  });
});
