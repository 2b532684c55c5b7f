/**
 * ConfigMaps and Secrets on the node: env (kubelet_pods.go makeEnvironmentVariables via
 * kuberuntime_container.go generateContainerConfig/startContainer → CreateContainerConfigError) and
 * configMap/secret volumes (volume/configmap/configmap.go, volume/secret/secret.go SetUpAt,
 * operation_generator.go MountVolume.SetUp, nestedpendingoperations back-off, volume_manager.go
 * WaitForAttachAndMount).
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '@/engine';
import { cs, lastPod, podAt, sim, state, statusSequence } from './support';

const cm = (data: string, name = 'app-config') => `---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: ${name}}\ndata: ${data}\n`;
const podWith = (container: string, extra = '') =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p, labels: {app: web}}\nspec:\n  restartPolicy: Never\n  containers:\n  - name: app\n    image: busybox:1.36\n    terminationMessagePolicy: FallbackToLogsOnError\n${container}${extra}`;
/** The container prints its env and exits 1, so the log tail becomes the termination message. */
const printer = (expr: string) => `    command: [sh, -c, 'echo "${expr}"; exit 1']\n`;
const message = (trace: ReturnType<typeof sim>) => cs(lastPod(trace).pod, 'app')?.state.terminated?.message;

describe('env from ConfigMaps, Secrets and the downward API (makeEnvironmentVariables)', () => {
  it('configMapKeyRef, secretKeyRef (base64-decoded), fieldRef and envFrom with prefix reach `echo $X` in the container', () => {
    const m =
      podWith(
        printer('L=$LEVEL S=$PASS N=$NAME IP=$IP APP=$APP_LABEL C_a=$C_a C_b=$C_b') +
          '    env:\n' +
          '    - {name: LEVEL, valueFrom: {configMapKeyRef: {name: app-config, key: level}}}\n' +
          '    - {name: PASS, valueFrom: {secretKeyRef: {name: db, key: password}}}\n' +
          '    - {name: NAME, valueFrom: {fieldRef: {fieldPath: metadata.name}}}\n' +
          '    - {name: IP, valueFrom: {fieldRef: {fieldPath: status.podIP}}}\n' +
          "    - {name: APP_LABEL, valueFrom: {fieldRef: {fieldPath: \"metadata.labels['app']\"}}}\n" +
          '    envFrom:\n    - {prefix: C_, configMapRef: {name: app-config}}\n',
      ) +
      cm('{level: debug, a: "1", b: "$(LEVEL)"}') +
      '---\napiVersion: v1\nkind: Secret\nmetadata: {name: db}\ndata: {password: czNjcjN0}\n';
    const trace = sim(m, 10);
    // `b` keeps its literal `$(LEVEL)`: values from objects are never expanded (only env[].value is).
    expect(message(trace)).toBe('L=debug S=s3cr3t N=p IP=10.244.0.7 APP=web C_a=1 C_b=$(LEVEL)\n');
  });

  it('env overrides envFrom, and a literal env value may reference an earlier one with $(VAR) (expansion.go)', () => {
    const m =
      podWith(printer('A=$C_a B=$B') + '    envFrom:\n    - {prefix: C_, configMapRef: {name: app-config}}\n    env:\n    - {name: C_a, value: override}\n    - {name: B, value: "x-$(C_a)"}\n') +
      cm('{a: fromMap}');
    expect(message(sim(m, 10))).toBe('A=override B=x-override\n');
  });

  it('missing ConfigMap → Waiting CreateContainerConfigError `configmap "app-config" not found`, event `Failed … Error: …` on each sync retry (startContainer ErrCreateConfig)', () => {
    const trace = sim(podWith(printer('$LEVEL') + '    env:\n    - {name: LEVEL, valueFrom: {configMapKeyRef: {name: app-config, key: level}}}\n'), 45);
    const c = cs(podAt(trace, 5)!, 'app')!;
    expect(c.state.waiting).toEqual({ reason: 'CreateContainerConfigError', message: 'configmap "app-config" not found' });
    expect(statusSequence(trace)).toEqual(['ContainerCreating', 'CreateContainerConfigError']);
    const failed = trace.events.filter((e) => e.reason === 'Failed');
    expect(failed.every((e) => e.type === 'Warning' && e.message === 'Error: configmap "app-config" not found')).toBe(true);
    // The image is pulled first (EnsureImageExists precedes generateContainerConfig) …
    const pulled = trace.events.find((e) => e.reason === 'Pulled')!;
    expect(failed[0]!.t).toBe(pulled.t);
    // … and no container was created, so there is no container back-off: every pod worker requeue (10 s) retries.
    expect(failed.map((e) => e.t - pulled.t)).toEqual([0, 10000, 20000, 30000, 40000]);
    expect(trace.events.filter((e) => e.reason === 'Pulled').slice(1).every((e) => e.message === 'Container image "busybox:1.36" already present on machine')).toBe(true);
    expect(trace.events.some((e) => e.reason === 'Created')).toBe(false);
    expect(cs(lastPod(trace).pod, 'app')!.restartCount).toBe(0);
  });

  it('missing key → `couldn\'t find key level in ConfigMap default/app-config`; missing Secret → `secret "db" not found`', () => {
    const key = sim(podWith(printer('x') + '    env:\n    - {name: L, valueFrom: {configMapKeyRef: {name: app-config, key: level}}}\n') + cm('{other: "1"}'), 5);
    expect(cs(lastPod(key).pod, 'app')!.state.waiting?.message).toBe("couldn't find key level in ConfigMap default/app-config");
    const secret = sim(podWith(printer('x') + '    envFrom:\n    - secretRef: {name: db}\n'), 5);
    expect(cs(lastPod(secret).pod, 'app')!.state.waiting?.message).toBe('secret "db" not found');
    const skey = sim(podWith(printer('x') + '    env:\n    - {name: P, valueFrom: {secretKeyRef: {name: db, key: pw}}}\n') + '---\napiVersion: v1\nkind: Secret\nmetadata: {name: db}\nstringData: {user: u}\n', 5);
    expect(cs(lastPod(skey).pod, 'app')!.state.waiting?.message).toBe("couldn't find key pw in Secret default/db");
  });

  it('optional: true skips a missing object or key and the container starts', () => {
    const m = podWith(
      printer('[$L][$M]') +
        '    env:\n    - {name: L, valueFrom: {configMapKeyRef: {name: nope, key: level, optional: true}}}\n' +
        '    - {name: M, valueFrom: {configMapKeyRef: {name: app-config, key: missing, optional: true}}}\n' +
        '    envFrom:\n    - configMapRef: {name: gone, optional: true}\n',
    ) + cm('{level: x}');
    expect(message(sim(m, 10))).toBe('[][]\n');
  });

  it('a ConfigMap in another namespace is not visible to the pod', () => {
    const m = podWith(printer('x') + '    envFrom:\n    - configMapRef: {name: app-config}\n') + `---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: app-config, namespace: other}\ndata: {a: "1"}\n`;
    expect(cs(lastPod(sim(m, 5)).pod, 'app')!.state.waiting?.reason).toBe('CreateContainerConfigError');
  });

  it('applying the missing ConfigMap lets the next sync retry create the container (no restart counted)', () => {
    const base = podWith(printer('L=$L') + '    env:\n    - {name: L, valueFrom: {configMapKeyRef: {name: app-config, key: level}}}\n');
    const trace = simulate2(base, cm('{level: info}'), 15, 40);
    const created = trace.events.find((e) => e.reason === 'Created')!;
    const failed = trace.events.filter((e) => e.reason === 'Failed').map((e) => e.t);
    // Config errors at the syncs before the apply (1.55 s, 11.55 s); the requeued sync at 21.55 s succeeds.
    expect(failed).toEqual([1550, 11550]);
    expect(created.t).toBe(21550);
    expect(message(trace)).toBe('L=info\n');
    expect(cs(lastPod(trace).pod, 'app')!.restartCount).toBe(0);
  });
});

