/**
 * Kinds and apiVersions, pod naming as the controllers do it, multi-document manifests with
 * Services, `kind: List`, and locate() on workload paths.
 */
import { describe, expect, it } from 'vitest';
import { SAFE_ALPHABET } from '@/engine/manifest/naming';
import { errors, find, fixture, lineOf, parseManifest } from './helpers';

const S = `[${SAFE_ALPHABET}]`;
const TEMPLATE = `  template:
    metadata:
      labels: {app: web}
    spec:
      RESTART
      containers:
      - name: app
        image: nginx:1.27
`;
function workload(apiVersion: string, kind: string, restart = '', name = 'web'): string {
  const tpl = TEMPLATE.replace('RESTART', restart ? `restartPolicy: ${restart}` : 'hostname: h');
  // A ReplicationController's selector is a plain map; the apps kinds use a LabelSelector.
  const selector = kind === 'ReplicationController' ? '  selector: {app: web}\n' : '  selector:\n    matchLabels: {app: web}\n';
  const body = kind === 'CronJob' ? `  schedule: "*/5 * * * *"\n  jobTemplate:\n    spec:\n${tpl.replace(/^/gm, '    ')}` : `${selector}${tpl}`;
  return `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: ${name}\nspec:\n${body.replace(/\n {4}\n/g, '\n')}`;
}

describe('workload kinds: the pod template is simulated and named as its controller would', () => {
  it.each([
    ['apps/v1', 'Deployment', '', new RegExp(`^web-${S}{10}-${S}{5}$`)],
    ['apps/v1', 'ReplicaSet', '', new RegExp(`^web-${S}{5}$`)],
    ['v1', 'ReplicationController', '', new RegExp(`^web-${S}{5}$`)],
    ['apps/v1', 'DaemonSet', '', new RegExp(`^web-${S}{5}$`)],
    ['apps/v1', 'StatefulSet', '', /^web-0$/],
    ['batch/v1', 'Job', 'Never', new RegExp(`^web-${S}{5}$`)],
    ['batch/v1', 'CronJob', 'OnFailure', new RegExp(`^web-\\d{8}-${S}{5}$`)],
  ])('%s %s', (apiVersion, kind, restart, name) => {
    const text = workload(apiVersion, kind, restart);
    const r = parseManifest(text);
    expect(errors(r)).toEqual([]);
    expect(r.pod?.name).toMatch(name);
    expect(r.pod?.labels.app).toBe('web');
    expect(r.pod?.origin).toEqual({ apiVersion, kind, name: 'web', documentIndex: 0 });
    expect(r.pod?.containers[0]?.path).toBe('spec.containers[0]');
    expect(parseManifest(text).pod?.name).toBe(r.pod?.name); // deterministic
  });

  it('Deployment pods carry pod-template-hash and the ReplicaSet generateName', () => {
    const pod = parseManifest(workload('apps/v1', 'Deployment')).pod;
    const hash = pod?.labels['pod-template-hash'] ?? '';
    expect(hash).toMatch(new RegExp(`^${S}{10}$`));
    expect(pod?.generateName).toBe(`web-${hash}-`);
    expect(pod?.name.startsWith(`web-${hash}-`)).toBe(true);
  });

  it('Job pods carry job-name labels; CronJob pods are named after the Job', () => {
    const job = parseManifest(workload('batch/v1', 'Job', 'Never')).pod;
    expect(job?.labels['job-name']).toBe('web');
    expect(job?.labels['batch.kubernetes.io/job-name']).toBe('web');
    const cron = parseManifest(workload('batch/v1', 'CronJob', 'Never')).pod;
    expect(cron?.generateName).toBe(`${cron?.labels['job-name'] ?? '?'}-`);
  });

  it('a Pod with generateName only gets generateName + 5 safe characters', () => {
    const r = parseManifest('apiVersion: v1\nkind: Pod\nmetadata:\n  generateName: job-\nspec:\n  containers:\n  - {name: a, image: b}\n');
    expect(r.pod?.name).toMatch(new RegExp(`^job-${S}{5}$`));
    expect(r.pod?.generateName).toBe('job-');
  });

  it.each([
    ['extensions/v1beta1', 'Deployment', 'extensions/v1beta1 Deployment is deprecated in v1.9+, unavailable in v1.16+; use apps/v1 Deployment'],
    ['apps/v1beta1', 'Deployment', 'apps/v1beta1 Deployment is deprecated in v1.9+, unavailable in v1.16+; use apps/v1 Deployment'],
    ['apps/v1beta2', 'Deployment', 'apps/v1beta2 Deployment is deprecated in v1.9+, unavailable in v1.16+; use apps/v1 Deployment'],
    ['extensions/v1beta1', 'DaemonSet', 'extensions/v1beta1 DaemonSet is deprecated in v1.9+, unavailable in v1.16+; use apps/v1 DaemonSet'],
    ['extensions/v1beta1', 'ReplicaSet', 'extensions/v1beta1 ReplicaSet is deprecated in v1.9+, unavailable in v1.16+; use apps/v1 ReplicaSet'],
    ['apps/v1beta1', 'StatefulSet', 'apps/v1beta1 StatefulSet is deprecated in v1.9+, unavailable in v1.16+; use apps/v1 StatefulSet'],
    ['batch/v1beta1', 'CronJob', 'batch/v1beta1 CronJob is deprecated in v1.21+, unavailable in v1.25+; use batch/v1 CronJob'],
  ])('old apiVersion %s %s → deprecation warning on the apiVersion line, still runs', (apiVersion, kind, message) => {
    const r = parseManifest(workload(apiVersion, kind, kind === 'CronJob' ? 'Never' : ''));
    const d = find(r, message);
    expect([d.severity, d.message, d.range?.start.line]).toEqual(['warning', message, 1]);
    expect(r.pod).toBeDefined();
  });

  it('a kind in the wrong apiVersion is an error', () => {
    const r = parseManifest(workload('v1', 'Deployment'));
    expect(find(r, 'no matches for kind "Deployment" in version "v1"').severity).toBe('error');
    expect(r.pod).toBeUndefined();
  });
});

