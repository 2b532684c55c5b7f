/**
 * The text exports: the kubectl transcript (`get -w` lines, then `describe` at the cursor) and the
 * trace as the CLI's JSON document (ARCHITECTURE §4) — the same formatters `podlife simulate` uses,
 * so a file saved from the page and one printed by the CLI agree byte for byte.
 */
import { traceToJson, traceToText, type Trace } from '@/engine';

/** `kubectl get pod -w` as it scrolled up to the horizon, then `kubectl describe pod` at `cursor` (ms). */
export function transcriptText(trace: Trace, cursor: number): string {
  return traceToText(trace, cursor);
}

/** The `--format json` document, pretty-printed. */
export function traceJsonText(trace: Trace): string {
  return `${JSON.stringify(traceToJson(trace), null, 2)}\n`;
}
