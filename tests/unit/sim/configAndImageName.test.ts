/**
 * Image names the kubelet refuses (images/image_manager.go EnsureImageExists → applyDefaultImageTag →
 * distribution/reference ParseNormalizedNamed) and the env/volume plumbing between the simulated
 * kubelet and the runtime (kubelet_pods.go makeEnvironmentVariables; volume/configmap MakePayload).
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '@/engine';
import { imageNameError, invalidImageMessage } from '@/engine/sim/imageName';
import { resolveEnv, volumeFiles } from '@/engine/sim/config';
import { parseManifest } from '@/engine/manifest/parseManifest';
import { scenarios } from '@/scenarios';

describe('image names (ParseNormalizedNamed)', () => {
  it.each(['nginx', 'nginx:1.27', 'nginx:Latest', 'docker.io/library/nginx:latest', 'registry.k8s.io/pause:3.9', 'localhost:5000/app', 'Registry.Example.com/team/app:v1', `gcr.io/x/y@sha256:${'a'.repeat(64)}`, 'my_org/my-app__x:1'])(
    '%s is valid',
    (image) => expect(imageNameError(image)).toBeUndefined(),
  );

  it('upper case in the repository is `invalid reference format: repository name (library/Nginx) must be lowercase`', () => {
    expect(imageNameError('Nginx:Latest')).toBe('invalid reference format: repository name (library/Nginx) must be lowercase');
    expect(imageNameError('myorg/MyApp:1')).toBe('invalid reference format: repository name (myorg/MyApp) must be lowercase');
    // splitDockerDomain: an upper-case first component is taken as a registry host, and hosts may be upper case.
    expect(imageNameError('myOrg/app')).toBeUndefined();
  });

  it.each(['nginx:', 'nginx::1', '-nginx', 'nginx@sha256:abc', 'nginx:tag with space', 'a//b'])('%s is `invalid reference format`', (image) => {
    expect(imageNameError(image)).toBe('invalid reference format');
  });

  it('a 64-hex name cannot be a repository; the waiting message wraps the error as EnsureImageExists does', () => {
    expect(imageNameError('f'.repeat(64))).toMatch(/^invalid repository name \(f{64}\), cannot specify 64-byte hexadecimal strings$/);
    expect(invalidImageMessage('nginx:')).toBe('Failed to apply default image tag "nginx:": couldn\'t parse image name "nginx:": invalid reference format');
  });

  it('every built-in scenario image except the InvalidImageName one parses (no false InvalidImageName)', () => {
    for (const s of scenarios) {
      for (const m of s.manifest.matchAll(/image:\s*"?([^\s"]+)"?/g)) {
        if (s.id === 'invalid-image-name') continue;
        expect(imageNameError(m[1]!), `${s.id}: ${m[1]}`).toBeUndefined();
      }
    }
  });

  it('InvalidImageName blocks only its own container: the next container of the same sync still starts', () => {
    const t = simulate({
      manifest: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - {name: bad, image: "nginx:"}\n  - {name: good, image: busybox:1.36, command: [sleep, "99"]}\n',
      until: 5000,
    });
    const last = t.frames[t.frames.length - 1]!.pod!;
    expect(last.status.containerStatuses?.find((c) => c.name === 'bad')?.state.waiting?.reason).toBe('InvalidImageName');
    expect(last.status.containerStatuses?.find((c) => c.name === 'good')?.state.running).toBeDefined();
  });
});

describe('config plumbing', () => {
  const parsed = parseManifest(
    'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: busybox:1.36\n    env:\n    - {name: X, valueFrom: {configMapKeyRef: {name: c, key: k}}}\n    volumeMounts: [{name: v, mountPath: /cfg}]\n  volumes:\n  - name: v\n    configMap: {name: c, items: [{key: k, path: deep/dir/file}]}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {k: "a$b"}\n',
  );
  const pod = parsed.pod!;

  it('values from objects are escaped for the runtime\'s $(VAR) expansion (never expanded upstream)', () => {
    expect(resolveEnv(pod, pod.containers[0]!, pod.configs!)).toEqual({ ok: true, env: [{ name: 'X', value: 'a$$b' }] });
  });

  it('items paths with sub-directories become nested files in the container (createVolume pre-fills the volume)', () => {
    expect(volumeFiles(pod, pod.volumes[0]!, pod.configs!)).toEqual({ ok: true, files: { 'deep/dir/file': 'a$b' } });
    const t = simulate({ manifest: parseManifestText(), until: 5000 });
    const st = t.frames[t.frames.length - 1]!.pod!.status.containerStatuses![0]!;
    expect(st.state.terminated?.message).toBe('a$b');
  });

  it('an init container with a missing ConfigMap blocks initialization with CreateContainerConfigError (Init:CreateContainerConfigError)', () => {
    const t = simulate({
      manifest: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  initContainers:\n  - name: init\n    image: busybox:1.36\n    command: ["true"]\n    envFrom: [{configMapRef: {name: nope}}]\n  containers:\n  - {name: app, image: busybox:1.36, command: [sleep, "99"]}\n',
      until: 30_000,
    });
    const last = t.frames[t.frames.length - 1]!.pod!;
    expect(last.status.initContainerStatuses![0]!.state.waiting).toEqual({ reason: 'CreateContainerConfigError', message: 'configmap "nope" not found' });
    expect(t.events.some((e) => e.container === 'app')).toBe(false);
  });
});

/** A pod whose container writes the nested item file to its termination message and exits. */
function parseManifestText(): string {
  return 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  restartPolicy: Never\n  containers:\n  - name: a\n    image: busybox:1.36\n    command: [sh, -c, "cat /cfg/deep/dir/file > /dev/termination-log"]\n    volumeMounts: [{name: v, mountPath: /cfg}]\n  volumes:\n  - name: v\n    configMap: {name: c, items: [{key: k, path: deep/dir/file}]}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {k: "a$b"}\n';
}
