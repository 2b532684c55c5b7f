/**
 * Engine diagnostics → Monaco marker data (same 1-based ranges). Kept free of Monaco imports so it
 * can be unit-tested; the numeric severities are Monaco's MarkerSeverity values.
 */
import type { Diagnostic } from '@/engine';

export const MARKER_OWNER = 'podlife';
export const MarkerSeverity = { Hint: 1, Info: 2, Warning: 4, Error: 8 } as const;

export interface MarkerData {
  severity: number;
  message: string;
  code: string;
  source: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

const SEVERITY: Record<Diagnostic['severity'], number> = {
  error: MarkerSeverity.Error,
  warning: MarkerSeverity.Warning,
  info: MarkerSeverity.Info,
};

/**
 * Maps diagnostics to markers. A diagnostic without a range is pinned to the first line (so it is
 * still visible in the gutter); ranges are clamped to the text so Monaco never drops them.
 */
export function toMonacoMarkers(diagnostics: readonly Diagnostic[], lineCount: number, lineLength: (line: number) => number): MarkerData[] {
  const maxLine = Math.max(1, lineCount);
  const clampLine = (l: number) => Math.min(maxLine, Math.max(1, Math.floor(l) || 1));
  return diagnostics.map((d) => {
    const startLine = clampLine(d.range?.start.line ?? 1);
    const endLine = Math.max(startLine, clampLine(d.range?.end.line ?? startLine));
    const startColumn = Math.max(1, d.range?.start.column ?? 1);
    let endColumn = d.range ? d.range.end.column : lineLength(startLine) + 1;
    // An empty range shows no squiggle: widen it to the end of its line.
    if (endLine === startLine && endColumn <= startColumn) endColumn = Math.max(startColumn + 1, lineLength(startLine) + 1);
    return {
      severity: SEVERITY[d.severity],
      message: d.path && !d.message.startsWith(d.path) ? `${d.message} (${d.path})` : d.message,
      code: d.code,
      source: 'PodLife',
      startLineNumber: startLine,
      startColumn,
      endLineNumber: endLine,
      endColumn,
    };
  });
}
