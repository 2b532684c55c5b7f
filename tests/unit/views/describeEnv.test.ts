/**
 * `kubectl describe pod` for env from references and configMap/secret volumes — upstream
 * staging/src/k8s.io/kubectl/pkg/describe/describe.go describeContainerEnvFrom,
 * describeContainerEnvVars (references are shown, never resolved; fieldRefs read from the pod),
 * printConfigMapVolumeSource / printSecretVolumeSource.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '@/engine';
import { kubectlDescribe } from '@/engine/views/describe';

const MANIFEST = `apiVersion: v1
kind: Pod
metadata: {name: web, labels: {app: shop}}
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: [sleep, "3600"]
    resources: {limits: {memory: 64Mi}}
    envFrom:
    - configMapRef: {name: app-config}
    - {prefix: DB_, secretRef: {name: db, optional: true}}
    env:
    - {name: PLAIN, value: hi}
    - {name: LEVEL, valueFrom: {configMapKeyRef: {name: app-config, key: level}}}
    - {name: PASS, valueFrom: {secretKeyRef: {name: db, key: password, optional: true}}}
    - {name: POD, valueFrom: {fieldRef: {fieldPath: metadata.name}}}
    - {name: APP, valueFrom: {fieldRef: {fieldPath: "metadata.labels['app']"}}}
    - {name: IP, valueFrom: {fieldRef: {fieldPath: status.podIP}}}
    - {name: MEM, valueFrom: {resourceFieldRef: {resource: limits.memory, divisor: 1Mi}}}
    - {name: CPU, valueFrom: {resourceFieldRef: {resource: limits.cpu}}}
    volumeMounts: [{name: cfg, mountPath: /etc/cfg}]
  volumes:
  - name: cfg
    configMap: {name: app-config, optional: true}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: app-config}
data: {level: debug}
`;

describe('describe: env from ConfigMaps, Secrets and fieldRefs', () => {
  const trace = simulate({ manifest: MANIFEST, until: 10_000 });
  const last = trace.frames[trace.frames.length - 1]!;
  const text = kubectlDescribe(last.pod!, trace.events, 10_000, trace.pod);
  const lines = text.split('\n').map((l) => l.replace(/\s+/g, ' ').trimEnd());

  it('prints the `Environment Variables from:` block before `Environment:` (describeContainerEnvFrom)', () => {
    const i = lines.indexOf(' Environment Variables from:');
    expect(i).toBeGreaterThan(0);
    expect(lines.slice(i + 1, i + 3)).toEqual([" app-config ConfigMap Optional: false", " db Secret with prefix 'DB_' Optional: true"]);
    expect(lines[i + 3]).toBe(' Environment:');
  });

  it('shows references as <set to the key …>, fieldRefs read from the pod, resource refs with node allocatable (describeContainerEnvVars)', () => {
    const i = lines.indexOf(' Environment:');
    expect(lines.slice(i + 1, i + 9)).toEqual([
      ' PLAIN: hi',
      " LEVEL: <set to the key 'level' of config map 'app-config'> Optional: false",
      " PASS: <set to the key 'password' in secret 'db'> Optional: true",
      ' POD: web (v1:metadata.name)',
      ' APP: shop (v1:metadata.labels[\'app\'])',
      ' IP: (v1:status.podIP)',
      ' MEM: 64 (limits.memory)',
      ' CPU: node allocatable (limits.cpu)',
    ]);
  });

  it('prints the configMap volume with its Optional flag', () => {
    const i = lines.indexOf(' cfg:');
    expect(lines.slice(i + 1, i + 4)).toEqual([' Type: ConfigMap (a volume populated by a ConfigMap)', ' Name: app-config', ' Optional: true']);
  });
});
