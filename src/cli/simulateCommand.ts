/** `podlife simulate`: manifest + timed actions → the kubectl transcript or the JSON trace. */
import { hasErrors, parseAction, parseManifest, simulate } from '../engine';
import type { Intervention } from '../engine';
import { InputError, UsageError, type SimulateArgs } from './args';
import { formatDiagnostic, traceToJson, traceToText } from './format';
import type { Io } from './io';

/** Runs `simulate`; returns the exit code. Throws UsageError/InputError for the caller to print. */
export function simulateCommand(args: SimulateArgs, io: Io): number {
  const text = io.readFile(args.file);
  const parsed = parseManifest(text);
  for (const d of parsed.diagnostics) {
    if (d.severity !== 'info') io.stderr(formatDiagnostic(args.file, d) + '\n');
  }
  if (hasErrors(parsed.diagnostics)) return 1;
  if (!parsed.pod) throw new InputError(`${args.file}: no Pod found (expected a Pod or a workload with a pod template)`);

  const interventions: Intervention[] = args.actions.map((a) => {
    try {
      return parseAction(a, (path) => io.readFile(path));
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw new UsageError(`--do: ${(e as Error).message}`);
    }
  });
  const trace = simulate({
    pod: parsed.pod,
    services: parsed.services,
    behaviours: parsed.behaviours,
    interventions,
    seed: args.seed,
    until: args.until,
    options: { presentImages: args.presentImages, jitter: args.jitter },
  });
  io.stdout(args.format === 'json' ? JSON.stringify(traceToJson(trace), null, 2) + '\n' : traceToText(trace, args.at));
  return 0;
}
