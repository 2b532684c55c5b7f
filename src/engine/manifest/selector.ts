/**
 * metav1.LabelSelector: reading it from YAML, validating it as the apiserver does
 * (apimachinery pkg/apis/meta/v1/validation ValidateLabelSelector / ValidateLabelSelectorRequirement),
 * matching it against labels (pkg/labels selector.go) and printing it as Go's `%#v` does in
 * `field.Invalid` messages.
 */
import type { Reporter } from './context';
import { goStringMap, labelValueErrors, qualifiedNameErrors, validateLabels } from './labels';
import { formatPath, isRecord, parsePath } from './path';

export interface LabelSelectorRequirement {
  key: string;
  operator: string;
  values?: string[];
}
export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: LabelSelectorRequirement[];
}

const OPERATORS = new Set(['In', 'NotIn', 'Exists', 'DoesNotExist']);

/** The selector as decoded by the apiserver (undefined when absent or null = Go nil). */
export function readSelector(raw: unknown): LabelSelector | undefined {
  if (!isRecord(raw)) return undefined;
  const sel: LabelSelector = {};
  if (isRecord(raw.matchLabels)) {
    const ml: Record<string, string> = {};
    for (const [k, v] of Object.entries(raw.matchLabels)) if (typeof v === 'string') Object.defineProperty(ml, k, { value: v, enumerable: true });
    sel.matchLabels = ml;
  }
  if (Array.isArray(raw.matchExpressions)) {
    sel.matchExpressions = raw.matchExpressions.filter(isRecord).map((e) => ({
      key: typeof e.key === 'string' ? e.key : '',
      operator: typeof e.operator === 'string' ? e.operator : '',
      ...(Array.isArray(e.values) ? { values: e.values.filter((v): v is string => typeof v === 'string') } : {}),
    }));
  }
  return sel;
}

/**
 * ValidateLabelSelector on the selector at `path`; returns false when LabelSelectorAsSelector
 * would fail too (bad operator, values missing or forbidden, invalid key or value).
 */
export function validateSelector(r: Reporter, raw: unknown, path: string): boolean {
  if (!isRecord(raw)) return true;
  const before = r.diagnostics.length;
  validateLabels(r, raw.matchLabels, `${path}.matchLabels`, `${path}.matchLabels`);
  const exprs = Array.isArray(raw.matchExpressions) ? raw.matchExpressions : [];
  exprs.forEach((e, i) => {
    if (!isRecord(e)) return;
    const p = formatPath([...parsePath(path), 'matchExpressions', i]);
    const op = typeof e.operator === 'string' ? e.operator : '';
    const values = Array.isArray(e.values) ? e.values : [];
    if (op === 'In' || op === 'NotIn') {
      if (values.length === 0) r.error('V067', `${p}.values`, "Required value: must be specified when `operator` is 'In' or 'NotIn'");
    } else if (op === 'Exists' || op === 'DoesNotExist') {
      if (values.length > 0) r.error('V067', `${p}.values`, "Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'");
    } else {
      r.error('V067', `${p}.operator`, `Invalid value: ${JSON.stringify(op)}: not a valid selector operator`);
    }
    const key = typeof e.key === 'string' ? e.key : '';
    for (const m of qualifiedNameErrors(key)) r.error('V062', `${p}.key`, `Invalid value: ${JSON.stringify(key)}: ${m}`);
    values.forEach((v, j) => {
      if (typeof v !== 'string') return;
      for (const m of labelValueErrors(v)) r.error('V062', `${p}.values[${j}]`, `Invalid value: ${JSON.stringify(v)}: ${m}`);
    });
  });
  return !r.diagnostics.slice(before).some((d) => d.severity === 'error');
}

/** labels.Selector.Matches; an undefined selector is labels.Nothing() and matches nothing. */
export function matches(sel: LabelSelector | undefined, labels: Record<string, string>): boolean {
  if (!sel) return false;
  const has = (k: string) => Object.hasOwn(labels, k);
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) if (!has(k) || labels[k] !== v) return false;
  for (const e of sel.matchExpressions ?? []) {
    if (!OPERATORS.has(e.operator)) return false;
    const value = has(e.key) ? labels[e.key] : undefined;
    const inValues = value !== undefined && (e.values ?? []).includes(value);
    if (e.operator === 'In' && !inValues) return false;
    if (e.operator === 'NotIn' && inValues) return false;
    if (e.operator === 'Exists' && value === undefined) return false;
    if (e.operator === 'DoesNotExist' && value !== undefined) return false;
  }
  return true;
}

function goStrings(values: string[] | undefined): string {
  return values === undefined ? '[]string(nil)' : `[]string{${values.map((v) => JSON.stringify(v)).join(', ')}}`;
}

/** `%#v` of a dereferenced *metav1.LabelSelector, as field.Error prints it. */
export function goLabelSelector(sel: LabelSelector | undefined): string {
  if (!sel) return 'null';
  const exprs =
    sel.matchExpressions === undefined
      ? '[]v1.LabelSelectorRequirement(nil)'
      : `[]v1.LabelSelectorRequirement{${sel.matchExpressions
          .map((e) => `v1.LabelSelectorRequirement{Key:${JSON.stringify(e.key)}, Operator:${JSON.stringify(e.operator)}, Values:${goStrings(e.values)}}`)
          .join(', ')}}`;
  return `v1.LabelSelector{MatchLabels:${goStringMap(sel.matchLabels)}, MatchExpressions:${exprs}}`;
}
