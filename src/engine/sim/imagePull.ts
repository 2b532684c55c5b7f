/**
 * Image pulls (kubelet/images/image_manager.go): pull policy, `already present`, Pulling/Pulled
 * events, ErrImagePull → ImagePullBackOff with a per-image back-off of 10 s doubling to 300 s,
 * ErrImageNeverPull. The pull blocks this container's start (and the sequential start chain).
 */
import { closeSpan, emit, openSpan, sendContainer, type Core, type Slot } from './core';
import type { ImageInfo } from '../runtime/types';
import { goDuration } from './format';
import { invalidImageMessage } from './imageName';
import {
  IMAGE_BACKOFF_INITIAL_MS,
  IMAGE_BACKOFF_MAX_MS,
  IMAGE_BACKOFF_REPORT_MS,
  MANIFEST_CHECK_MS,
  MANIFEST_FAIL_MS,
  SYNC_ERROR_REQUEUE_MS,
} from './timing';

export type PullOutcome = 'ready' | 'failed';

/**
 * Make sure the image of `slot` is on the node, then call `then('ready')`; on an error the container
 * is left waiting with the kubelet's reason and `then('failed')` lets the start chain continue.
 * `retry` is scheduled for the next attempt.
 */
export function ensureImage(core: Core, slot: Slot, retry: () => void, then: (o: PullOutcome) => void): void {
  const spec = slot.spec;
  const image = spec.image;
  // applyDefaultImageTag comes first: a name that does not parse is never pulled (InvalidImageName).
  const invalid = invalidImageMessage(image);
  if (invalid !== undefined) {
    const c = spec.name;
    const cause = `${spec.path}.image`;
    emit(core, { type: 'Warning', reason: 'InspectFailed', message: invalid, source: 'kubelet', container: c, cause });
    emit(core, { type: 'Warning', reason: 'Failed', message: 'Error: InvalidImageName', source: 'kubelet', container: c, cause });
    slot.waiting = { reason: 'InvalidImageName', message: invalid };
    core.dirty = true;
    sendContainer(core, slot, { type: 'PULL_FAILED' });
    slot.pending = core.agenda.at(core.now + SYNC_ERROR_REQUEUE_MS, retry);
    then('failed');
    return;
  }
  const info = core.runtime.imageInfo(image);
  slot.imageRef = info.reference;
  const present = core.presentImages.has(image) || core.presentImages.has(info.reference);
  const cause = `${spec.path}.image`;
  const c = spec.name;

  if (spec.imagePullPolicy === 'Never' && !present) {
    const message = `Container image "${image}" is not present with pull policy of Never`;
    slot.waiting = { reason: 'ErrImageNeverPull', message };
    emit(core, { type: 'Warning', reason: 'ErrImageNeverPull', message, source: 'kubelet', container: c, cause });
    emit(core, { type: 'Warning', reason: 'Failed', message: 'Error: ErrImageNeverPull', source: 'kubelet', container: c, cause });
    sendContainer(core, slot, { type: 'PULL_FAILED' });
    slot.pending = core.agenda.at(core.now + SYNC_ERROR_REQUEUE_MS, retry);
    then('failed');
    return;
  }
  if (present && spec.imagePullPolicy !== 'Always') {
    emit(core, {
      type: 'Normal',
      reason: 'Pulled',
      message: `Container image "${image}" already present on machine`,
      source: 'kubelet',
      container: c,
      cause,
    });
    then('ready');
    return;
  }

  // Inside the back-off window of this image: no pull, ImagePullBackOff (IsInBackOffSinceUpdate).
  const bo = core.imageBackoff.get(image);
  if (bo && core.now - bo.lastUpdate < bo.delayMs) {
    reportBackOff(core, slot, image);
    slot.pending = core.agenda.at(bo.lastUpdate + bo.delayMs, retry);
    then('failed');
    return;
  }

  const behaviour = core.behaviours[c]?.pull;
  const error = behaviour && 'error' in behaviour ? behaviour.error : info.exists ? undefined : 'ErrImagePull';
  const pullMs = pullDuration(info, behaviour, error !== undefined, present);
  emit(core, { type: 'Normal', reason: 'Pulling', message: `Pulling image "${image}"`, source: 'kubelet', container: c, cause });
  sendContainer(core, slot, { type: 'PULL' });
  const span = openSpan(core, { container: c, kind: 'pull', label: image });
  slot.pending = core.agenda.at(core.now + pullMs, () => {
    slot.pending = undefined;
    if (error === undefined) {
      closeSpan(core, span, true);
      core.presentImages.add(image);
      core.presentImages.add(info.reference);
      const d = goDuration(pullMs);
      emit(core, {
        type: 'Normal',
        reason: 'Pulled',
        message: `Successfully pulled image "${image}" in ${d} (${d} including waiting). Image size: ${info.sizeBytes} bytes.`,
        source: 'kubelet',
        container: c,
        cause,
      });
      then('ready');
      return;
    }
    closeSpan(core, span, false);
    const reason = error === 'ErrImagePull' || error === '' ? 'ErrImagePull' : error;
    const ref = info.reference;
    const detail =
      reason === 'ErrImagePull'
        ? `rpc error: code = NotFound desc = failed to pull and unpack image "${ref}": failed to resolve reference "${ref}": ${ref}: not found`
        : reason;
    const message = `Failed to pull image "${image}": ${detail}`;
    emit(core, { type: 'Warning', reason: 'Failed', message, source: 'kubelet', container: c, cause });
    emit(core, { type: 'Warning', reason: 'Failed', message: `Error: ${reason}`, source: 'kubelet', container: c, cause });
    slot.waiting = { reason, message: detail };
    // flowcontrol.Backoff.Next: first failure 10 s, then doubling, capped at 300 s.
    const prev = core.imageBackoff.get(image);
    const delayMs = prev ? Math.min(prev.delayMs * 2, IMAGE_BACKOFF_MAX_MS) : IMAGE_BACKOFF_INITIAL_MS;
    const entry = { delayMs, lastUpdate: core.now };
    core.imageBackoff.set(image, entry);
    sendContainer(core, slot, { type: 'PULL_FAILED' });
    // The next sync (well inside the window) reports ImagePullBackOff; the retry comes at expiry.
    const boSpan = openSpan(core, { container: c, kind: 'backoff', label: `ImagePullBackOff ${goDuration(delayMs)}` });
    slot.pending = core.agenda.at(core.now + IMAGE_BACKOFF_REPORT_MS, () => {
      reportBackOff(core, slot, image);
      slot.pending = core.agenda.at(entry.lastUpdate + entry.delayMs, () => {
        closeSpan(core, boSpan, true);
        retry();
      });
    });
    then('failed');
  });
}

