/**
 * Command-line parsing for `podlife simulate|explain` (ARCHITECTURE §4). Pure: argv in, options or
 * a UsageError out (exit code 2).
 */

import { MAX_UNTIL, parseSeconds } from '../engine';

/** A problem with how the command was called (exit code 2). */
export class UsageError extends Error {}

/** A problem with the input files (exit code 1). */
export class InputError extends Error {}

export type Format = 'text' | 'json';

export interface SimulateArgs {
  command: 'simulate';
  file: string;
  /** ms */
  until: number;
  seed: number;
  /** ms; undefined = the end */
  at?: number;
  actions: string[];
  format: Format;
  /** Images already on the node (IfNotPresent and Never skip the pull). */
  presentImages: string[];
  /** Kubelet-like jitter drawn from the seed. */
  jitter: boolean;
}

export interface ExplainArgs {
  command: 'explain';
  file: string;
  /** epoch ms; undefined = the current time */
  now?: number;
  format: Format;
}

export type CliArgs = SimulateArgs | ExplainArgs | { command: 'help' };

/** Default horizon of `simulate` when --until is not given. */
export const DEFAULT_UNTIL_MS = 600_000;

export const USAGE = `usage:
  podlife simulate <manifest.yaml> [--until <seconds>] [--seed <n>] [--at <seconds>]
                   [--do "<seconds> <action>"]... [--format text|json]
                   [--present-image <image>]... [--jitter]
  podlife explain  <pod.yaml|pod.json> [--now <RFC 3339>] [--format text|json]

actions: delete [--grace-period=N] [--force] [--now] | exec <container> -- <command…> |
         kill <container> [--signal=TERM|KILL|OOM] | apply <file> | delete service <name> |
         node-lost | node-ready | condition <type>=True|False`;

/** `30`, `12.5`, `90s`, `2m`, `1m30s` → ms; UsageError naming the flag otherwise. */
export function parseSecondsFlag(flag: string, value: string): number {
  try {
    return parseSeconds(value);
  } catch {
    throw new UsageError(`invalid value "${value}" for ${flag}: expected seconds (e.g. 120, 12.5, 2m)`);
  }
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/;

/**
 * An RFC 3339 time → epoch ms, or NaN. Date.parse alone rolls `2025-02-30` over to March 2, so the
 * calendar fields are checked (days per month, leap years, hours < 24, minutes/seconds < 60; no leap seconds, as in Go's time.Parse).
 */
export function parseRfc3339(text: string): number {
  const m = RFC3339.exec(text);
  if (!m) return NaN;
  const [y, mo, d, h, mi, sec] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number) as [number, number, number, number, number, number];
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth || h > 23 || mi > 59 || sec > 59) return NaN;
  if (m[9] !== undefined && (Number(m[9]) > 23 || Number(m[10]) > 59)) return NaN;
  return Date.parse(text.replace(' ', 'T'));
}

/** Parses argv (without `node script`). Throws UsageError. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') return { command: 'help' };
  if (command !== 'simulate' && command !== 'explain') {
    throw new UsageError(`unknown command "${command}" (expected simulate or explain)`);
  }
  const allowed = command === 'simulate' ? ['until', 'seed', 'at', 'do', 'format', 'present-image', 'jitter'] : ['now', 'format'];
  const flags = new Map<string, string[]>();
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--help' || arg === '-h') return { command: 'help' };
    if (!arg.startsWith('--') || arg === '--') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (!allowed.includes(name)) throw new UsageError(`unknown flag --${name} for ${command} (allowed: ${allowed.map((f) => `--${f}`).join(', ')})`);
    let value: string | undefined;
    if (name === 'jitter' && eq < 0) value = 'true';
    else if (eq >= 0) value = arg.slice(eq + 1);
    else {
      value = rest[++i];
      if (value === undefined) throw new UsageError(`flag --${name} needs a value`);
    }
    flags.set(name, [...(flags.get(name) ?? []), value]);
  }
  for (const [name, values] of flags) {
    if (name !== 'do' && name !== 'present-image' && values.length > 1) throw new UsageError(`flag --${name} given more than once`);
  }
  if (positional.length === 0) throw new UsageError(`${command} needs a file argument`);
  if (positional.length > 1) throw new UsageError(`unexpected argument "${positional[1]}" (${command} takes one file)`);
  const one = (name: string) => flags.get(name)?.[0];
  const format = one('format') ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`invalid value "${format}" for --format: expected text or json`);
  const file = positional[0]!;

  if (command === 'explain') {
    const nowText = one('now');
    let now: number | undefined;
    if (nowText !== undefined) {
      now = parseRfc3339(nowText);
      if (Number.isNaN(now)) throw new UsageError(`invalid value "${nowText}" for --now: expected an RFC 3339 time such as 2025-01-01T00:05:00Z`);
    }
    return { command, file, format, ...(now !== undefined ? { now } : {}) };
  }
  const untilText = one('until');
  const until = untilText === undefined ? DEFAULT_UNTIL_MS : parseSecondsFlag('--until', untilText);
  if (until <= 0) throw new UsageError('--until must be greater than 0');
  if (until > MAX_UNTIL) throw new UsageError(`--until ${untilText ?? ''} is too long: the simulator runs at most ${MAX_UNTIL / 1000}s (7 days)`);
  const seedText = one('seed') ?? '1';
  if (!/^\d+$/.test(seedText)) throw new UsageError(`invalid value "${seedText}" for --seed: expected a non-negative integer`);
  const atText = one('at');
  const at = atText === undefined ? undefined : parseSecondsFlag('--at', atText);
  if (at !== undefined && at > until) throw new UsageError(`--at ${atText} is after --until (${until / 1000}s)`);
  const jitterText = one('jitter') ?? 'false';
  if (jitterText !== 'true' && jitterText !== 'false') throw new UsageError(`invalid value "${jitterText}" for --jitter: expected true or false`);
  return {
    command,
    file,
    until,
    seed: Number(seedText),
    ...(at !== undefined ? { at } : {}),
    actions: flags.get('do') ?? [],
    format,
    presentImages: flags.get('present-image') ?? [],
    jitter: jitterText === 'true',
  };
}
