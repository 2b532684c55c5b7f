/**
 * Validation with apiserver wording (pkg/apis/core/validation/validation.go): each rule gives an
 * error at the line of the offending value, and errors block the pod. Warnings (unknown fields,
 * kubectl strict field validation) never block.
 */
import { describe, expect, it } from 'vitest';
import { find, lineOf, oneContainer, parseManifest, podText } from './helpers';

const C = (extra: string) => oneContainer(extra);

// [rule, manifest, expected message (exact), text on the line the range must start at]
const ERRORS: [string, string, string, string][] = [
  [
    'container name must be a DNS-1123 label (ValidateDNS1123Label)',
    podText('  containers:\n  - name: Web_1\n    image: nginx\n'),
    `spec.containers[0].name: Invalid value: "Web_1": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`,
    'Web_1',
  ],
  ['container image is required', podText('  containers:\n  - name: app\n    image:\n'), 'spec.containers[0].image: Required value', 'image:'],
  ['containers are required', podText('  restartPolicy: Always\n'), 'spec.containers: Required value', 'spec:'],
  [
    'container names are unique across init and app containers',
    podText('  initContainers:\n  - name: app\n    image: busybox\n  containers:\n  - name: app\n    image: nginx\n'),
    'spec.containers[0].name: Duplicate value: "app"',
    '  - name: app\n    image: nginx',
  ],
  ['duplicate app container names', podText('  containers:\n  - name: app\n    image: a\n  - name: app\n    image: b\n'), 'spec.containers[1].name: Duplicate value: "app"', '  - name: app\n    image: b'],
  ['liveness successThreshold must be 1', C('    livenessProbe:\n      exec: {command: ["true"]}\n      successThreshold: 2\n'), 'spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1', 'successThreshold: 2'],
  ['startup successThreshold must be 1', C('    startupProbe:\n      tcpSocket: {port: 80}\n      successThreshold: 3\n'), 'spec.containers[0].startupProbe.successThreshold: Invalid value: 3: must be 1', 'successThreshold: 3'],
  ['probe initialDelaySeconds is non-negative', C('    readinessProbe:\n      tcpSocket: {port: 80}\n      initialDelaySeconds: -5\n'), 'spec.containers[0].readinessProbe.initialDelaySeconds: Invalid value: -5: must be greater than or equal to 0', 'initialDelaySeconds: -5'],
  ['probe periodSeconds is non-negative', C('    readinessProbe:\n      tcpSocket: {port: 80}\n      periodSeconds: -1\n'), 'spec.containers[0].readinessProbe.periodSeconds: Invalid value: -1: must be greater than or equal to 0', 'periodSeconds: -1'],
  ['probe timeoutSeconds is non-negative', C('    readinessProbe:\n      tcpSocket: {port: 80}\n      timeoutSeconds: -1\n'), 'spec.containers[0].readinessProbe.timeoutSeconds: Invalid value: -1: must be greater than or equal to 0', 'timeoutSeconds: -1'],
  ['probe failureThreshold is non-negative', C('    livenessProbe:\n      tcpSocket: {port: 80}\n      failureThreshold: -2\n'), 'spec.containers[0].livenessProbe.failureThreshold: Invalid value: -2: must be greater than or equal to 0', 'failureThreshold: -2'],
  ['a probe needs a handler', C('    livenessProbe:\n      periodSeconds: 5\n'), 'spec.containers[0].livenessProbe: Required value: must specify a handler type', 'periodSeconds: 5'],
  ['a probe has one handler', C('    livenessProbe:\n      exec: {command: ["true"]}\n      tcpSocket: {port: 80}\n'), 'spec.containers[0].livenessProbe.tcpSocket: Forbidden: may not specify more than 1 handler type', 'tcpSocket: {port: 80}'],
  ['a hook has one handler', C('    lifecycle:\n      preStop:\n        exec: {command: ["true"]}\n        sleep: {seconds: 3}\n'), 'spec.containers[0].lifecycle.preStop.sleep: Forbidden: may not specify more than 1 handler type', 'sleep: {seconds: 3}'],
  ['a hook needs a handler', C('    lifecycle:\n      postStart: {}\n'), 'spec.containers[0].lifecycle.postStart: Required value: must specify a handler type', 'postStart: {}'],
  ['exec needs a command', C('    livenessProbe:\n      exec: {}\n'), 'spec.containers[0].livenessProbe.exec.command: Required value', 'exec: {}'],
  ['probe port is 1–65535', C('    livenessProbe:\n      httpGet: {port: 70000}\n'), 'spec.containers[0].livenessProbe.httpGet.port: Invalid value: 70000: must be between 1 and 65535, inclusive', 'port: 70000'],
  ['httpGet scheme is HTTP or HTTPS', C('    livenessProbe:\n      httpGet: {port: 80, scheme: http}\n'), 'spec.containers[0].livenessProbe.httpGet.scheme: Unsupported value: "http": supported values: "HTTP", "HTTPS"', 'scheme: http'],
  ['container port is 1–65535', C('    ports:\n    - containerPort: 0\n'), 'spec.containers[0].ports[0].containerPort: Invalid value: 0: must be between 1 and 65535, inclusive', 'containerPort: 0'],
  ['container restartPolicy only on init containers', C('    restartPolicy: Always\n'), 'spec.containers[0].restartPolicy: Forbidden: may not be set for non-init containers', 'restartPolicy: Always'],
  [
    'init container restartPolicy only Always',
    podText('  initContainers:\n  - name: i\n    image: busybox\n    restartPolicy: OnFailure\n  containers:\n  - name: app\n    image: nginx\n'),
    'spec.initContainers[0].restartPolicy: Unsupported value: "OnFailure": supported values: "Always"',
    'restartPolicy: OnFailure',
  ],
  [
    'regular init containers may not have probes',
    podText('  initContainers:\n  - name: i\n    image: busybox\n    readinessProbe: {exec: {command: ["true"]}}\n  containers:\n  - name: app\n    image: nginx\n'),
    'spec.initContainers[0].readinessProbe: Forbidden: may not be set for init containers without restartPolicy=Always',
    'readinessProbe:',
  ],
  ['pod restartPolicy enum', podText('  restartPolicy: Sometimes\n  containers:\n  - name: a\n    image: b\n'), 'spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"', 'Sometimes'],
  ['terminationGracePeriodSeconds ≥ 0', podText('  terminationGracePeriodSeconds: -1\n  containers:\n  - name: a\n    image: b\n'), 'spec.terminationGracePeriodSeconds: Invalid value: -1: must be greater than or equal to 0', 'terminationGracePeriodSeconds'],
  ['activeDeadlineSeconds ≥ 1', podText('  activeDeadlineSeconds: 0\n  containers:\n  - name: a\n    image: b\n'), 'spec.activeDeadlineSeconds: Invalid value: 0: must be between 1 and 2147483647, inclusive', 'activeDeadlineSeconds'],
  ['readinessGates need a conditionType', podText('  readinessGates:\n  - {}\n  containers:\n  - name: a\n    image: b\n'), 'spec.readinessGates[0].conditionType: Required value', '- {}'],
  [
    'metadata.name is a DNS-1123 subdomain',
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: My_Pod\nspec:\n  containers:\n  - name: a\n    image: b\n',
    `metadata.name: Invalid value: "My_Pod": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`,
    'My_Pod',
  ],
  ['metadata.name or generateName required', 'apiVersion: v1\nkind: Pod\nmetadata:\n  labels: {a: b}\nspec:\n  containers:\n  - name: a\n    image: b\n', 'metadata.name: Required value: name or generateName is required', 'metadata:'],
  ['volumeMounts name a declared volume', C('    volumeMounts:\n    - {name: data, mountPath: /d}\n'), 'spec.containers[0].volumeMounts[0].name: Not found: "data"', 'name: data'],
  ['memory quantities must parse', C('    resources:\n      limits: {memory: lots}\n'), `spec.containers[0].resources.limits.memory: Invalid value: "lots": quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`, 'lots'],
  // Wrong types: the apiserver's JSON decoder wording, at the value.
  ['a string where a number goes', C('    livenessProbe:\n      exec: {command: ["true"]}\n      periodSeconds: ten\n'), 'spec.containers[0].livenessProbe.periodSeconds: Invalid value: "ten": json: cannot unmarshal string into Go struct field Probe.periodSeconds of type int32', 'ten'],
  ['a map where a list goes', podText('  containers:\n    name: app\n    image: nginx\n'), 'spec.containers: Invalid value: {"name":"app","image":"nginx"}: json: cannot unmarshal object into Go struct field PodSpec.containers of type []v1.Container', 'name: app'],
  ['a number where a string goes', C('    command: [sh, -c, 1]\n'), 'spec.containers[0].command[2]: Invalid value: 1: json: cannot unmarshal number into Go struct field Container.command of type string', 'command:'],
  ['YAML 1.1 booleans are not strings (env value: no)', C('    env:\n    - name: DEBUG\n      value: no\n'), 'spec.containers[0].env[0].value: Invalid value: false: json: cannot unmarshal bool into Go struct field EnvVar.value of type string', 'value: no'],
  ['a list where a map goes', podText('  containers:\n  - name: a\n    image: b\n    livenessProbe: [1]\n'), 'spec.containers[0].livenessProbe: Invalid value: [1]: json: cannot unmarshal array into Go struct field Container.livenessProbe of type v1.Probe', 'livenessProbe'],
  ['label values must be strings', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels:\n    version: 1\nspec:\n  containers:\n  - name: a\n    image: b\n', 'metadata.labels.version: Invalid value: 1: json: cannot unmarshal number into Go struct field ObjectMeta.labels of type string', 'version: 1'],
];

describe('apiserver validation errors', () => {
  it.each(ERRORS)('%s', (_rule, text, message, lineText) => {
    const r = parseManifest(text);
    const d = find(r, message);
    expect(d.message).toBe(message);
    expect(d.severity).toBe('error');
    expect(d.range?.start.line).toBe(lineOf(text, lineText));
    expect(r.pod).toBeUndefined();
  });
});

describe('unknown fields are warnings with a hint (kubectl strict field validation)', () => {
  it.each([
    ['a truncated field name', C('    livenes: {}\n'), 'unknown field "spec.containers[0].livenes" (did you mean livenessProbe?)', 'livenes'],
    ['the seed article\'s prestop', C('    lifecycle:\n      prestop:\n        exec: {command: ["true"]}\n'), 'unknown field "spec.containers[0].lifecycle.prestop" (did you mean preStop?)', 'prestop'],
    [
      'the seed article\'s psth inside prestop',
      C('    lifecycle:\n      prestop:\n        httpGet:\n          host: monitor.com\n          psth: /waring\n          port: 8080\n'),
      'unknown field "spec.containers[0].lifecycle.prestop.httpGet.psth" (did you mean path?)',
      'psth',
    ],
    ['a pod-level typo', podText('  restartPolicyy: Never\n  containers:\n  - name: a\n    image: b\n'), 'unknown field "spec.restartPolicyy" (did you mean restartPolicy?)', 'restartPolicyy'],
    ['no hint when nothing is close', C('    frobnicate: 1\n'), 'unknown field "spec.containers[0].frobnicate"', 'frobnicate'],
  ])('%s', (_label, text, message, lineText) => {
    const r = parseManifest(text);
    const d = find(r, message);
    expect(d.message).toBe(message);
    expect([d.severity, d.code]).toEqual(['warning', 'W001']);
    expect(d.range?.start.line).toBe(lineOf(text, lineText));
    expect(r.pod).toBeDefined();
  });
});

describe('the pre-1.8 init-container annotation', () => {
  it.each(['pod.beta.kubernetes.io/init-containers', 'pod.alpha.kubernetes.io/init-containers', 'pod.beta.K8S.io/init-containers'])(
    '%s → warning that it is ignored, pod still runs',
    (key) => {
      const text = podText('  containers:\n  - name: a\n    image: b\n', `  annotations:\n    ${key}: '[{"name":"x","image":"y"}]'\n`);
      const r = parseManifest(text);
      const d = find(r, 'is ignored since Kubernetes 1.8');
      expect(d.severity).toBe('warning');
      expect(d.message).toContain('spec.initContainers');
      expect(d.range?.start.line).toBe(lineOf(text, key));
      expect(r.pod?.initContainers).toEqual([]);
    },
  );
});

describe('many containers', () => {
  it('more than 200 containers is one error, in bounded time', () => {
    const items = Array.from({ length: 3000 }, (_, i) => `  - {name: c${i}, image: busybox}\n`).join('');
    const r = parseManifest(podText(`  containers:\n${items}`));
    expect(find(r, 'spec.containers: Too many: 3000: must have at most 200 items').severity).toBe('error');
    expect(r.pod).toBeUndefined();
  });
});
