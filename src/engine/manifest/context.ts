/**
 * The reporting context shared by the manifest passes: it turns an object-relative field path into
 * an apiserver message and a source range in the right YAML document.
 */
import type { LineCounter } from 'yaml';
import type { Diagnostic, Severity, SourceRange } from '../model/diagnostics';
import { formatPath, parsePath } from './path';
import type { Segment } from './path';
import { findPath, locatedRange } from './source';
import type { SourceDoc } from './source';

/** Per object; beyond this, locating each problem in a huge map would cost more than it tells. */
export const MAX_DIAGNOSTICS = 300;

export class Reporter {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    private readonly lc: LineCounter,
    readonly src: SourceDoc,
    /** Where the object sits in its document: [] or ['items', i] for a `kind: List` item. */
    readonly base: readonly Segment[] = [],
  ) {}

  /** True once the per-object cap is reached (callers may skip expensive work such as hints). */
  get full(): boolean {
    return this.diagnostics.length > MAX_DIAGNOSTICS;
  }

  /** Source range of an object-relative path, or of its deepest existing ancestor. */
  range(path: string, preferKey = false): SourceRange | undefined {
    const segs = [...this.base, ...parsePath(path)];
    const loc = findPath(this.src.doc, segs);
    // A missing field (`Required value`) is shown on the key of its deepest existing parent.
    return locatedRange(this.lc, loc, preferKey || loc.found < segs.length) ?? this.src.range;
  }

  /** Reports `<path>: <detail>` (apiserver style) at the path's value. */
  report(severity: Severity, code: string, path: string, detail: string, preferKey = false): void {
    this.push({ severity, code, message: path ? `${path}: ${detail}` : detail, path }, preferKey);
  }

  /** Reports a message that does not start with the path. */
  note(severity: Severity, code: string, path: string, message: string, preferKey = false): void {
    this.push({ severity, code, message, path: path || undefined }, preferKey);
  }

  error(code: string, path: string, detail: string): void {
    this.report('error', code, path, detail);
  }

  private push(d: Diagnostic, preferKey: boolean): void {
    if (this.diagnostics.length > MAX_DIAGNOSTICS) {
      // A dropped error must still block the pod: the cap notice becomes an error.
      const cap = this.diagnostics[MAX_DIAGNOSTICS];
      if (cap && d.severity === 'error') cap.severity = 'error';
      return;
    }
    if (this.diagnostics.length === MAX_DIAGNOSTICS) {
      d = { severity: d.severity === 'error' || this.diagnostics.some((x) => x.severity === 'error') ? 'error' : 'warning', code: 'K011', message: `more than ${MAX_DIAGNOSTICS} problems in this object; the rest are not shown` };
    }
    if (d.path === undefined) delete d.path;
    d.range = this.range(d.path ?? '', preferKey);
    d.documentIndex = this.src.index;
    this.diagnostics.push(d);
  }
}

/** Path helper: `join('spec.containers', 0, 'name')` → `spec.containers[0].name`. */
export function join(...parts: Segment[]): string {
  const segs: Segment[] = [];
  for (const p of parts) {
    if (typeof p === 'string') segs.push(...parsePath(p));
    else segs.push(p);
  }
  return formatPath(segs);
}
