/**
 * ConfigMaps, Secrets and the start errors people hit: CreateContainerConfigError
 * (kuberuntime_container.go startContainer/generateContainerConfig, kubelet_pods.go
 * makeEnvironmentVariables), FailedMount (volumemanager, operation_generator.go) and
 * InvalidImageName (images/image_manager.go EnsureImageExists → applyDefaultImageTag).
 */
import { describe, expect, it } from 'vitest';
import { firstStart, statusColumn, useStory } from './runScenario';

describe('missing-configmap', () => {
  const run = useStory('missing-configmap');

  it('waits in CreateContainerConfigError with `configmap "app-config" not found` until the ConfigMap is applied at 20 s', () => {
    const r = run();
    expect(r.container(10, 'app')?.state.waiting).toEqual({ reason: 'CreateContainerConfigError', message: 'configmap "app-config" not found' });
    expect(r.getAt(10)).toMatchObject({ ready: '0/1', status: 'CreateContainerConfigError', restarts: '0' });
    expect(r.statusAt(10)?.status.phase).toBe('Pending');
    const failed = r.eventTimes('Failed', 'app', 'Error: configmap "app-config" not found');
    expect(failed).toHaveLength(2); // the syncs before the apply, 10 s apart (pod worker requeue)
    expect(failed[1]! - failed[0]!).toBe(10);
    const start = firstStart(r, 'app');
    expect(start).toBeGreaterThan(20);
    expect(start).toBeLessThanOrEqual(failed[1]! + 10);
  });

  it('then runs with the value in its environment (the readiness probe tests $LOG_LEVEL) and never counts a restart', () => {
    const r = run();
    expect(r.condition(59, 'Ready')).toBe('True');
    expect(r.getAt(59)).toMatchObject({ ready: '1/1', status: 'Running', restarts: '0' });
    expect(r.eventTimes('BackOff')).toEqual([]);
  });
});

describe('missing-configmap-volume', () => {
  const run = useStory('missing-configmap-volume');

  it('stays ContainerCreating without a pod IP while FailedMount repeats with growing gaps', () => {
    const r = run();
    expect(statusColumn(r.statusAt(25))).toBe('ContainerCreating');
    expect(r.statusAt(25)?.status.podIP).toBeUndefined();
    const fm = r.eventTimes('FailedMount', undefined, 'MountVolume.SetUp failed for volume "config" : configmap "app-config" not found');
    expect(fm.slice(0, 4)).toEqual([0, 0.5, 1.5, 3.5]);
    expect(r.events.some((e) => e.message.includes('CreateContainerConfigError'))).toBe(false);
  });

  it('mounts at the first retry after the apply at 30 s; the probe then finds /etc/config/app.properties', () => {
    const r = run();
    const start = firstStart(r, 'app');
    expect(start).toBeGreaterThan(30);
    expect(start).toBeLessThan(35);
    expect(r.condition(89, 'Ready')).toBe('True');
  });
});

describe('secret-env-and-volume', () => {
  const run = useStory('secret-env-and-volume');

  it('decodes the Secret for env and files: the readiness probe sees DB_USER=admin and /etc/db/password', () => {
    const r = run();
    expect(r.condition(29, 'Ready')).toBe('True');
    expect(r.probes.filter((p) => p.container === 'app').every((p) => p.result === 'success')).toBe(true);
    expect(r.eventTimes('FailedMount')).toEqual([]);
  });
});

describe('invalid-image-name', () => {
  const run = useStory('invalid-image-name');

  it('waits with InvalidImageName and the applyDefaultImageTag message; never pulls, never backs off', () => {
    const r = run();
    const w = r.container(30, 'web')?.state.waiting;
    expect(w?.reason).toBe('InvalidImageName');
    expect(w?.message).toBe(
      'Failed to apply default image tag "Nginx:Latest": couldn\'t parse image name "Nginx:Latest": invalid reference format: repository name (library/Nginx) must be lowercase',
    );
    expect(statusColumn(r.statusAt(30))).toBe('InvalidImageName');
    expect(r.eventTimes('Pulling')).toEqual([]);
    expect(r.eventTimes('Failed', 'web', 'Error: InvalidImageName')).toEqual([1, 11, 21, 31, 41, 51]);
    expect(r.eventTimes('InspectFailed', 'web')).toHaveLength(6);
    expect(r.events.some((e) => e.message.includes('ImagePullBackOff'))).toBe(false);
  });
});