/**
 * How long the pull takes: an explicit `pull.seconds` behaviour wins; a failure is decided on the
 * manifest (resolve → not found/denied) before any layer is fetched; `Always` on an image that is
 * already on the node resolves the manifest, finds every layer present and returns.
 */
function pullDuration(info: ImageInfo, behaviour: { seconds: number } | { error: string } | undefined, fails: boolean, present: boolean): number {
  if (behaviour && 'seconds' in behaviour) return Math.max(0, Math.round(behaviour.seconds * 1000));
  const full = Math.max(0, info.pullMs);
  if (fails) return Math.min(full, info.failMs ?? MANIFEST_FAIL_MS);
  if (present) return Math.min(full, info.manifestMs ?? MANIFEST_CHECK_MS);
  return full;
}

function reportBackOff(core: Core, slot: Slot, image: string): void {
  const c = slot.spec.name;
  const cause = `${slot.spec.path}.image`;
  const message = `Back-off pulling image "${image}"`;
  slot.waiting = { reason: 'ImagePullBackOff', message };
  emit(core, { type: 'Normal', reason: 'BackOff', message, source: 'kubelet', container: c, cause });
  emit(core, { type: 'Warning', reason: 'Failed', message: 'Error: ImagePullBackOff', source: 'kubelet', container: c, cause });
  core.dirty = true;
}
