/**
 * Text filters and small informational tools seen in container commands: `tr`, `cut` (streaming
 * line by line from a pipe), `sort`, `uniq`, `wc` (reading stdin to end-of-file), `seq`, `date`
 * (on the simulated clock) and `id`. Output formats follow busybox.
 */
import { CREATION_TIME_MS } from '../../model/trace';
import { absPath } from '../fs';
import type { Co } from '../kernel';
import type { Invocation, Program } from '../shell/context';
import { drainOut, readLine, slurping, SIGPIPE_STATUS } from '../shell/pipe';
import { parseOpts } from './streams';

const CLASSES: Record<string, string> = {
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  lower: 'abcdefghijklmnopqrstuvwxyz',
  digit: '0123456789',
  space: ' \t\n\r\f\v',
  blank: ' \t',
  punct: '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
};
CLASSES['alpha'] = (CLASSES['upper'] as string) + CLASSES['lower'];
CLASSES['alnum'] = (CLASSES['alpha'] as string) + CLASSES['digit'];

/** A `tr` set: escapes, `[:class:]` and `a-z` ranges expanded to the list of characters. */
export function trSet(spec: string): string[] {
  const s = spec.replace(/\\(n|t|r|\\|0[0-7]*)/g, (_m, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '\r' : c === '\\' ? '\\' : String.fromCharCode(Number.parseInt(c, 8))));
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const cls = /^\[:(\w+):\]/.exec(s.slice(i));
    if (cls && CLASSES[cls[1] as string] !== undefined) {
      out.push(...(CLASSES[cls[1] as string] as string));
      i += cls[0].length - 1;
    } else if (s[i + 1] === '-' && i + 2 < s.length) {
      for (let c = s.charCodeAt(i); c <= s.charCodeAt(i + 2); c++) out.push(String.fromCharCode(c));
      i += 2;
    } else out.push(s[i] as string);
  }
  return out;
}

/** A per-line filter: synchronous over a string, line by line (as lines arrive) from a pipe. */
function lineFilter(setup: (inv: Invocation, argv: string[]) => ((line: string) => string) | number): Program {
  return (inv, argv) => {
    const f = setup(inv, argv);
    if (typeof f === 'number') return f;
    const { ops } = parseOpts(argv, 'dfcs');
    const files = argv[0] === 'tr' ? [] : ops;
    if (files.length > 0 || !inv.io.pipe) {
      const text = files.length ? files.map((x) => inv.ctx.fs.read(absPath(x, inv.shell.cwd)) ?? '').join('') : inv.io.input;
      inv.io.out((text.match(/[^\n]*\n|[^\n]+$/g) ?? []).map(f).join(''));
      return 0;
    }
    return (function* (): Co {
      for (let l = yield* readLine(inv.io, inv.proc); l !== undefined; l = yield* readLine(inv.io, inv.proc)) {
        inv.io.out(f(l));
        if (inv.proc.exited || inv.io.outPipe?.readClosed) return SIGPIPE_STATUS;
        yield* drainOut(inv.io, inv.proc, () => inv.ctx.world.now());
      }
      return 0;
    })();
  };
}

const tr = lineFilter((inv, argv) => {
  const { o, ops } = parseOpts(argv, '');
  const set1 = trSet(ops[0] ?? '');
  if (ops[0] === undefined || (!o.has('d') && !o.has('s') && ops[1] === undefined)) {
    inv.io.err('tr: missing operand\n');
    return 1;
  }
  const set2 = trSet(ops[1] ?? '');
  const del = o.has('d') ? new Set(set1) : undefined;
  const map = new Map<string, string>();
  if (!del) set1.forEach((c, i) => map.set(c, set2[Math.min(i, set2.length - 1)] ?? c));
  const squeeze = o.has('s') ? new Set(del || ops[1] !== undefined ? set2 : set1) : undefined;
  return (line) => {
    let out = '';
    for (const c of line) {
      if (del?.has(c)) continue;
      const d = map.get(c) ?? c;
      if (squeeze?.has(d) && out.endsWith(d)) continue;
      out += d;
    }
    return out;
  };
});

