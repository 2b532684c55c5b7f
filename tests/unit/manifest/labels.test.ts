/**
 * Label and annotation keys and values (apimachinery pkg/util/validation IsQualifiedName,
 * IsValidLabelValue; pkg/api/validation ValidateAnnotations with TotalAnnotationSizeLimitB).
 */
import { describe, expect, it } from 'vitest';
import { labelValueErrors, qualifiedNameErrors } from '@/engine/manifest/labels';
import { errors, find, lineOf, parseManifest, podText } from './helpers';

const C = '  containers:\n  - name: a\n    image: b\n';
const messages = (text: string) => errors(parseManifest(text)).map((d) => d.message);
const QNAME =
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const VALUE =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

describe('IsQualifiedName (label and annotation keys)', () => {
  it.each(['app', 'app.kubernetes.io/name', 'A_b-c.1', 'example.com/MyName', 'x'.repeat(63)])('accepts %s', (k) => {
    expect(qualifiedNameErrors(k)).toEqual([]);
  });
  it('a name part of 64 characters is too long', () => {
    expect(qualifiedNameErrors('x'.repeat(64))).toEqual(['name part must be no more than 63 characters']);
  });
  it('a name part must start and end alphanumeric', () => expect(qualifiedNameErrors('-app')).toEqual([`name part ${QNAME}`]));
  it('an empty prefix or name part', () => {
    expect(qualifiedNameErrors('/app')).toEqual(['prefix part must be non-empty']);
    expect(qualifiedNameErrors('example.com/')).toEqual(['name part must be non-empty', `name part ${QNAME}`]);
  });
  it('the prefix must be a lowercase DNS subdomain of at most 253 characters', () => {
    expect(qualifiedNameErrors('Example.com/app')[0]).toMatch(/^prefix part a lowercase RFC 1123 subdomain must consist of/);
    expect(qualifiedNameErrors(`${'a'.repeat(254)}/app`)).toEqual(['prefix part must be no more than 253 characters']);
  });
  it('more than one slash is one "qualified name" error', () => {
    expect(qualifiedNameErrors('a/b/c')).toEqual([
      `a qualified name ${QNAME} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
    ]);
  });
});

describe('IsValidLabelValue', () => {
  it.each(['', 'v1', 'my_value', 'x'.repeat(63)])('accepts "%s"', (v) => expect(labelValueErrors(v)).toEqual([]));
  it('64 characters: only the length error', () => expect(labelValueErrors('x'.repeat(64))).toEqual(['must be no more than 63 characters']));
  it('both errors when too long and badly formed', () => expect(labelValueErrors(`${'x'.repeat(64)}-`)).toHaveLength(2));
});

describe('labels and annotations in manifests', () => {
  it('a bad Pod label value names metadata.labels and points at the value', () => {
    const text = podText(C, '  labels:\n    app: "bad value"\n');
    const d = find(parseManifest(text), 'metadata.labels');
    expect(d.message).toBe(`metadata.labels: Invalid value: "bad value": ${VALUE}`);
    expect(d.range?.start.line).toBe(lineOf(text, 'app: "bad value"'));
  });

  it('a bad label key points at the key', () => {
    const text = podText(C, '  labels:\n    "-app": x\n');
    const d = find(parseManifest(text), 'metadata.labels');
    expect(d.message).toBe(`metadata.labels: Invalid value: "-app": name part ${QNAME}`);
    expect(d.range?.start).toEqual({ line: lineOf(text, '"-app"'), column: 5 });
  });

  it('a pod template label is reported as spec.template.labels (ValidatePodTemplateSpec, sic)', () => {
    const text =
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  selector: {matchLabels: {app: x}}\n  template:\n' +
      '    metadata:\n      labels: {app: x, "bad key!": v}\n    spec:\n      containers: [{name: a, image: b}]\n';
    expect(messages(text)).toEqual([`spec.template.labels: Invalid value: "bad key!": name part ${QNAME}`]);
  });

  it('workload metadata labels are checked too', () => {
    const text =
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\n  labels: {team: "a b"}\nspec:\n  selector: {matchLabels: {app: x}}\n' +
      '  template:\n    metadata: {labels: {app: x}}\n    spec:\n      containers: [{name: a, image: b}]\n';
    expect(messages(text)).toEqual([`metadata.labels: Invalid value: "a b": ${VALUE}`]);
  });

  it('annotation keys are checked case-insensitively; values are free text', () => {
    expect(messages(podText(C, '  annotations:\n    Example.COM/Note: "any text, even spaces!"\n'))).toEqual([]);
    expect(messages(podText(C, '  annotations:\n    "a/b/c": x\n'))[0]).toMatch(/^metadata\.annotations: Invalid value: "a\/b\/c": a qualified name/);
  });

  it('annotations over 256 KiB in total (keys + values, in bytes) are Too long', () => {
    const big = 'x'.repeat(128 * 1024);
    const ok = podText(C, `  annotations:\n    a: ${big}\n    b: ${big.slice(2)}\n`);
    expect(messages(ok)).toEqual([]);
    const tooBig = podText(C, `  annotations:\n    a: ${big}\n    b: ${big.slice(1)}\n`);
    expect(messages(tooBig)).toEqual(['metadata.annotations: Too long: may not be more than 262144 bytes']);
    // Multi-byte characters count as UTF-8 bytes, as Go's len() does.
    const utf8 = podText(C, `  annotations:\n    a: ${'é'.repeat(131072)}\n`);
    expect(messages(utf8)).toEqual(['metadata.annotations: Too long: may not be more than 262144 bytes']);
  });

  it('Service and ConfigMap labels follow the same rules', () => {
    const svc = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n  labels: {"x/y/z": a}\nspec:\n  ports: [{port: 80}]\n';
    expect(messages(svc)[0]).toMatch(/^metadata\.labels: Invalid value: "x\/y\/z": a qualified name/);
  });
});