describe('controller restart-policy rules (apps and batch validation)', () => {
  it.each([
    ['batch/v1', 'Job', '', 'spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"'],
    ['batch/v1', 'Job', 'Always', 'spec.template.spec.restartPolicy: Unsupported value: "Always": supported values: "OnFailure", "Never"'],
    ['batch/v1', 'CronJob', 'Always', 'spec.jobTemplate.spec.template.spec.restartPolicy: Unsupported value: "Always": supported values: "OnFailure", "Never"'],
    ['apps/v1', 'Deployment', 'Never', 'spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"'],
    ['apps/v1', 'StatefulSet', 'OnFailure', 'spec.template.spec.restartPolicy: Unsupported value: "OnFailure": supported values: "Always"'],
  ])('%s %s restartPolicy "%s"', (apiVersion, kind, restart, message) => {
    const text = workload(apiVersion, kind, restart);
    const r = parseManifest(text);
    const d = find(r, message);
    expect(d.message).toBe(message);
    expect(d.range?.start.line).toBe(restart ? lineOf(text, `restartPolicy: ${restart}`) : lineOf(text, '    spec:'));
    expect(r.pod).toBeUndefined();
  });

  it('workload template errors are reported with the workload path', () => {
    const text = workload('apps/v1', 'Deployment').replace('image: nginx:1.27', 'image: ""');
    const d = find(parseManifest(text), 'spec.template.spec.containers[0].image: Required value');
    expect(d.range?.start.line).toBe(lineOf(text, 'image: ""'));
  });
});

