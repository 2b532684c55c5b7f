/**
 * The `--do "<seconds> <action>"` strings of the CLI (ARCHITECTURE §4), also usable from the UI.
 * Words are split as a POSIX shell would; flags follow kubectl's spelling and client-side rules
 * (staging/src/k8s.io/kubectl/pkg/cmd/delete/delete.go `Complete`).
 */
import type { Action, Intervention } from '../model/trace';
import { durationMs } from '../manifest/duration';
import { MAX_GRACE_SECONDS } from '../sim/validate';

/**
 * POSIX-shell-like word splitting: blanks separate words; '…' is literal; "…" keeps blanks and
 * lets backslash escape `$`, `` ` ``, `"`, `\` and newline; an unquoted backslash escapes the next
 * character. Throws `Error('unterminated quote')` / `Error('trailing backslash')`.
 * @example splitWords(`exec app -- sh -c 'echo "hi there"'`) // ['exec','app','--','sh','-c','echo "hi there"']
 */
export function splitWords(s: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === "'") {
      const end = s.indexOf("'", i + 1);
      if (end < 0) throw new Error(`unterminated quote: ' opened at column ${i + 1}`);
      word += s.slice(i + 1, end);
      inWord = true;
      i = end;
    } else if (ch === '"') {
      inWord = true;
      let j = i + 1;
      for (; j < s.length && s[j] !== '"'; j++) {
        if (s[j] === '\\' && j + 1 < s.length && '$`"\\\n'.includes(s[j + 1]!)) {
          j++;
          if (s[j] !== '\n') word += s[j];
        } else {
          word += s[j];
        }
      }
      if (j >= s.length) throw new Error(`unterminated quote: " opened at column ${i + 1}`);
      i = j;
    } else if (ch === '\\') {
      if (i + 1 >= s.length) throw new Error('trailing backslash');
      i++;
      // backslash-newline is a line continuation, not a character
      if (s[i] !== '\n') {
        word += s[i];
        inWord = true;
      }
    } else if (ch === ' ' || ch === '\t' || ch === '\n') {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

/**
 * A time in seconds (`12`, `12.5`) or a Go-style duration (`90s`, `2m`, `1m30s`, `500ms`) → ms.
 * Same syntax as the behaviour annotation (manifest/duration.ts); throws naming the token when it is not one.
 */
export function parseSeconds(token: string): number {
  const ms = durationMs(token);
  if (ms === undefined) throw new Error(`'${token}' is not a time: use seconds (12, 12.5) or a duration (90s, 2m, 1m30s)`);
  return ms;
}

const ACTIONS = 'delete, delete service <name>, exec, kill, apply, node-lost, node-ready, condition';

/** `--name=value` or `--name value`; returns the value and how many words it used. */
function flagValue(words: string[], i: number, name: string): { value: string; used: number } | undefined {
  const w = words[i]!;
  if (w.startsWith(`--${name}=`)) return { value: w.slice(name.length + 3), used: 1 };
  if (w === `--${name}`) {
    const value = words[i + 1];
    if (value === undefined) throw new Error(`flag --${name} needs a value`);
    return { value, used: 2 };
  }
  return undefined;
}

function parseInteger(flag: string, value: string): number {
  if (!/^-?\d+$/.test(value)) throw new Error(`invalid value '${value}' for --${flag}: expected an integer`);
  return Number(value);
}

function parseDelete(args: string[]): Action {
  const target = args[0];
  if (target === 'service' || target === 'svc' || target?.startsWith('service/') || target?.startsWith('svc/')) {
    const name = target.includes('/') ? target.slice(target.indexOf('/') + 1) : args[1];
    const extra = target.includes('/') ? args.slice(1) : args.slice(2);
    if (!name) throw new Error(`'delete ${target}' needs a service name`);
    if (extra.length > 0) throw new Error(`unexpected argument '${extra[0]}' after 'delete service ${name}'`);
    return { type: 'deleteService', name };
  }
  let grace: number | undefined;
  let force = false;
  let now = false;
  let i = 0;
  // `delete pod <name>` / `delete pod/<name>`: there is only one pod, the name is accepted as is.
  if (args[0] === 'pod' || args[0] === 'pods' || args[0] === 'po') i = 2;
  else if (args[0]?.startsWith('pod/')) i = 1;
  while (i < args.length) {
    const g = flagValue(args, i, 'grace-period');
    if (g) {
      grace = parseInteger('grace-period', g.value);
      // The simulator drops larger grace periods (sim/validate.ts); refuse them here instead.
      if (grace > MAX_GRACE_SECONDS) throw new Error(`invalid value '${g.value}' for --grace-period: at most ${MAX_GRACE_SECONDS} seconds`);
      i += g.used;
    } else if (args[i] === '--force' || args[i] === '--force=true') {
      force = true;
      i++;
    } else if (args[i] === '--now' || args[i] === '--now=true') {
      now = true;
      i++;
    } else {
      throw new Error(`unknown argument '${args[i]}' for delete (expected --grace-period=N, --force, --now)`);
    }
  }
  if (now && grace !== undefined) throw new Error('--now and --grace-period cannot be specified together');
  // kubectl's client-side rules: --now is grace 1; grace 0 without --force becomes 1;
  // --force without a grace is 0; a negative grace means "server default".
  if (now) grace = 1;
  if (grace !== undefined && grace < 0) grace = undefined;
  if (force && grace === undefined) grace = 0;
  if (grace === 0 && !force) grace = 1;
  return { type: 'delete', ...(grace !== undefined ? { gracePeriodSeconds: grace } : {}), ...(force ? { force } : {}) };
}

function parseExec(args: string[]): Action {
  const dash = args.indexOf('--');
  if (dash < 0) throw new Error("exec needs '--' before the command: exec <container> -- <command…>");
  const before = args.slice(0, dash);
  const command = args.slice(dash + 1);
  let container: string | undefined;
  if (before.length === 1 && before[0]!.startsWith('--container=')) container = before[0]!.slice(12);
  else if (before.length === 1 && !before[0]!.startsWith('-')) container = before[0];
  else if (before.length === 2 && (before[0] === '-c' || before[0] === '--container')) container = before[1];
  if (!container) throw new Error(`exec needs exactly one container before '--' (got '${before.join(' ')}')`);
  if (command.length === 0) throw new Error("exec needs a command after '--'");
  return { type: 'exec', container, command };
}

function parseKill(args: string[]): Action {
  const container = args[0];
  if (!container || container.startsWith('-')) throw new Error('kill needs a container: kill <container> [--signal=TERM|KILL|OOM]');
  let signal: 'TERM' | 'KILL' | 'OOM' = 'TERM';
  for (let i = 1; i < args.length; ) {
    const f = flagValue(args, i, 'signal');
    if (!f) throw new Error(`unknown argument '${args[i]}' for kill (expected --signal=TERM|KILL|OOM)`);
    const v = f.value.toUpperCase().replace(/^SIG/, '');
    if (v !== 'TERM' && v !== 'KILL' && v !== 'OOM') throw new Error(`invalid signal '${f.value}': expected TERM, KILL or OOM`);
    signal = v;
    i += f.used;
  }
  return { type: 'kill', container, signal };
}

function parseCondition(args: string[]): Action {
  const m = args.length === 1 ? /^([^=]+)=(True|False)$/.exec(args[0]!) : null;
  if (!m) throw new Error(`condition needs <type>=True|False (got '${args.join(' ')}')`);
  return { type: 'setCondition', conditionType: m[1]!, status: m[2] as 'True' | 'False' };
}

function noArgs(name: string, args: string[], action: Action): Action {
  if (args.length > 0) throw new Error(`unexpected argument '${args[0]}' after '${name}'`);
  return action;
}

/**
 * `"<seconds> <action>"` → an Intervention (`at` in ms). `apply <file>` reads the file through
 * `readFile`; without it the argument is the manifest text itself. Errors name the bad token.
 * @example parseAction('12.5 delete --grace-period=5') // { at: 12500, action: { type: 'delete', gracePeriodSeconds: 5 } }
 */
export function parseAction(s: string, readFile?: (path: string) => string): Intervention {
  const words = splitWords(s);
  const [time, verb, ...args] = words;
  if (time === undefined) throw new Error('empty action: expected "<seconds> <action>"');
  let at: number;
  try {
    at = parseSeconds(time);
  } catch (e) {
    throw new Error(`action "${s}": ${(e as Error).message}`, { cause: e });
  }
  if (verb === undefined) throw new Error(`action "${s}": missing action after '${time}' (one of: ${ACTIONS})`);
  try {
    return { at, action: parseVerb(verb, args, readFile) };
  } catch (e) {
    throw new Error(`action "${s}": ${(e as Error).message}`, { cause: e });
  }
}

function parseVerb(verb: string, args: string[], readFile?: (path: string) => string): Action {
  switch (verb) {
    case 'delete':
      return parseDelete(args);
    case 'exec':
      return parseExec(args);
    case 'kill':
      return parseKill(args);
    case 'apply': {
      const rest = args[0] === '-f' ? args.slice(1) : args;
      if (rest.length !== 1) throw new Error('apply needs one file: apply <file>');
      const arg = rest[0]!;
      return readFile ? { type: 'apply', manifest: readFile(arg), file: arg } : { type: 'apply', manifest: arg };
    }
    case 'node-lost':
      return noArgs(verb, args, { type: 'nodeLost' });
    case 'node-ready':
      return noArgs(verb, args, { type: 'nodeReady' });
    case 'condition':
      return parseCondition(args);
    default:
      throw new Error(`unknown action '${verb}' (one of: ${ACTIONS})`);
  }
}
