/**
 * Static checks of a container's commands (runtime.analyze): shell syntax errors in `sh -c`
 * scripts of the command, args, exec probes and exec hooks, and programs the catalogue does not
 * know (the main command runs them as a generic server; an exec into a known image fails).
 */
import type { Diagnostic } from '../model/diagnostics';
import type { ContainerSpec, Handler } from '../model/spec';
import { resolveArgv, type ArgvSource } from './command';
import { lookupImage, type ImageEntry } from './images';
import { isKnownProgram, unknownProgramFate } from './programs/lookup';
import { ShellSyntaxError, type Command, type List } from './shell/ast';
import { parseScript } from './shell/parser';

const SHELL = /(^|\/)(sh|bash|ash|dash)$/;

/** The `-c` script of a shell argv and its index, if any. */
function shellScript(argv: string[]): { script: string; index: number } | undefined {
  if (!SHELL.test(argv[0] ?? '')) return undefined;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] as string;
    if (/^-[a-zA-Z]*c[a-zA-Z]*$/.test(a)) return argv[i + 1] === undefined ? undefined : { script: argv[i + 1] as string, index: i + 1 };
    if (!a.startsWith('-')) return undefined;
  }
  return undefined;
}

/** First words of every simple command in a script (only plain literals). */
function commandNames(list: List, out: string[] = []): string[] {
  const visitCmd = (c: Command) => {
    switch (c.t) {
      case 'simple': {
        const w = c.words[0]?.plain;
        if (w !== undefined) out.push(w);
        break;
      }
      case 'if':
        for (const cl of c.clauses) commandNames(cl.body, commandNames(cl.cond, out));
        if (c.otherwise) commandNames(c.otherwise, out);
        break;
      case 'loop':
        commandNames(c.body, commandNames(c.cond, out));
        break;
      case 'for':
      case 'group':
        commandNames(c.body, out);
        break;
      case 'func':
        visitCmd(c.body);
        break;
    }
  };
  for (const ao of list) for (const p of [ao.first, ...ao.rest.map((r) => r.p)]) p.cmds.forEach(visitCmd);
  return out;
}

const SHELL_WORDS = new Set(['exit', 'trap', 'wait', 'kill', 'cd', 'export', 'set', 'unset', 'shift', 'exec', 'eval', '.', 'source', 'read', 'local', 'return', 'break', 'continue', 'echo', 'printf', 'test', '[', ':', 'true', 'false', 'pwd', 'command', 'readonly']);

function check(argv: string[], path: (s: ArgvSource | undefined) => string, sources: (ArgvSource | undefined)[], image: ImageEntry | undefined, main: boolean, out: Diagnostic[]): void {
  const sc = shellScript(argv);
  let names: string[];
  if (sc) {
    try {
      const list = parseScript(sc.script);
      const funcs = new Set<string>();
      names = commandNames(list).filter((n) => !SHELL_WORDS.has(n) && !/^[A-Za-z_]\w*=/.test(n));
      for (const ao of list) for (const c of ao.first.cmds) if (c.t === 'func') funcs.add(c.name);
      names = names.filter((n) => !funcs.has(n));
    } catch (e) {
      if (!(e instanceof ShellSyntaxError)) throw e;
      out.push({ severity: 'warning', code: 'S001', message: `sh: ${e.message} (the shell exits with status 2)`, path: path(sources[sc.index]) });
      return;
    }
  } else names = argv[0] === undefined ? [] : [argv[0]];
  for (const n of new Set(names)) {
    if (n.includes('$') || isKnownProgram(n, image)) continue;
    const fate = unknownProgramFate(n, image, main ? 'main' : 'exec');
    if (fate === 'generic') {
      out.push({ severity: 'info', code: 'R101', message: `"${n}" is not in the image catalogue: it runs as a long-lived server answering 200 on the declared ports (describe it with the podlife/behavior annotation)`, path: path(sources[0]) });
    } else if (fate === 'missing' && image) {
      out.push({ severity: 'warning', code: 'R102', message: `"${n}" is not in image ${image.repo}: the command fails with "not found" (exit 127)`, path: path(sources[0]) });
    }
  }
}

/** Diagnostics for one container's command, args, exec probes and exec hooks. */
export function analyzeContainer(spec: ContainerSpec): Diagnostic[] {
  const out: Diagnostic[] = [];
  const image = lookupImage(spec.image);
  if (spec.command || spec.args) {
    const { argv, sources } = resolveArgv(spec, image, new Map());
    const path = (s: ArgvSource | undefined) => (s && s.field !== 'image' ? `${spec.path}.${s.field}[${s.index}]` : `${spec.path}.${spec.command ? 'command' : 'args'}`);
    check(argv, path, sources, image, true, out);
  }
  const execs: [Handler | undefined, string][] = [
    [spec.startupProbe?.handler, `${spec.path}.startupProbe`],
    [spec.livenessProbe?.handler, `${spec.path}.livenessProbe`],
    [spec.readinessProbe?.handler, `${spec.path}.readinessProbe`],
    [spec.postStart, `${spec.path}.lifecycle.postStart`],
    [spec.preStop, `${spec.path}.lifecycle.preStop`],
  ];
  for (const [h, base] of execs) {
    if (h?.kind !== 'exec') continue;
    const sources = h.command.map((_, i) => ({ field: 'command' as const, index: i }));
    check(h.command, (s) => `${base}.exec.command${s ? `[${s.index}]` : ''}`, sources, image, false, out);
  }
  return out;
}
