/**
 * Label and annotation rules of the apiserver, with its exact messages:
 * apimachinery pkg/util/validation/validation.go (IsQualifiedName, IsValidLabelValue,
 * IsDNS1123Subdomain), pkg/apis/meta/v1/validation (ValidateLabels) and pkg/api/validation
 * objectmeta.go (ValidateAnnotations, TotalAnnotationSizeLimitB).
 */
import type { Reporter } from './context';
import { formatPath, isRecord, parsePath } from './path';

const QNAME_FMT = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const QNAME = new RegExp(`^${QNAME_FMT}$`);
const QNAME_MSG = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const LABEL_VALUE = new RegExp(`^(${QNAME_FMT})?$`);
const LABEL_VALUE_MSG =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const DNS1123_SUBDOMAIN_FMT = '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*';
const DNS1123_SUBDOMAIN = new RegExp(`^${DNS1123_SUBDOMAIN_FMT}$`);
const DNS1123_SUBDOMAIN_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";

/** ObjectMeta annotations: keys plus values, in bytes (objectmeta.go TotalAnnotationSizeLimitB). */
export const TOTAL_ANNOTATION_SIZE_LIMIT = 256 * 1024;

/** validation.RegexError: `msg (e.g. 'a',  or 'b', regex used for validation is 'fmt')` — the double blank is upstream's. */
function regexError(msg: string, fmt: string, ...examples: string[]): string {
  if (examples.length === 0) return `${msg} (regex used for validation is '${fmt}')`;
  return `${msg} (e.g. ${examples.map((e) => `'${e}', `).join(' or ')}regex used for validation is '${fmt}')`;
}

/** UTF-8 length: Go's len(string) counts bytes. */
export function byteLength(s: string): number {
  return new TextEncoder().encode(s).length;
}

/** validation.IsDNS1123Subdomain: the messages for a bad subdomain (empty if valid). */
export function dns1123SubdomainErrors(value: string): string[] {
  const errs: string[] = [];
  if (byteLength(value) > 253) errs.push('must be no more than 253 characters');
  if (!DNS1123_SUBDOMAIN.test(value)) errs.push(regexError(DNS1123_SUBDOMAIN_MSG, DNS1123_SUBDOMAIN_FMT, 'example.com'));
  return errs;
}

/** validation.IsQualifiedName: `[prefix/]name`, prefix a DNS subdomain, name ≤ 63 (empty if valid). */
export function qualifiedNameErrors(value: string): string[] {
  const errs: string[] = [];
  const parts = value.split('/');
  let name: string;
  if (parts.length === 1) {
    name = parts[0] ?? '';
  } else if (parts.length === 2) {
    const prefix = parts[0] ?? '';
    name = parts[1] ?? '';
    if (prefix.length === 0) errs.push('prefix part must be non-empty');
    else errs.push(...dns1123SubdomainErrors(prefix).map((m) => `prefix part ${m}`));
  } else {
    return [
      `a qualified name ${regexError(QNAME_MSG, QNAME_FMT, 'MyName', 'my.name', '123-abc')} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
    ];
  }
  if (name.length === 0) errs.push('name part must be non-empty');
  else if (byteLength(name) > 63) errs.push('name part must be no more than 63 characters');
  if (!QNAME.test(name)) errs.push(`name part ${regexError(QNAME_MSG, QNAME_FMT, 'MyName', 'my.name', '123-abc')}`);
  return errs;
}

/** validation.IsValidLabelValue: empty or a qualified-name-like string of ≤ 63 characters. */
export function labelValueErrors(value: string): string[] {
  const errs: string[] = [];
  if (byteLength(value) > 63) errs.push('must be no more than 63 characters');
  if (!LABEL_VALUE.test(value)) errs.push(regexError(LABEL_VALUE_MSG, `(${QNAME_FMT})?`, 'MyValue', 'my_value', '12345'));
  return errs;
}

/**
 * ValidateLabels on the map at `at` (object-relative path of the YAML map). Upstream names the
 * whole map in the message (`msgPath`, e.g. `spec.template.labels` for a pod template — sic), so the
 * message uses it while the range points at the offending key or value.
 */
export function validateLabels(r: Reporter, raw: unknown, at: string, msgPath: string): void {
  if (!isRecord(raw)) return;
  for (const [k, v] of Object.entries(raw)) {
    const keyAt = formatPath([...parsePath(at), k]);
    for (const m of qualifiedNameErrors(k)) r.note('error', 'V062', keyAt, `${msgPath}: Invalid value: ${JSON.stringify(k)}: ${m}`, true);
    if (typeof v !== 'string') continue; // a non-string value is a type error (checkFields)
    for (const m of labelValueErrors(v)) r.note('error', 'V062', keyAt, `${msgPath}: Invalid value: ${JSON.stringify(v)}: ${m}`);
  }
}

/** ValidateAnnotations: keys are qualified names (case-insensitive); keys + values ≤ 256 KiB. */
export function validateAnnotations(r: Reporter, raw: unknown, at: string, msgPath: string): void {
  if (!isRecord(raw)) return;
  let total = 0;
  for (const [k, v] of Object.entries(raw)) {
    const keyAt = formatPath([...parsePath(at), k]);
    for (const m of qualifiedNameErrors(k.toLowerCase())) r.note('error', 'V062', keyAt, `${msgPath}: Invalid value: ${JSON.stringify(k)}: ${m}`, true);
    total += byteLength(k) + (typeof v === 'string' ? byteLength(v) : 0);
  }
  // field.TooLong omits the value; since 1.32 its detail counts bytes.
  if (total > TOTAL_ANNOTATION_SIZE_LIMIT) r.note('error', 'V069', at, `${msgPath}: Too long: may not be more than ${TOTAL_ANNOTATION_SIZE_LIMIT} bytes`, true);
}

/** Go's `%#v` of a map[string]string: `map[string]string{"a":"1", "b":"2"}`, keys sorted; nil → `map[string]string(nil)`. */
export function goStringMap(m: Record<string, string> | undefined): string {
  if (m === undefined) return 'map[string]string(nil)';
  const keys = Object.keys(m).sort();
  return `map[string]string{${keys.map((k) => `${JSON.stringify(k)}:${JSON.stringify(m[k])}`).join(', ')}}`;
}
