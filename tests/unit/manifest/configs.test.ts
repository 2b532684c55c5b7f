/**
 * ConfigMap/Secret documents and env/envFrom/volume references as the apiserver reads and validates
 * them (pkg/apis/core/validation/validation.go ValidateConfigMap, ValidateSecret, validateEnv,
 * validateEnvVarValueFrom, validateEnvFrom, validateConfigMapVolumeSource, validateKeyToPath).
 */
import { describe, expect, it } from 'vitest';
import { parseManifest } from '@/engine/manifest/parseManifest';
import { decodeBase64 } from '@/engine/manifest/configs';
import { errors, find, lineOf, oneContainer, podText } from './helpers';

const doc = (kind: string, body: string, meta = '{name: c}') => `---\napiVersion: v1\nkind: ${kind}\nmetadata: ${meta}\n${body}`;

describe('ConfigMap and Secret documents', () => {
  it('are read into parse result and pod.configs whatever the document order (data, binaryData, Secret data decoded, stringData wins)', () => {
    const text =
      doc('Secret', 'data: {user: YWRtaW4=, pw: b2xk}\nstringData: {pw: new}\n', '{name: db, namespace: default}').slice(4) +
      '---\n' +
      oneContainer() +
      doc('ConfigMap', 'immutable: true\ndata: {level: debug, n: "3"}\nbinaryData: {blob: AAE=}\n', '{name: app}');
    const r = parseManifest(text);
    expect(errors(r)).toEqual([]);
    expect(r.configs).toEqual(r.pod?.configs);
    const [secret, cm] = r.configs!;
    expect(secret).toMatchObject({ kind: 'Secret', name: 'db', namespace: 'default', data: { user: 'admin', pw: 'new' }, documentIndex: 0 });
    expect(cm).toMatchObject({ kind: 'ConfigMap', name: 'app', data: { level: 'debug', n: '3' }, binaryData: { blob: '\u0000\u0001' }, documentIndex: 2 });
    expect(r.diagnostics.some((d) => d.message.includes('is not simulated'))).toBe(false);
  });

  it('invalid base64 in Secret data is rejected as the apiserver decoder does ("illegal base64 data at input byte N")', () => {
    const text = oneContainer() + doc('Secret', 'data: {pw: "abc!"}\n');
    const d = find(parseManifest(text), 'illegal base64 data at input byte 3');
    expect(d.severity).toBe('error');
    expect(d.message).toBe('Secret in version "v1" cannot be handled as a Secret: illegal base64 data at input byte 3');
    expect(d.range?.start.line).toBe(lineOf(text, 'pw: "abc!"'));
  });

  it('keys must be config keys, and a key may not be in both data and binaryData (ValidateConfigMap)', () => {
    const r = parseManifest(oneContainer() + doc('ConfigMap', 'data: {"a b": x, k: v}\nbinaryData: {k: eQ==}\n'));
    expect(find(r, `data[a b]: Invalid value: "a b": a valid config key must consist of alphanumeric characters`).severity).toBe('error');
    expect(find(r, 'binaryData.k: Invalid value: "k": duplicate of key present in data').severity).toBe('error');
  });

  it('data values must be strings, as the apiserver decoder says; unknown fields warn as kubectl does', () => {
    const r = parseManifest(oneContainer() + doc('ConfigMap', 'data: {n: 3}\ndatas: {}\n'));
    expect(find(r, 'data.n: Invalid value: 3: json: cannot unmarshal number into Go struct field ConfigMap.data of type string').severity).toBe('error');
    expect(find(r, 'unknown field "datas" (did you mean data?)').severity).toBe('warning');
  });

  it('a ConfigMap without a name is an error; a wrong apiVersion is "no matches for kind"', () => {
    expect(find(parseManifest(oneContainer() + doc('ConfigMap', 'data: {}\n', '{}')), 'metadata.name: Required value').severity).toBe('error');
    const text = oneContainer() + '---\napiVersion: apps/v1\nkind: ConfigMap\nmetadata: {name: c}\n';
    expect(find(parseManifest(text), 'no matches for kind "ConfigMap" in version "apps/v1"').severity).toBe('error');
  });

  it('decodeBase64 handles padding and reports the first illegal byte', () => {
    expect(decodeBase64('aGVsbG8=')).toEqual({ ok: true, text: 'hello' });
    expect(decodeBase64('5L2g5aW9')).toEqual({ ok: true, text: '你好' });
    expect(decodeBase64('aGV$bG8=')).toEqual({ ok: false, at: 3 });
    expect(decodeBase64('aGVsbG8')).toMatchObject({ ok: false });
  });
});

