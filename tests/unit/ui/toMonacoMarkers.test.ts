import { describe, expect, it } from 'vitest';
import { MarkerSeverity, toMonacoMarkers } from '@/ui/panels/editor/toMonacoMarkers';
import type { Diagnostic } from '@/engine';

const lines = ['apiVersion: v1', 'kind: Pod', 'spec:'];
const len = (l: number) => lines[l - 1]?.length ?? 0;

describe('engine diagnostics → Monaco markers', () => {
  it('keep the engine\'s 1-based ranges and map severities', () => {
    const d: Diagnostic = { severity: 'error', code: 'V001', message: 'spec.containers: Required value', path: 'spec.containers',
      range: { start: { line: 3, column: 1 }, end: { line: 3, column: 6 } } };
    expect(toMonacoMarkers([d], 3, len)[0]).toMatchObject({
      severity: MarkerSeverity.Error, startLineNumber: 3, startColumn: 1, endLineNumber: 3, endColumn: 6, code: 'V001',
    });
  });

  it('widen an empty range to the end of the line so a squiggle is visible', () => {
    const d: Diagnostic = { severity: 'warning', code: 'W1', message: 'm', range: { start: { line: 2, column: 7 }, end: { line: 2, column: 7 } } };
    expect(toMonacoMarkers([d], 3, len)[0]).toMatchObject({ severity: MarkerSeverity.Warning, startColumn: 7, endColumn: 10 });
  });

  it('pin range-less diagnostics to line 1 and clamp ranges past the end of the text', () => {
    const none: Diagnostic = { severity: 'info', code: 'I', message: 'x' };
    const far: Diagnostic = { severity: 'error', code: 'E', message: 'y', range: { start: { line: 40, column: 1 }, end: { line: 41, column: 2 } } };
    const [a, b] = toMonacoMarkers([none, far], 3, len);
    expect(a).toMatchObject({ startLineNumber: 1, endColumn: 15, severity: MarkerSeverity.Info });
    expect(b).toMatchObject({ startLineNumber: 3, endLineNumber: 3 });
  });
});
