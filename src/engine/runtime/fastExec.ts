/**
 * The probe fast path. Exec probes run every period for hours (the heavy benchmark runs ~200k of
 * them), and nearly all are one of `cat /tmp/healthy`, `test -f …`, `sh -c "… && …"` over tools that
 * finish at once. Such commands are compiled once per text into a plan and run synchronously,
 * without a kernel, a shell or generators. Anything else returns no plan and takes the full path.
 */
import type { ImageEntry } from './images';
import { lookupProgram } from './programs/lookup';
import type { AndOr, Command } from './shell/ast';
import { BUILTINS } from './shell/builtins';
import { DEV_NULL, type Ctx, type Invocation, type IO, type Program } from './shell/context';
import { parseScript } from './shell/parser';
import { TOOLS } from './programs/tools';
import type { Fs, Process, ProcessState, Server, Signal, World } from './types';

/** Programs that only read their arguments, the fs, stdin and cwd, and return at once. */
const SYNC = new Set(['cat', 'test', '[', 'true', 'false', ':', 'echo', 'printf', 'touch', 'rm', 'mkdir', 'ls', 'grep', 'wc', 'head', 'tail', 'cp', 'mv']);
const SHELLS = /^(\/bin\/|\/usr\/bin\/)?(sh|bash|ash|dash)$/;

interface Step {
  argv: string[];
  prog: string;
  devnullOut: boolean;
  devnullErr: boolean;
}
interface Group {
  first: Step;
  rest: { op: '&&' | '||'; step: Step }[];
}
type Plan = { shell: string | undefined; groups: Group[] };

const PLANS = new Map<string, Plan | null>();

function stepOf(c: Command): Step | null {
  if (c.t !== 'simple' || c.assigns.length > 0 || c.words.length === 0) return null;
  const argv: string[] = [];
  for (const w of c.words) {
    if (w.plain === undefined || /[*?$`]/.test(w.plain)) {
      // Quoted literals are fine too (`echo "ok"`), expansions are not.
      if (w.parts.length !== 1 || w.parts[0]?.t !== 'lit') return null;
      argv.push(w.parts[0].v);
    } else argv.push(w.plain);
  }
  let devnullOut = false;
  let devnullErr = false;
  for (const r of c.redirs) {
    if (r.op !== '>' || r.target.plain !== '/dev/null') return null;
    if (r.fd === 2) devnullErr = true;
    else devnullOut = true;
  }
  const prog = (argv[0] as string).slice((argv[0] as string).lastIndexOf('/') + 1);
  // `tail -f` and endless devices (`cat /dev/zero`) take time: only the full interpreter can run them.
  if ((prog === 'tail' && argv.some((a) => /^-[a-zA-Z]*[fF]/.test(a))) || argv.some((a) => a.startsWith('/dev/'))) return null;
  return SYNC.has(prog) ? { argv, prog, devnullOut, devnullErr } : null;
}

function groupOf(ao: AndOr): Group | null {
  if (ao.background || ao.first.bang || ao.first.cmds.length !== 1) return null;
  const first = stepOf(ao.first.cmds[0] as Command);
  if (!first) return null;
  const rest: Group['rest'] = [];
  for (const r of ao.rest) {
    if (r.p.bang || r.p.cmds.length !== 1) return null;
    const step = stepOf(r.p.cmds[0] as Command);
    if (!step) return null;
    rest.push({ op: r.op, step });
  }
  return { first, rest };
}

function compile(command: string[]): Plan | null {
  const [head, flag, script, ...more] = command;
  if (head === undefined) return null;
  if (SHELLS.test(head)) {
    if (flag !== '-c' || script === undefined || more.length > 0) return null;
    try {
      const groups = parseScript(script).map(groupOf);
      return groups.length > 0 && groups.every((g) => g !== null) ? { shell: head, groups: groups as Group[] } : null;
    } catch {
      return null; // syntax errors take the full path, which prints the shell's message
    }
  }
  const step = stepOf({ t: 'simple', assigns: [], redirs: [], words: command.map((v) => ({ parts: [{ t: 'lit', v, quoted: true }], hasSub: false })) });
  return step ? { shell: undefined, groups: [{ first: step, rest: [] }] } : null;
}

/** The cached plan for an exec command, or null when it needs the full interpreter. */
const BY_ARRAY = new WeakMap<readonly string[], Plan | null>();

export function fastPlan(command: string[]): Plan | null {
  // The simulator passes the same handler array on every probe run: look it up by identity first.
  const known = BY_ARRAY.get(command);
  if (known !== undefined) return known;
  const key = command.join('\u0000');
  let plan = PLANS.get(key);
  if (plan === undefined) {
    plan = compile(command);
    if (PLANS.size > 5000) PLANS.clear();
    PLANS.set(key, plan);
  }
  BY_ARRAY.set(command, plan);
  return plan;
}

/** An exec that runs its plan at the first `run()`. */
export class FastExecProcess implements Process {
  private state: ProcessState | undefined;
  private out = '';

  constructor(
    private readonly plan: Plan,
    private readonly fs: Fs,
    private readonly world: World,
    private readonly image: ImageEntry | undefined,
    private readonly cwd: string,
  ) {}

  run(): ProcessState {
    return (this.state ??= this.execute());
  }

  private execute(): ProcessState {
    const write = (s: string) => void (this.out += s);
    // Only the fields the SYNC programs read; lookupProgram reads image/mode/fs.
    const ctx = { fs: this.fs, world: this.world, image: this.image, mode: 'exec' } as Ctx;
    const shell = { cwd: this.cwd } as Invocation['shell'];
    if (this.plan.shell && !lookupProgram(this.plan.shell, ctx)) {
      this.out = `OCI runtime exec failed: exec failed: unable to start container process: exec: "${this.plan.shell}": executable file not found in $PATH: unknown\n`;
      return { state: 'exited', code: 127 };
    }
    const hasShellTools = !this.image || this.image.shell;
    const runStep = (s: Step): number => {
      const prog: Program | undefined = (hasShellTools ? BUILTINS[s.prog] : undefined) ?? (lookupProgram(s.argv[0] as string, ctx) === TOOLS[s.prog] ? TOOLS[s.prog] : undefined);
      const io: IO = { out: s.devnullOut ? DEV_NULL : write, err: s.devnullErr ? DEV_NULL : write, input: '' };
      if (!prog) {
        io.err(this.plan.shell ? `sh: ${s.argv[0] ?? ''}: not found\n` : `OCI runtime exec failed: exec failed: unable to start container process: exec: "${s.argv[0] ?? ''}": executable file not found in $PATH: unknown\n`);
        return 127;
      }
      return prog({ ctx, shell, proc: undefined as never, io, exec: !this.plan.shell }, s.argv) as number;
    };
    let status = 0;
    for (const g of this.plan.groups) {
      status = runStep(g.first);
      for (const r of g.rest) if ((r.op === '&&') === (status === 0)) status = runStep(r.step);
    }
    return { state: 'exited', code: status };
  }

  signal(sig: Signal): void {
    if (!this.state && sig === 'KILL') this.state = { state: 'exited', code: 137, signal: 'KILL' };
  }
  listening(): ReadonlyMap<number, Server> {
    return new Map();
  }
  output(): string {
    return this.out;
  }
}
