/**
 * Which program a name runs in a given container: a shell, a small tool, a network client, an
 * image's server, a script file in the container fs, or — for programs the catalogue does not know —
 * a generic long-running app (main container) or "not found" (exec into a known image).
 */
import type { ImageEntry } from '../images';
import { absPath } from '../fs';
import type { Co } from '../kernel';
import type { Ctx, Program } from '../shell/context';
import { Shell } from '../shell/interp';
import { readAll } from '../shell/pipe';
import { BUILTINS } from '../shell/builtins';
import { APPS, genericApp } from './apps';
import { NET_TOOLS } from './net';
import { TOOLS } from './tools';

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash']);
/** Builtins that also exist as binaries (/bin/kill, /bin/echo …), so `exec` can run them directly. */
const BINARY_BUILTINS = new Set(['kill', 'echo', 'printf', 'test', '[', 'pwd']);

/** Names that look like an application runtime (run as a generic server when nothing else matches). */
const APP_LAUNCHER = /^(java|python[\d.]*|node(js)?|npm|yarn|pnpm|ruby|rails|bundle|php(-fpm)?|dotnet|gunicorn|uvicorn|flask|deno|bun|perl|caddy|traefik|envoy|haproxy|mongod|memcached|rabbitmq-server|catalina\.sh|.*\.(jar|py|js|rb|php))$/;

const NO_CURL = ['curl', 'bash'];
const DEBIAN_BASE = ['wget', 'nslookup', 'nc', 'ash'];
/** Tools an image does not ship (busybox has no curl; Debian-based images have no wget/nslookup/nc). */
const MISSING: Record<string, string[]> = {
  'docker.io/library/busybox': NO_CURL,
  'k8s.gcr.io/busybox': NO_CURL,
  'docker.io/library/alpine': NO_CURL,
  'docker.io/radial/busyboxplus': ['bash'],
  'docker.io/library/ubuntu': [...DEBIAN_BASE, 'curl'],
  'docker.io/library/debian': [...DEBIAN_BASE, 'curl'],
  'docker.io/library/nginx': DEBIAN_BASE,
  'docker.io/library/httpd': [...DEBIAN_BASE, 'curl'],
  'docker.io/library/redis': [...DEBIAN_BASE, 'curl'],
  'docker.io/library/postgres': [...DEBIAN_BASE, 'curl'],
  'docker.io/library/mysql': [...DEBIAN_BASE, 'curl'],
  'docker.io/library/centos': ['wget', 'nslookup', 'nc', 'ash'],
};

const base = (name: string) => name.slice(name.lastIndexOf('/') + 1);

function imagePrograms(img: ImageEntry): Set<string> {
  const names = new Set([...img.entrypoint, ...img.cmd, ...(img.programs ?? [])].map(base));
  if (names.has('httpd-foreground')) names.add('httpd');
  return names;
}

function hasTool(img: ImageEntry | undefined, name: string): boolean {
  if (!img) return true;
  return img.shell && !(MISSING[img.repo] ?? []).includes(name);
}

/** `sh -c script [name [args…]]`, `sh file`, or `sh` reading stdin (empty without a tty: exits 0). */
export const sh: Program = function* (inv, argv): Co {
  const { ctx, io, proc } = inv;
  let i = 1;
  let cmdMode = false;
  let errexit = false;
  let xtrace = false;
  for (; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') {
      i++;
      break;
    }
    if (!/^[-+][a-zA-Z]+$/.test(a)) break;
    if (a.includes('c')) cmdMode = true;
    if (a.startsWith('-') && a.includes('e')) errexit = true;
    if (a.startsWith('-') && a.includes('x')) xtrace = true;
  }
  const shell = new Shell(ctx, proc);
  shell.vars = new Map(Object.entries(inv.shell.env()));
  shell.exported = new Set(shell.vars.keys());
  shell.cwd = inv.shell.cwd;
  shell.errexit = errexit;
  shell.xtrace = xtrace;
  let script: string;
  const self = base(argv[0] ?? 'sh');
  if (cmdMode) {
    const s = argv[i];
    if (s === undefined) {
      io.err(`${self}: -c requires an argument\n`);
      return 2;
    }
    script = s;
    shell.name = argv[i + 1] ?? self;
    shell.args = argv.slice(i + 2);
  } else if (argv[i] !== undefined) {
    const file = argv[i] as string;
    const src = ctx.fs.read(absPath(file, inv.shell.cwd));
    if (src === undefined) {
      io.err(`${self}: can't open '${file}': No such file or directory\n`);
      return 2;
    }
    script = src;
    shell.name = file;
    shell.args = argv.slice(i + 1);
  } else script = io.pipe ? yield* readAll(io, proc) : io.input; // `… | sh` runs what the pipe delivers
  const prev = proc.onSignal;
  // Exec'd (PID 1 `sh -c …`), the shell's traps are the process's; nested, the outer shell keeps them.
  if (inv.exec) shell.installSignalHandler();
  try {
    return yield* shell.runScript(script, io);
  } finally {
    if (!inv.exec) proc.onSignal = prev;
  }
};

/** Resolve `name` in the container described by `ctx`; undefined = not found. */
export function lookupProgram(name: string, ctx: Ctx): Program | undefined {
  const b = base(name);
  const img = ctx.image;
  if (SHELLS.has(b)) return hasTool(img, b) ? sh : undefined;
  const tool = TOOLS[b] ?? NET_TOOLS[b] ?? (BINARY_BUILTINS.has(b) ? BUILTINS[b] : undefined);
  if (tool) return hasTool(img, b) ? tool : undefined;
  if (name.includes('/')) {
    // A script in the container fs (e.g. written into a shared volume by an init container).
    const src = ctx.fs.read(name);
    if (src !== undefined && !ctx.fs.isDir(name)) return (inv, argv) => sh(inv, ['sh', name, ...argv.slice(1)]);
  }
  if (!img) return ctx.mode === 'main' ? genericApp(b) : () => 0;
  const app = APPS[b];
  if (app && imagePrograms(img).has(b)) return app;
  if (ctx.mode === 'main' && (name.includes('/') || APP_LAUNCHER.test(b))) return genericApp(b);
  return undefined;
}

/** What happens to a program the catalogue does not know: a generic server, not found, or a silent success. */
export function unknownProgramFate(name: string, img: ImageEntry | undefined, mode: 'main' | 'exec'): 'generic' | 'missing' | 'noop' {
  if (!img) return mode === 'main' ? 'generic' : 'noop';
  return mode === 'main' && (name.includes('/') || APP_LAUNCHER.test(base(name))) ? 'generic' : 'missing';
}

/** True when the catalogue knows what `name` does in this image (false → analyze() reports it). */
export function isKnownProgram(name: string, img: ImageEntry | undefined): boolean {
  const b = base(name);
  if (SHELLS.has(b) || b in TOOLS || b in NET_TOOLS || BINARY_BUILTINS.has(b)) return hasTool(img, b);
  return img !== undefined && b in APPS && imagePrograms(img).has(b);
}