describe('the seed articles', () => {
  it('extensions/v1beta1 Deployment with the pod.beta.K8S.io/init-containers annotation: two warnings, still runs', () => {
    const text = fixture('seed-init-annotation-deployment.yaml');
    const r = parseManifest(text);
    expect(errors(r)).toEqual([]);
    expect(find(r, 'extensions/v1beta1 Deployment is deprecated').severity).toBe('warning');
    const ann = find(r, 'annotation "pod.beta.K8S.io/init-containers" is ignored since Kubernetes 1.8');
    expect(ann.range?.start.line).toBe(lineOf(text, 'pod.beta.K8S.io/init-containers'));
    expect(r.pod?.initContainers).toEqual([]);
    expect(r.pod?.containers.map((c) => c.name)).toEqual(['webapache']);
  });

  it('the inessprobe ReplicationController and its Service parse cleanly with every field', () => {
    const r = parseManifest(`${fixture('seed-inessprobe-rc.yaml')}---\n${fixture('seed-inessprobe-svc.yaml')}`);
    expect(r.diagnostics).toEqual([]);
    const c = r.pod?.containers[0];
    expect([c?.imagePullPolicy, c?.readinessProbe?.initialDelaySeconds, c?.readinessProbe?.periodSeconds, c?.livenessProbe?.initialDelaySeconds]).toEqual(['Never', 120, 15, 180]);
    expect(c?.livenessProbe?.failureThreshold).toBe(3);
    expect(r.services).toHaveLength(1);
    expect(r.services[0]?.ports).toEqual([{ name: 'http', port: 80, targetPort: 80, protocol: 'TCP' }]);
    expect(r.services[0]?.selector).toEqual({ project: 'lykops', app: 'inessprobe', version: 'v1' });
  });
});