/** `1,3`, `2-`, `-2`, `1-3` → a test on 1-based positions. */
function listSpec(spec: string): (n: number) => boolean {
  const ranges = spec.split(',').map((r) => {
    const m = /^(\d*)(-?)(\d*)$/.exec(r);
    const a = Number(m?.[1] || 1);
    const b = m?.[2] ? (m[3] ? Number(m[3]) : Infinity) : a;
    return [a, b] as const;
  });
  return (n) => ranges.some(([a, b]) => n >= a && n <= b);
}

const cut = lineFilter((inv, argv) => {
  const { o } = parseOpts(argv, 'dfc');
  const spec = o.get('f') ?? o.get('c');
  if (spec === undefined) {
    inv.io.err('cut: expected a list of bytes, characters, or fields\n');
    return 1;
  }
  const want = listSpec(spec);
  const delim = o.get('d') ?? '\t';
  return (line) => {
    const body = line.replace(/\n$/, '');
    const nl = body.length < line.length ? '\n' : '';
    if (o.has('c')) return [...body].filter((_c, i) => want(i + 1)).join('') + nl;
    // A line without the delimiter is printed whole, unless -s (POSIX cut).
    if (!body.includes(delim)) return o.has('s') ? '' : line;
    return body.split(delim).filter((_f, i) => want(i + 1)).join(delim) + nl;
  };
});

const linesOf = (text: string) => {
  const l = text.split('\n');
  if (l[l.length - 1] === '') l.pop();
  return l;
};
const readText = (inv: Invocation, ops: string[]) => (ops.length ? ops.map((f) => inv.ctx.fs.read(absPath(f, inv.shell.cwd)) ?? '').join('') : inv.io.input);

const sort = slurping((inv, argv) => {
  const { o, ops } = parseOpts(argv, 'kt');
  const field = Number((o.get('k') ?? '0').split(',')[0]);
  const sep = o.get('t');
  const key = (l: string) => (field > 0 ? ((sep === undefined ? l.trim().split(/\s+/) : l.split(sep))[field - 1] ?? '') : l);
  const num = (s: string) => Number.parseFloat(s) || 0;
  const cmp = o.has('n') ? (a: string, b: string) => num(key(a)) - num(key(b)) || (a < b ? -1 : a > b ? 1 : 0) : (a: string, b: string) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  let ls = linesOf(readText(inv, ops)).sort(cmp);
  if (o.has('r')) ls.reverse();
  if (o.has('u')) ls = ls.filter((l, i) => i === 0 || cmp(l, ls[i - 1] as string) !== 0);
  inv.io.out(ls.map((l) => l + '\n').join(''));
  return 0;
});

const uniq = slurping((inv, argv) => {
  const { o, ops } = parseOpts(argv, '');
  const groups: [string, number][] = [];
  for (const l of linesOf(readText(inv, ops))) {
    const last = groups[groups.length - 1];
    if (last && last[0] === l) last[1]++;
    else groups.push([l, 1]);
  }
  const kept = groups.filter(([, n]) => (o.has('d') ? n > 1 : o.has('u') ? n === 1 : true));
  inv.io.out(kept.map(([l, n]) => (o.has('c') ? `${String(n).padStart(7)} ${l}\n` : `${l}\n`)).join(''));
  return 0;
});

const wc = slurping((inv, argv) => {
  const { o, ops } = parseOpts(argv, '');
  const text = readText(inv, ops);
  const counts: Record<string, number> = { l: (text.match(/\n/g) ?? []).length, w: text.split(/\s+/).filter(Boolean).length, c: text.length };
  const picked = ['l', 'w', 'c'].filter((k) => o.has(k) || (k === 'c' && o.has('m')));
  const shown = picked.length ? picked : ['l', 'w', 'c'];
  // Counts separated by a space (busybox pads columns to 7 when several are shown; kept compact here).
  inv.io.out(shown.map((k) => String(counts[k])).join(' ') + (ops.length === 1 ? ` ${ops[0] ?? ''}` : '') + '\n');
  return 0;
});

