/**
 * Workload rules of the apiserver: selectors, replicas and restart policies, with upstream
 * messages (pkg/apis/apps/validation/validation.go, pkg/apis/core/validation ReplicationController,
 * pkg/apis/batch/validation/validation.go; field.Invalid prints the bad value with Go's %#v).
 */
import { describe, expect, it } from 'vitest';
import { errors, find, lineOf, parseManifest } from './helpers';

/** A workload `kind` whose spec has `specHead` (selector, replicas …) and a template labelled `labels`. */
function wl(kind: string, specHead: string, labels = '{app: x}', restart = '', apiVersion = 'apps/v1'): string {
  const tplLabels = labels ? `    metadata:\n      labels: ${labels}\n` : '';
  const rp = restart ? `      restartPolicy: ${restart}\n` : '';
  return (
    `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: web\nspec:\n${specHead}  template:\n${tplLabels}` +
    `    spec:\n${rp}      containers:\n      - name: app\n        image: nginx\n`
  );
}
const MATCH = '  selector:\n    matchLabels: {app: x}\n';
const messages = (text: string) => errors(parseManifest(text)).map((d) => d.message);

describe('selector required and matching the template (ValidateDeploymentSpec, ValidatePodTemplateSpecForReplicaSet)', () => {
  it.each(['Deployment', 'ReplicaSet', 'StatefulSet'])('%s without spec.selector: Required, and labels.Nothing() matches no template', (kind) => {
    expect(messages(wl(kind, ''))).toEqual([
      'spec.selector: Required value',
      'spec.template.metadata.labels: Invalid value: map[string]string{"app":"x"}: `selector` does not match template `labels`',
    ]);
  });

  it('DaemonSet has no Required check: a missing selector only fails to match (ValidateDaemonSetSpec)', () => {
    expect(messages(wl('DaemonSet', ''))).toEqual([
      'spec.template.metadata.labels: Invalid value: map[string]string{"app":"x"}: `selector` does not match template `labels`',
    ]);
  });

  it('a mismatch is reported at the template labels, printing the whole map sorted as Go does', () => {
    const text = wl('Deployment', '  selector:\n    matchLabels: {app: other}\n', '{tier: web, app: x}');
    const r = parseManifest(text);
    const d = find(r, 'does not match');
    expect(d.message).toBe(
      'spec.template.metadata.labels: Invalid value: map[string]string{"app":"x", "tier":"web"}: `selector` does not match template `labels`',
    );
    expect(d.range?.start.line).toBe(lineOf(text, '{tier: web, app: x}'));
    expect(r.pod).toBeUndefined();
  });

  it('a template without labels prints the nil map', () => {
    expect(messages(wl('ReplicaSet', MATCH, ''))).toContain(
      'spec.template.metadata.labels: Invalid value: map[string]string(nil): `selector` does not match template `labels`',
    );
  });

  it('matchExpressions select like labels.Selector: In, NotIn, Exists, DoesNotExist', () => {
    const sel = (e: string) => `  selector:\n    matchExpressions:\n${e}`;
    expect(messages(wl('Deployment', sel('    - {key: app, operator: In, values: [x, z]}\n')))).toEqual([]);
    expect(messages(wl('Deployment', sel('    - {key: tier, operator: DoesNotExist}\n    - {key: app, operator: Exists}\n')))).toEqual([]);
    expect(messages(wl('Deployment', sel('    - {key: app, operator: NotIn, values: [x]}\n')))).toEqual([
      'spec.template.metadata.labels: Invalid value: map[string]string{"app":"x"}: `selector` does not match template `labels`',
    ]);
  });

  it.each([
    ['Deployment', 'deployment'],
    ['ReplicaSet', 'deployment'], // sic: ValidateReplicaSetSpec reuses the Deployment wording
    ['StatefulSet', 'statefulset'],
    ['DaemonSet', 'daemonset'],
  ])('%s with an empty selector: "empty selector is invalid for %s"', (kind, what) => {
    expect(messages(wl(kind, '  selector: {}\n'))).toEqual([
      `spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for ${what}`,
    ]);
  });

  it('bad selector requirements use ValidateLabelSelectorRequirement wording, then "invalid label selector"', () => {
    const m = messages(wl('Deployment', '  selector:\n    matchExpressions:\n    - {key: app, operator: Is, values: [x]}\n    - {key: tier, operator: In}\n'));
    expect(m).toContain('spec.selector.matchExpressions[0].operator: Invalid value: "Is": not a valid selector operator');
    expect(m).toContain("spec.selector.matchExpressions[1].values: Required value: must be specified when `operator` is 'In' or 'NotIn'");
    expect(m.find((x) => x.endsWith('invalid label selector'))).toMatch(/^spec\.selector: Invalid value: v1\.LabelSelector\{MatchLabels:map\[string\]string\(nil\), MatchExpressions:\[\]v1\.LabelSelectorRequirement\{v1\.LabelSelectorRequirement\{Key:"app", Operator:"Is", Values:\[\]string\{"x"\}\}, .*: invalid label selector$/);
  });

  it('extensions/v1beta1 defaulted a missing selector from the template labels (no selector error there)', () => {
    const r = parseManifest(wl('Deployment', '', '{app: x}', '', 'extensions/v1beta1'));
    expect(errors(r)).toEqual([]);
    expect(r.pod?.labels.app).toBe('x');
  });
});

describe('ReplicationController (core ValidateReplicationControllerSpec, SetDefaults_ReplicationController)', () => {
  it('the selector defaults to the template labels', () => {
    expect(messages(wl('ReplicationController', '', '{app: x}', '', 'v1'))).toEqual([]);
  });
  it('no selector and no template labels: spec.selector Required', () => {
    expect(messages(wl('ReplicationController', '', '', '', 'v1'))).toEqual(['spec.selector: Required value']);
  });
  it('a plain-map selector must match the template labels', () => {
    expect(messages(wl('ReplicationController', '  selector: {app: other}\n', '{app: x}', '', 'v1'))).toEqual([
      'spec.template.metadata.labels: Invalid value: map[string]string{"app":"x"}: `selector` does not match template `labels`',
    ]);
  });
});

describe('replicas and other counters must be non-negative (ValidateNonnegativeField)', () => {
  it.each(['Deployment', 'ReplicaSet', 'StatefulSet'])('%s spec.replicas: -1', (kind) => {
    const text = wl(kind, `  replicas: -1\n${MATCH}`);
    const d = find(parseManifest(text), 'spec.replicas');
    expect(d.message).toBe('spec.replicas: Invalid value: -1: must be greater than or equal to 0');
    expect(d.range?.start.line).toBe(lineOf(text, 'replicas: -1'));
  });
  it('replicas 0 is valid', () => expect(messages(wl('Deployment', `  replicas: 0\n${MATCH}`))).toEqual([]));
  it('Job backoffLimit -1', () => {
    expect(messages(wl('Job', '  backoffLimit: -1\n', '{app: x}', 'Never', 'batch/v1'))).toEqual([
      'spec.backoffLimit: Invalid value: -1: must be greater than or equal to 0',
    ]);
  });
});

describe('restart policies a controller accepts', () => {
  it('Deployment template restartPolicy Never: Unsupported, supported values "Always" (ValidatePodTemplateSpecForReplicaSet)', () => {
    const text = wl('Deployment', MATCH, '{app: x}', 'Never');
    const d = find(parseManifest(text), 'restartPolicy');
    expect(d.message).toBe('spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"');
    expect(d.range?.start.line).toBe(lineOf(text, 'restartPolicy: Never'));
  });
  it.each(['OnFailure', 'Never'])('Job restartPolicy %s is accepted', (p) => {
    expect(messages(wl('Job', '', '{app: x}', p, 'batch/v1'))).toEqual([]);
  });
  it('Job with a podFailurePolicy accepts only Never (batch validateJobSpec)', () => {
    const text = wl('Job', '  podFailurePolicy:\n    rules: []\n', '{app: x}', 'OnFailure', 'batch/v1');
    expect(messages(text)).toContain('spec.template.spec.restartPolicy: Invalid value: "OnFailure": only "Never" is supported when podFailurePolicy is specified');
  });
});

describe('Job and CronJob selectors are generated (registry/batch/job generateSelector, validateGeneratedSelector)', () => {
  it('a Job selector without manualSelector is "`selector` not auto-generated"', () => {
    const m = messages(wl('Job', MATCH, '{app: x}', 'Never', 'batch/v1'));
    expect(m).toHaveLength(1);
    expect(m[0]).toMatch(
      /^spec\.selector: Invalid value: v1\.LabelSelector\{MatchLabels:map\[string\]string\{"app":"x", "batch\.kubernetes\.io\/controller-uid":"[0-9a-f-]{36}"\}, MatchExpressions:\[\]v1\.LabelSelectorRequirement\(nil\)\}: `selector` not auto-generated$/,
    );
  });
  it('manualSelector: true needs a selector, which must match the template', () => {
    expect(messages(wl('Job', '  manualSelector: true\n', '{app: x}', 'Never', 'batch/v1'))).toEqual([
      'spec.selector: Required value',
      'spec.template.metadata.labels: Invalid value: map[string]string{"app":"x"}: `selector` does not match template `labels`',
    ]);
    expect(messages(wl('Job', `  manualSelector: true\n${MATCH}`, '{app: x}', 'Never', 'batch/v1'))).toEqual([]);
  });
  it('a CronJob jobTemplate selector "will be auto-generated"; manualSelector true is unsupported', () => {
    const text =
      'apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: c}\nspec:\n  schedule: "* * * * *"\n  jobTemplate:\n    spec:\n' +
      '      manualSelector: true\n      selector: {matchLabels: {app: x}}\n      template:\n        metadata: {labels: {app: x}}\n' +
      '        spec:\n          restartPolicy: Never\n          containers: [{name: a, image: b}]\n';
    expect(messages(text)).toEqual([
      'spec.jobTemplate.spec.manualSelector: Unsupported value: true: supported values: "nil", "false"',
      'spec.jobTemplate.spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"x"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: `selector` will be auto-generated',
    ]);
  });
});

describe('only the first workload is simulated, but every one is validated', () => {
  it('a second Deployment without selector is still an error', () => {
    const text = `${wl('Deployment', MATCH)}---\n${wl('Deployment', '').replace('name: web', 'name: other')}`;
    const r = parseManifest(text);
    const d = find(r, 'spec.selector: Required value');
    expect(d.documentIndex).toBe(1);
  });
});

describe('a selector of the wrong type', () => {
  it('is only the decoding error, not also Required or a mismatch', () => {
    const m = messages(wl('Deployment', '  selector: app=x\n'));
    expect(m).toHaveLength(1);
    expect(m[0]).not.toMatch(/Required value|does not match/);
  });
});