describe('multi-document manifests, Services, List and other kinds', () => {
  const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p1\n  labels: {app: web}\nspec:\n  containers:\n  - name: app\n    image: nginx\n    ports: [{name: http, containerPort: 8080}]\n';
  const SVC = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector: {app: web}\n  ports:\n  - {name: a, port: 80, targetPort: http}\n  - {name: b, port: 81}\n';

  it('Services become ServiceModels: deterministic ClusterIP, targetPort defaults to port, named targetPort kept', () => {
    const r = parseManifest(`${POD}---\n${SVC}`);
    const svc = r.services[0];
    expect(svc?.clusterIP).toMatch(/^10\.96\.\d{1,3}\.\d{1,3}$/);
    expect(parseManifest(`${SVC}---\n${POD}`).services[0]?.clusterIP).toBe(svc?.clusterIP);
    expect(svc?.ports.map((p) => p.targetPort)).toEqual(['http', 81]);
    expect(svc?.origin.documentIndex).toBe(1);
    expect(r.documents.map((d) => [d.index, d.kind, d.name])).toEqual([[0, 'Pod', 'p1'], [1, 'Service', 'web']]);
  });

  it.each([
    ['an ExternalName service resolves as a CNAME and has no ClusterIP', 'spec:\n  type: ExternalName\n  externalName: db.example.com\n', undefined],
    ['a headless service keeps clusterIP None', 'spec:\n  clusterIP: None\n  selector: {app: web}\n', undefined],
    ['a service port is required', 'spec:\n  selector: {app: web}\n  ports:\n  - {name: a, targetPort: 80}\n', 'spec.ports[0].port: Required value'],
    ['several ports need names', 'spec:\n  ports:\n  - {port: 80}\n  - {port: 81}\n', 'spec.ports[0].name: Required value'],
    ['a service port is 1–65535', 'spec:\n  ports:\n  - {port: 70000}\n', 'spec.ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive'],
  ])('%s', (_label, spec, message) => {
    const r = parseManifest(`${POD}---\napiVersion: v1\nkind: Service\nmetadata: {name: db}\n${spec}`);
    if (message) {
      expect(find(r, message).severity).toBe('error');
      expect(r.pod).toBeUndefined();
      return;
    }
    expect(errors(r)).toEqual([]);
    const svc = r.services[0];
    if (spec.includes('ExternalName')) expect([svc?.externalName, svc?.clusterIP]).toEqual(['db.example.com', '']);
    else expect(svc?.clusterIP).toBe('None');
  });

  it('pod names and uids follow the manifest text: same text, same name; other text, other name', () => {
    const a = workload('apps/v1', 'Deployment');
    const b = a.replace('nginx:1.27', 'nginx:1.28');
    expect(parseManifest(a).pod?.name).toBe(parseManifest(a).pod?.name);
    expect(parseManifest(b).pod?.name).not.toBe(parseManifest(a).pod?.name);
    expect(parseManifest(b).pod?.uid).not.toBe(parseManifest(a).pod?.uid);
  });

  it('several pods: the first is simulated, the others get a warning (shown by the CLI too)', () => {
    const second = POD.replace('p1', 'p2');
    const r = parseManifest(`${POD}---\n${second}`);
    expect(r.pod?.name).toBe('p1');
    const d = find(r, 'Pod "p2" is not simulated');
    expect([d.severity, d.documentIndex]).toEqual(['warning', 1]);
  });

  it('kind: List items are read like documents, with ranges inside the list', () => {
    const text = `apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: c}\n- apiVersion: v1\n  kind: Pod\n  metadata: {name: listed}\n  spec:\n    containers:\n    - name: a\n      image: b\n      livenessProbe: {exec: {command: ["true"]}, successThreshold: 4}\n`;
    const r = parseManifest(text);
    expect(find(r, 'spec.containers[0].livenessProbe.successThreshold: Invalid value: 4: must be 1').range?.start.line).toBe(lineOf(text, 'successThreshold'));
    const ok = parseManifest(text.replace(', successThreshold: 4', ''));
    expect(ok.pod?.name).toBe('listed');
    expect(ok.locate('spec.containers[0].livenessProbe')?.start.line).toBe(lineOf(text, 'livenessProbe'));
  });

  it.each(['Namespace', 'Ingress', 'ServiceAccount'])('a %s is reported as not simulated (info), never blocks (ConfigMap/Secret are read: configs.test.ts)', (kind) => {
    const r = parseManifest(`apiVersion: v1\nkind: ${kind}\nmetadata: {name: x}\n---\n${POD}`);
    expect(find(r, `kind ${kind} is not simulated; PodLife runs the first Pod or pod template`).severity).toBe('info');
    expect(r.pod?.name).toBe('p1');
  });

  it('an unknown kind is a warning', () => {
    const r = parseManifest(`apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: x}\n---\n${POD}`);
    expect(find(r, 'kind Widget').severity).toBe('warning');
    expect(r.pod).toBeDefined();
  });

  it.each([
    ['kind', `apiVersion: v1\nmetadata: {name: x}\n`, "Object 'Kind' is missing in '{\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"x\"}}'"],
    ['apiVersion', `kind: Pod\nmetadata: {name: x}\n`, "Object 'apiVersion' is missing in '{\"kind\":\"Pod\",\"metadata\":{\"name\":\"x\"}}'"],
  ])('a missing %s is an error in apimachinery wording', (_f, text, message) => {
    const r = parseManifest(text);
    expect(find(r, message).severity).toBe('error');
  });

  it('locate() accepts pod-relative and full workload paths', () => {
    const text = workload('apps/v1', 'Deployment');
    const r = parseManifest(text);
    const line = lineOf(text, 'image: nginx');
    expect(r.locate('spec.containers[0].image')?.start.line).toBe(line);
    expect(r.locate('spec.template.spec.containers[0].image')?.start.line).toBe(line);
    expect(r.locate('metadata.name')?.start.line).toBe(lineOf(text, 'name: web'));
    expect(r.locate('metadata.labels', 0)?.start.line).toBe(lineOf(text, 'labels:'));
  });
});