describe('env valueFrom and envFrom (validateEnv, validateEnvFrom)', () => {
  it('keeps the references in the model, in order', () => {
    const r = parseManifest(
      oneContainer(
        "    env:\n    - {name: A, value: '1'}\n    - {name: B, valueFrom: {configMapKeyRef: {name: c, key: k, optional: true}}}\n    - {name: C, valueFrom: {fieldRef: {fieldPath: \"metadata.labels['app']\"}}}\n    - {name: D, valueFrom: {resourceFieldRef: {resource: limits.memory, divisor: 1Mi}}}\n    envFrom:\n    - {prefix: P_, secretRef: {name: s}}\n",
      ),
    );
    expect(errors(r)).toEqual([]);
    const c = r.pod!.containers[0]!;
    expect(c.env).toEqual([
      { name: 'A', value: '1' },
      { name: 'B', value: '', valueFrom: { kind: 'configMapKeyRef', name: 'c', key: 'k', optional: true } },
      { name: 'C', value: '', valueFrom: { kind: 'fieldRef', fieldPath: "metadata.labels['app']" } },
      { name: 'D', value: '', valueFrom: { kind: 'resourceFieldRef', resource: 'limits.memory', divisor: '1Mi' } },
    ]);
    expect(c.envFrom).toEqual([{ kind: 'secret', name: 's', prefix: 'P_', optional: false }]);
  });

  it('rejects value together with valueFrom, two sources, no source, and an unsupported fieldPath', () => {
    const r = parseManifest(
      oneContainer(
        '    env:\n    - {name: A, value: x, valueFrom: {fieldRef: {fieldPath: metadata.name}}}\n    - {name: B, valueFrom: {fieldRef: {fieldPath: metadata.name}, configMapKeyRef: {name: c, key: k}}}\n    - {name: C, valueFrom: {}}\n    - {name: D, valueFrom: {fieldRef: {fieldPath: status.phase}}}\n    - {name: E, valueFrom: {secretKeyRef: {name: s}}}\n',
      ),
    );
    find(r, 'spec.containers[0].env[0].valueFrom: Invalid value: "": may not be specified when `value` is not empty');
    find(r, 'spec.containers[0].env[1].valueFrom: Invalid value: "": may not have more than one field specified at a time');
    find(r, 'spec.containers[0].env[2].valueFrom: Invalid value: "": must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`');
    find(r, 'spec.containers[0].env[3].valueFrom.fieldRef.fieldPath: Unsupported value: "status.phase"');
    find(r, 'spec.containers[0].env[4].valueFrom.secretKeyRef.key: Required value');
    expect(r.pod).toBeUndefined();
  });

  it('envFrom needs exactly one of configMapRef/secretRef with a name', () => {
    const r = parseManifest(oneContainer('    envFrom:\n    - prefix: X\n    - configMapRef: {}\n'));
    find(r, 'spec.containers[0].envFrom[0]: Invalid value: "": must specify one of: `configMapRef` or `secretRef`');
    find(r, 'spec.containers[0].envFrom[1].configMapRef.name: Required value');
  });
});

describe('configMap/secret volumes (validateConfigMapVolumeSource, validateKeyToPath)', () => {
  it('keep optional and items; items need a key and a relative path without ..', () => {
    const ok = parseManifest(podText('  containers: [{name: a, image: b}]\n  volumes:\n  - name: v\n    configMap: {name: c, optional: true, items: [{key: k, path: sub/f}]}\n  - name: s\n    secret: {secretName: t, defaultMode: 256}\n'));
    expect(errors(ok)).toEqual([]);
    expect(ok.pod!.volumes).toEqual([
      { name: 'v', kind: 'configMap', source: 'c', optional: true, items: [{ key: 'k', path: 'sub/f' }] },
      { name: 's', kind: 'secret', source: 't' },
    ]);
    const bad = parseManifest(podText('  containers: [{name: a, image: b}]\n  volumes:\n  - name: v\n    configMap: {name: c, items: [{key: k, path: /abs}, {key: k, path: ../x}, {path: p}]}\n'));
    find(bad, 'spec.volumes[0].configMap.items[0].path: Invalid value: "/abs": must be a relative path');
    find(bad, "spec.volumes[0].configMap.items[1].path: Invalid value: \"../x\": must not contain '..'");
    find(bad, 'spec.volumes[0].configMap.items[2].key: Required value');
  });
});
