/** A problem found in the input, placed at its source. Lines and columns are 1-based. */
export interface SourceRange {
  start: { line: number; column: number };
  end: { line: number; column: number };
}

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  /**
   * Short code from one catalogue: `Y…` YAML syntax, `K…` kinds/structure, `V…` apiserver validation,
   * `W…` warnings (unknown or deprecated fields), `B…` behaviour annotation, `S…` shell, `R…` runtime.
   */
  code: string;
  /** Apiserver wording where one exists, e.g. `spec.containers[0].image: Required value`. */
  message: string;
  /** Kubernetes field path, e.g. `spec.containers[0].livenessProbe.successThreshold`. */
  path?: string;
  range?: SourceRange;
  /** 0-based index of the YAML document the problem is in. */
  documentIndex?: number;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