/** `seq [FIRST [INCREMENT]] LAST` (`-s SEP`, `-w` pads with zeros); at most 100 000 numbers. */
const seq: Program = (inv, argv) => {
  // Negative numbers are operands, not options (`seq 3 -1 1`).
  const nums: number[] = [];
  let sep = '\n';
  let pad = false;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '-w') pad = true;
    else if (a.startsWith('-s')) sep = a.length > 2 ? a.slice(2) : (argv[++i] ?? '');
    else nums.push(Number(a));
  }
  if (nums.length === 0 || nums.some((n) => Number.isNaN(n))) {
    inv.io.err(nums.length === 0 ? 'seq: missing operand\n' : `seq: invalid number\n`);
    return 1;
  }
  const [a, step, b] = nums.length === 1 ? [1, 1, nums[0] as number] : nums.length === 2 ? [nums[0] as number, 1, nums[1] as number] : (nums as [number, number, number]);
  if (step === 0) return 1;
  const width = pad ? Math.max(String(a).length, String(b).length) : 0;
  const out: string[] = [];
  for (let i = a; (step > 0 ? i <= b : i >= b) && out.length < 100_000; i += step) out.push(String(i).padStart(width, '0'));
  inv.io.out(out.length ? out.join(sep) + '\n' : '');
  return 0;
};

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** strftime over a UTC time (containers run in UTC unless TZ says otherwise; TZ is not modelled). */
export function strftime(ms: number, fmt: string): string {
  const d = new Date(ms);
  const p2 = (n: number) => String(n).padStart(2, '0');
  const f: Record<string, () => string> = {
    Y: () => String(d.getUTCFullYear()), m: () => p2(d.getUTCMonth() + 1), d: () => p2(d.getUTCDate()), e: () => String(d.getUTCDate()).padStart(2),
    H: () => p2(d.getUTCHours()), M: () => p2(d.getUTCMinutes()), S: () => p2(d.getUTCSeconds()), s: () => String(Math.floor(ms / 1000)),
    N: () => String((ms % 1000) * 1_000_000).padStart(9, '0'), a: () => DAYS[d.getUTCDay()] as string, b: () => MONTHS[d.getUTCMonth()] as string,
    y: () => p2(d.getUTCFullYear() % 100), j: () => String(Math.floor((ms - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1).padStart(3, '0'),
    Z: () => 'UTC', z: () => '+0000', n: () => '\n', t: () => '\t', '%': () => '%',
  };
  f['F'] = () => `${f['Y']?.()}-${f['m']?.()}-${f['d']?.()}`;
  f['T'] = () => `${f['H']?.()}:${f['M']?.()}:${f['S']?.()}`;
  f['D'] = () => `${f['m']?.()}/${f['d']?.()}/${f['y']?.()}`;
  f['c'] = () => `${f['a']?.()} ${f['b']?.()} ${f['e']?.()} ${f['T']?.()} ${f['Y']?.()}`;
  return fmt.replace(/%([a-zA-Z%])/g, (m, c: string) => f[c]?.() ?? m);
}

/** `date`, `date +FMT`, `date -u`, `date -I`/`-Iseconds`, `date -R`: the simulated clock (creation time + now). */
const date: Program = (inv, argv) => {
  const ms = CREATION_TIME_MS + inv.ctx.world.now();
  const fmt = argv.find((a) => a.startsWith('+'))?.slice(1);
  let s: string;
  if (fmt !== undefined) s = strftime(ms, fmt);
  else if (argv.some((a) => /^(-I|--iso-8601)/.test(a))) s = strftime(ms, argv.some((a) => /seconds/.test(a)) ? '%Y-%m-%dT%H:%M:%S+00:00' : '%Y-%m-%d');
  else if (argv.includes('-R')) s = strftime(ms, '%a, %d %b %Y %H:%M:%S +0000');
  else s = strftime(ms, '%a %b %e %H:%M:%S UTC %Y');
  inv.io.out(s + '\n');
  return 0;
};

/** Containers here run as root (the model has no securityContext.runAsUser). */
const id: Program = (inv, argv) => {
  const { o } = parseOpts(argv, '');
  const name = o.has('n');
  if (o.has('u') || o.has('g') || o.has('G')) inv.io.out(name ? 'root\n' : '0\n');
  else inv.io.out('uid=0(root) gid=0(root) groups=0(root)\n');
  return 0;
};

export const TEXT_TOOLS: Record<string, Program> = { tr, cut, sort, uniq, wc, seq, date, id, whoami: (inv) => (inv.io.out('root\n'), 0) };
