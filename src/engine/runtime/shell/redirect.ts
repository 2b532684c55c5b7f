/** Redirections (`>`, `>>`, `<`, `<<EOF`, `2>&1`, `>/dev/null` …) applied to a command's IO. */
import { absPath } from '../fs';
import type { Redir } from './ast';
import { DEV_NULL, type IO } from './context';
import { expandWord, type SubResults } from './expand';
import type { Shell } from './interp';

/** The IO a command sees after its redirections; undefined (message written) when a file cannot be opened. */
export function applyRedirects(sh: Shell, redirs: Redir[], io: IO, subs?: Map<Redir['target'], SubResults>): IO | undefined {
  const r: IO = { ...io };
  for (const rd of redirs) {
    const target = rd.target.plain ?? expandWord(sh, rd.target, subs?.get(rd.target), false)[0] ?? '';
    if (rd.op === '<<' || rd.op === '<<<') {
      // The here-document body (or `<<<` here-string, with its newline) is the command's standard input.
      r.input = rd.op === '<<<' ? target + '\n' : target;
      delete r.pipe;
      continue;
    }
    if (rd.op === '>&' || rd.op === '<&') {
      if (rd.fd === 2 && target === '1') r.err = r.out;
      else if (rd.fd === 1 && target === '2') r.out = r.err;
      else if (target === '-' && rd.fd === 2) r.err = DEV_NULL;
      else if (target === '-') r.out = DEV_NULL;
      if (rd.fd === 1) delete r.outPipe;
      continue;
    }
    let sink: (s: string) => void;
    if (rd.op === '<') {
      const path = absPath(target, sh.cwd);
      const data = path === '/dev/null' ? '' : sh.fs.read(path);
      if (data === undefined) {
        io.err(`sh: can't open '${target}': No such file or directory\n`);
        return undefined;
      }
      r.input = data;
      delete r.pipe;
      continue;
    }
    const path = absPath(target, sh.cwd);
    if (path === '/dev/null') sink = DEV_NULL;
    else if (path === '/dev/stdout') sink = io.out;
    else if (path === '/dev/stderr') sink = io.err;
    else {
      if (sh.fs.isDir(path) || !sh.fs.write(path, '', rd.op === '>>')) {
        io.err(sh.fs.isDir(path) ? `sh: can't create ${target}: Is a directory\n` : `sh: can't create ${target}: nonexistent directory\n`);
        return undefined;
      }
      // A write that does not fit (fs.ts TREE_CAPACITY) fails like one on a full disk, said once.
      let full = false;
      sink = (s) => {
        if (sh.fs.write(path, s, true) || full) return;
        full = true;
        io.err('sh: write error: No space left on device\n');
      };
    }
    if (rd.fd === 2) r.err = sink;
    else {
      r.out = sink;
      delete r.outPipe;
    }
  }
  return r;
}
