/**
 * Defaults, as pkg/apis/core/v1/defaults.go applies them (SetDefaults_PodSpec, SetDefaults_Container,
 * SetDefaults_Probe, SetDefaults_HTTPGetAction, SetDefaults_ContainerPort).
 */
import { describe, expect, it } from 'vitest';
import { defaultPullPolicy } from '@/engine/manifest/container';
import { errors, oneContainer, parseManifest, podText } from './helpers';

function podOf(text: string) {
  const r = parseManifest(text);
  expect(errors(r)).toEqual([]);
  if (!r.pod) throw new Error('no pod');
  return r.pod;
}

describe('pod-level defaults (SetDefaults_PodSpec)', () => {
  const pod = podOf(oneContainer());
  it.each([
    ['restartPolicy is Always', pod.restartPolicy, 'Always'],
    ['terminationGracePeriodSeconds is 30', pod.terminationGracePeriodSeconds, 30],
    ['namespace is default', pod.namespace, 'default'],
    ['nodeName is node-1 unless set', pod.nodeName, 'node-1'],
    ['readinessGates is empty', pod.readinessGates, []],
    ['name comes from metadata.name', pod.name, 'web'],
  ])('%s', (_label, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('keeps explicit values instead of the defaults', () => {
    const p = podOf(podText('  restartPolicy: Never\n  terminationGracePeriodSeconds: 0\n  nodeName: worker-7\n  activeDeadlineSeconds: 60\n  containers:\n  - name: a\n    image: busybox\n'));
    expect([p.restartPolicy, p.terminationGracePeriodSeconds, p.nodeName, p.activeDeadlineSeconds]).toEqual(['Never', 0, 'worker-7', 60]);
  });

  it('gives a deterministic uuid-shaped uid', () => {
    const again = podOf(oneContainer());
    expect(pod.uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(again.uid).toBe(pod.uid);
    expect(podOf(oneContainer('    args: [x]\n')).uid).not.toBe(pod.uid);
  });
});

describe('imagePullPolicy default (SetDefaults_Container)', () => {
  it.each([
    ['nginx', 'Always'],
    ['nginx:latest', 'Always'],
    ['nginx:1.27', 'IfNotPresent'],
    ['registry.local:5000/team/app', 'Always'],
    ['registry.local:5000/team/app:v2', 'IfNotPresent'],
    ['nginx@sha256:0123456789abcdef', 'IfNotPresent'],
    ['nginx:latest@sha256:0123456789abcdef', 'IfNotPresent'],
  ])('image %s → %s', (image, policy) => {
    expect(defaultPullPolicy(image)).toBe(policy);
    expect(podOf(podText(`  containers:\n  - name: a\n    image: ${image}\n`)).containers[0]?.imagePullPolicy).toBe(policy);
  });

  it('keeps an explicit policy', () => {
    expect(podOf(oneContainer('    imagePullPolicy: Never\n')).containers[0]?.imagePullPolicy).toBe('Never');
  });
});

describe('container defaults', () => {
  const c = podOf(oneContainer('    ports:\n    - containerPort: 80\n')).containers[0];
  it.each([
    ['terminationMessagePath', c?.terminationMessagePath, '/dev/termination-log'],
    ['terminationMessagePolicy', c?.terminationMessagePolicy, 'File'],
    ['port protocol TCP (SetDefaults_ContainerPort)', c?.ports[0]?.protocol, 'TCP'],
    ['kind app, index 0', [c?.kind, c?.index], ['app', 0]],
    ['pod-relative path', c?.path, 'spec.containers[0]'],
  ])('%s', (_label, actual, expected) => {
    expect(actual).toEqual(expected);
  });
});

describe('probe defaults (SetDefaults_Probe, SetDefaults_HTTPGetAction)', () => {
  const c = podOf(oneContainer('    livenessProbe:\n      httpGet:\n        port: 80\n    readinessProbe:\n      tcpSocket: {port: http}\n      periodSeconds: 0\n')).containers[0];
  const live = c?.livenessProbe;
  it.each([
    ['timeoutSeconds 1', live?.timeoutSeconds, 1],
    ['periodSeconds 10', live?.periodSeconds, 10],
    ['successThreshold 1', live?.successThreshold, 1],
    ['failureThreshold 3', live?.failureThreshold, 3],
    ['initialDelaySeconds 0', live?.initialDelaySeconds, 0],
    ['httpGet path /', live?.handler.kind === 'httpGet' ? live.handler.path : undefined, '/'],
    ['httpGet scheme HTTP', live?.handler.kind === 'httpGet' ? live.handler.scheme : undefined, 'HTTP'],
    ['pod-relative probe path', live?.path, 'spec.containers[0].livenessProbe'],
    ['a zero periodSeconds is defaulted to 10', c?.readinessProbe?.periodSeconds, 10],
    ['a named probe port stays a string', c?.readinessProbe?.handler, { kind: 'tcpSocket', port: 'http' }],
  ])('%s', (_label, actual, expected) => {
    expect(actual).toEqual(expected);
  });
});

describe('init containers, sidecars, volumes, memory', () => {
  const pod = podOf(
    podText(
      '  volumes:\n  - name: data\n    emptyDir: {}\n  - name: cfg\n    configMap: {name: app-config}\n' +
        '  initContainers:\n  - name: setup\n    image: busybox\n  - name: proxy\n    image: envoy:1\n    restartPolicy: Always\n' +
        '  containers:\n  - name: app\n    image: nginx:1\n    volumeMounts:\n    - {name: data, mountPath: /data}\n' +
        '    resources:\n      limits: {memory: 128Mi}\n  - name: b\n    image: b:1\n    resources: {limits: {memory: 1G}}\n  - name: c\n    image: c:1\n    resources: {limits: {memory: "1000"}}\n',
    ),
  );
  it('an init container with restartPolicy Always is a sidecar (KEP-753)', () => {
    expect(pod.initContainers.map((c) => [c.name, c.kind, c.path])).toEqual([
      ['setup', 'init', 'spec.initContainers[0]'],
      ['proxy', 'sidecar', 'spec.initContainers[1]'],
    ]);
  });
  it('reads volume kinds and sources', () => {
    expect(pod.volumes).toEqual([
      { name: 'data', kind: 'emptyDir' },
      { name: 'cfg', kind: 'configMap', source: 'app-config' },
    ]);
    expect(pod.containers[0]?.volumeMounts).toEqual([{ name: 'data', mountPath: '/data', readOnly: false }]);
  });
  it.each([
    [0, 128 * 1024 * 1024],
    [1, 1_000_000_000],
    [2, 1000],
  ])('memory limit of container %i is %i bytes', (i, bytes) => {
    expect(pod.containers[i]?.memoryLimitBytes).toBe(bytes);
  });
});