describe('configMap/secret volumes (volume manager)', () => {
  const mounted = (vol: string) =>
    podWith(printer('$(cat /etc/cfg/app.conf)|$(ls /etc/cfg)') + '    volumeMounts: [{name: cfg, mountPath: /etc/cfg}]\n', `  volumes:\n  - name: cfg\n${vol}`);

  it('every key of the ConfigMap becomes a file at the mount path (MakePayload)', () => {
    const trace = sim(mounted('    configMap: {name: app-config, defaultMode: 420}\n') + cm('{app.conf: "port=80", b: "2"}'), 10);
    expect(message(trace)).toBe('port=80|app.conf\nb\n');
  });

  it('items map a key to a relative path; a secret volume holds decoded data', () => {
    const a = sim(mounted('    configMap: {name: app-config, items: [{key: k, path: app.conf}]}\n') + cm('{k: "v=1", other: "x"}'), 10);
    expect(message(a)).toBe('v=1|app.conf\n');
    const s = sim(mounted('    secret: {secretName: tls}\n') + '---\napiVersion: v1\nkind: Secret\nmetadata: {name: tls}\ndata: {app.conf: aGVsbG8=}\n', 10);
    expect(message(s)).toBe('hello|app.conf\n');
  });

  it('missing ConfigMap → ContainerCreating with FailedMount `MountVolume.SetUp failed for volume "cfg" : configmap "app-config" not found`, retried 0.5 s, 1 s, 2 s … (nestedpendingoperations)', () => {
    const trace = sim(mounted('    configMap: {name: app-config}\n'), 300);
    const fm = trace.events.filter((e) => e.reason === 'FailedMount' && e.message.startsWith('MountVolume'));
    expect(fm[0]!.message).toBe('MountVolume.SetUp failed for volume "cfg" : configmap "app-config" not found');
    expect(fm[0]!.type).toBe('Warning');
    const gaps = fm.slice(1).map((e, i) => e.t - fm[i]!.t);
    expect(gaps.slice(0, 9)).toEqual([500, 1000, 2000, 4000, 8000, 16000, 32000, 64000, 122000]);
    expect(statusSequence(trace)).toEqual(['ContainerCreating']);
    expect(state(cs(lastPod(trace).pod, 'app'))).toBe('waiting:ContainerCreating');
    expect(lastPod(trace).pod.status.podIP).toBeUndefined(); // no sandbox before the volumes are mounted
    // WaitForAttachAndMount gives up after 2 min; the worker retries 10 s later and waits again.
    const timeouts = trace.events.filter((e) => e.message.startsWith('Unable to attach or mount volumes'));
    expect(timeouts.map((e) => e.t)).toEqual([120000, 250000]);
    expect(timeouts[0]!.message).toBe(
      'Unable to attach or mount volumes: unmounted volumes=[cfg], unattached volumes=[], failed to process volumes=[]: timed out waiting for the condition',
    );
  });

  it('a missing item key fails the mount with `configmap references non-existent config key: k`; optional volumes mount empty', () => {
    const bad = sim(mounted('    configMap: {name: app-config, items: [{key: k, path: a}]}\n') + cm('{x: "1"}'), 3);
    expect(bad.events.find((e) => e.reason === 'FailedMount')!.message).toBe('MountVolume.SetUp failed for volume "cfg" : configmap references non-existent config key: k');
    const opt = sim(
      podWith(printer('[$(ls /etc/cfg)]') + '    volumeMounts: [{name: cfg, mountPath: /etc/cfg}]\n', '  volumes:\n  - name: cfg\n    configMap: {name: nope, optional: true}\n'),
      10,
    );
    expect(opt.events.some((e) => e.reason === 'FailedMount')).toBe(false);
    expect(message(opt)).toBe('[]\n');
  });
});

/** The pod alone, then `kubectl apply` of `extra` at `applyS`. */
function simulate2(manifest: string, extra: string, applyS: number, untilS: number) {
  return simulate({ manifest, until: untilS * 1000, interventions: [{ at: applyS * 1000, action: { type: 'apply', manifest: extra } }] });
}
