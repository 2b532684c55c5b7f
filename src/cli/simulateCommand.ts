/** `podlife simulate`: manifest + timed actions → the kubectl transcript or the JSON trace. */
import { hasErrors, parseAction, parseManifest, simulate, traceToJson, traceToText } from '../engine';
import type { Diagnostic, Intervention } from '../engine';
import { InputError, UsageError, type SimulateArgs } from './args';
import { formatDiagnostic } from './format';
import type { Io } from './io';

/** Diagnostics saying an intervention was ignored (R020 dropped, R010/R011 container not running). */
const IGNORED = new Set(['R020', 'R010', 'R011']);
/** Diagnostics saying the run was cut short or broke (R004 work bound, R900 simulator error). */
const CUT_SHORT = new Set(['R004', 'R900']);

/** Parse the `--do` actions; a file that cannot be read is an input error (exit 1), anything else usage (exit 2). */
function parseActions(args: SimulateArgs, io: Io): Intervention[] {
  return args.actions.map((a) => {
    try {
      return parseAction(a, (path) => io.readFile(path));
    } catch (e) {
      if (e instanceof InputError) throw e;
      const msg = `--do: ${(e as Error).message}`;
      if ((e as Error).cause instanceof InputError) throw new InputError(msg);
      throw new UsageError(msg);
    }
  });
}

/** `delete service X` of a service that neither the manifest nor an applied file defines does nothing: say so. */
function warnMissingServices(args: SimulateArgs, io: Io, known: Set<string>, interventions: Intervention[]): void {
  for (const iv of [...interventions].sort((a, b) => a.at - b.at)) {
    const action = iv.action;
    if (action.type === 'apply') for (const s of parseManifest(action.manifest).services) known.add(s.name);
    if (action.type === 'deleteService' && !known.has(action.name)) {
      io.stderr(`${args.file}: warning: --do "delete service ${action.name}" at ${iv.at / 1000}s: services "${action.name}" not found; nothing deleted\n`);
    }
  }
}

/** Runs `simulate`; returns the exit code. Throws UsageError/InputError for the caller to print. */
export function simulateCommand(args: SimulateArgs, io: Io): number {
  const text = io.readFile(args.file);
  const parsed = parseManifest(text);
  const printed = new Set<string>();
  const print = (d: Diagnostic) => {
    const line = formatDiagnostic(args.file, d);
    const key = `${d.code}|${d.message}`;
    if (printed.has(key)) return;
    printed.add(key);
    io.stderr(line + '\n');
  };
  for (const d of parsed.diagnostics) if (d.severity !== 'info') print(d);
  if (hasErrors(parsed.diagnostics)) return 1;
  if (!parsed.pod) throw new InputError(`${args.file}: no Pod found (expected a Pod or a workload with a pod template)`);

  const interventions = parseActions(args, io);
  warnMissingServices(args, io, new Set(parsed.services.map((s) => s.name)), interventions);
  const trace = simulate({
    pod: parsed.pod,
    services: parsed.services,
    behaviours: parsed.behaviours,
    interventions,
    seed: args.seed,
    until: args.until,
    options: { presentImages: args.presentImages, jitter: args.jitter },
  });
  let failed = false;
  for (const d of trace.diagnostics) {
    // Manifest diagnostics raised during the run come from `--do apply` (a file that did not parse).
    const applyFailed = !d.code.startsWith('R') && /^apply[ :]/.test(d.message);
    if (IGNORED.has(d.code) || CUT_SHORT.has(d.code) || applyFailed) failed = true;
    if (applyFailed) {
      // Its line/column belong to the applied file, which the message already names.
      const { range: _range, documentIndex: _doc, ...rest } = d;
      print(rest);
    } else if (d.severity !== 'info' || IGNORED.has(d.code)) print(d);
  }
  io.stdout(args.format === 'json' ? JSON.stringify(traceToJson(trace), null, 2) + '\n' : traceToText(trace, args.at));
  return failed ? 1 : 0;
}
