/**
 * CLI-only formatting: `explain` text and compiler-style diagnostics. The trace formatters live in the
 * engine (views/formatTrace.ts) and are re-exported here for existing callers.
 */
import type { Diagnostic, ExplainResult } from '../engine';

export { traceToJson, traceToText, watchLines } from '../engine';
export type { JsonFrame, TraceJson } from '../engine';

/** Text output of `explain` for one or more pods. */
export function formatExplainText(results: readonly ExplainResult[]): string {
  return results
    .map((r) => {
      const lines = [
        `pod/${r.name}`,
        `  phase:    ${r.phase}${r.reportedPhase !== undefined && r.reportedPhase !== r.phase ? ` (reported: ${r.reportedPhase})` : ''}`,
        `  rule:     ${r.rule}`,
        `  kubectl:  READY ${r.kubectl.ready}   STATUS ${r.kubectl.status}   RESTARTS ${r.kubectl.restarts}`,
        '  why:',
        ...r.reasons.map((x) => `    - ${x}`),
      ];
      return lines.join('\n') + '\n';
    })
    .join('\n');
}

/**
 * One diagnostic as compilers print them: `pod.yaml:12:7: spec.containers[0].image: Required value`
 * (warnings and infos say so). The field path is added when the message does not start with it.
 */
export function formatDiagnostic(file: string, d: Diagnostic): string {
  const where = d.range ? `${file}:${d.range.start.line}:${d.range.start.column}` : file;
  const doc = !d.range && d.documentIndex !== undefined ? ` (document ${d.documentIndex + 1})` : '';
  const path = d.path && !d.message.startsWith(d.path) ? `${d.path}: ` : '';
  const sev = d.severity === 'error' ? '' : `${d.severity}: `;
  return `${where}${doc}: ${sev}${path}${d.message}`;
}
