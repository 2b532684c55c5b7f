/**
 * configMap/secret volumes (kubelet volumemanager): the reconciler mounts each volume; a failed
 * SetUp is reported as `FailedMount … MountVolume.SetUp failed for volume "v" : <error>`
 * (operation_generator.go GenerateMountVolumeFunc, volumetypes GenerateError) and retried with the
 * nestedpendingoperations back-off. syncPod waits in WaitForAttachAndMount before the sandbox is
 * created, so the pod stays Pending/ContainerCreating; after 2 min it gives up with
 * `Unable to attach or mount volumes: …` (kubelet.go syncPod) and the pod worker retries.
 */
import type { VolumeSpec } from '../model/spec';
import { emit, type Core } from './core';
import { volumeFiles } from './config';
import { MOUNT_RETRY_INITIAL_MS, MOUNT_RETRY_MAX_MS, MOUNT_WAIT_TIMEOUT_MS, SYNC_ERROR_REQUEUE_MS } from './timing';

const fromObject = (v: VolumeSpec) => v.kind === 'configMap' || v.kind === 'secret';

/** Does the pod have volumes whose content comes from ConfigMaps/Secrets? */
export function hasObjectVolumes(core: Core): boolean {
  return core.pod.volumes.some(fromObject);
}

/**
 * Mount the pod's configMap/secret volumes now; failures are retried with back-off. `onMounted`
 * runs once every volume is mounted (at once when none fails).
 */
export function mountObjectVolumes(core: Core, onMounted: () => void): void {
  const vols = core.pod.volumes.filter(fromObject);
  const unmounted = new Set(vols.map((v) => v.name));
  core.unmounted = unmounted;
  let waitEntry: ReturnType<Core['agenda']['at']> | undefined;
  const check = () => {
    if (unmounted.size > 0) return;
    core.agenda.cancel(waitEntry);
    onMounted();
  };
  const attempt = (v: VolumeSpec, lastDelay: number) => {
    if (core.gone || core.stopping || !unmounted.has(v.name)) return;
    const r = volumeFiles(core.pod, v, core.configs);
    if (r.ok) {
      core.volumes.set(v.name, core.runtime.createVolume(v.name, r.files));
      unmounted.delete(v.name);
      if (lastDelay > 0) check();
      return;
    }
    emit(core, {
      type: 'Warning',
      reason: 'FailedMount',
      message: `MountVolume.SetUp failed for volume "${v.name}" : ${r.message}`,
      source: 'kubelet',
      cause: `spec.volumes[${core.pod.volumes.indexOf(v)}]`,
    });
    const delay = lastDelay === 0 ? MOUNT_RETRY_INITIAL_MS : Math.min(lastDelay * 2, MOUNT_RETRY_MAX_MS);
    core.agenda.at(core.now + delay, () => attempt(v, delay));
  };
  for (const v of vols) attempt(v, 0);
  if (unmounted.size === 0) {
    onMounted();
    return;
  }
  // syncPod → WaitForAttachAndMount times out; the failed sync is retried after the worker back-off.
  const wait = () => {
    waitEntry = core.agenda.at(core.now + MOUNT_WAIT_TIMEOUT_MS, () => {
      if (core.gone || core.stopping || unmounted.size === 0) return;
      const names = [...unmounted].sort().join(' ');
      emit(core, {
        type: 'Warning',
        reason: 'FailedMount',
        message: `Unable to attach or mount volumes: unmounted volumes=[${names}], unattached volumes=[], failed to process volumes=[]: timed out waiting for the condition`,
        source: 'kubelet',
      });
      waitEntry = core.agenda.at(core.now + SYNC_ERROR_REQUEUE_MS, wait);
    });
  };
  wait();
}
