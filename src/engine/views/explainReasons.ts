/**
 * The plain-language "why" lines of `explain`: pod-level (scheduling, deletion, conditions,
 * status.reason) and per container (init progress, waiting reasons, exits, readiness).
 * Wording follows the kubelet's own reasons so a reader can search for them.
 */
import type { ContainerStatus, PodObject } from '../model/status';
import type { RawContainer } from './explainInput';
import { humanDuration } from './humanDuration';
import { parseTime } from './kubectlGet';

const IMAGE_ERRORS = new Set([
  'ErrImagePull',
  'ImagePullBackOff',
  'InvalidImageName',
  'ErrImageNeverPull',
  'RegistryUnavailable',
  'SignatureValidationFailed',
]);

const ago = (ts: string | undefined, now: number) => {
  const t = parseTime(ts);
  return t === undefined ? '' : ` ${humanDuration(now - t)} ago`;
};

/** Scheduling, deletion, pod-level reason and the False conditions. */
export function podReasons(pod: PodObject, now: number): string[] {
  const out: string[] = [];
  const st = pod.status;
  const conds = st.conditions ?? [];
  if (st.reason || st.message) out.push(`status.reason ${st.reason ?? '(none)'}${st.message ? `: ${st.message}` : ''}`);
  const scheduled = conds.find((c) => c.type === 'PodScheduled');
  if (scheduled?.reason === 'SchedulingGated') {
    out.push(`not scheduled: scheduling gates are set (${scheduled.message ?? 'SchedulingGated'}); the scheduler waits until they are removed`);
  } else if (scheduled && scheduled.status !== 'True') {
    out.push(`not scheduled: ${scheduled.reason ?? 'Unschedulable'}${scheduled.message ? `: ${scheduled.message}` : ''}`);
  } else if (!pod.spec.nodeName && (st.containerStatuses ?? []).length === 0) {
    out.push('not bound to a node yet (no spec.nodeName): the scheduler has not placed it');
  }
  const del = pod.metadata.deletionTimestamp;
  if (del) {
    const grace = pod.metadata.deletionGracePeriodSeconds ?? pod.spec.terminationGracePeriodSeconds ?? 30;
    const deadline = parseTime(del);
    const left = deadline !== undefined && deadline > now ? ` (${humanDuration(deadline - now)} of grace left)` : '';
    if (st.reason === 'NodeLost') {
      out.push(`deletion requested at a lost node (status.reason NodeLost): kubectl prints Unknown until the node returns or the pod is garbage-collected`);
    } else {
      out.push(
        `deletion requested: deletionTimestamp ${del}, grace period ${grace}s${left}; the kubelet sends SIGTERM (after any preStop hook) and SIGKILL at the deadline, and kubectl shows Terminating until the object is gone`,
      );
    }
  }
  for (const c of conds) {
    if (c.status === 'True' || c.type === 'PodScheduled') continue;
    const gate = (pod.spec.readinessGates ?? []).some((g) => g.conditionType === c.type);
    let detail = [c.reason, c.message].filter(Boolean).join(': ');
    if (!detail && c.type === 'PodReadyToStartContainers') detail = 'no pod sandbox with networking: not created yet, or torn down';
    out.push(`${gate ? 'readiness gate ' : 'condition '}${c.type} is ${c.status}${detail ? ` (${detail})` : ''}`);
  }
  for (const g of pod.spec.readinessGates ?? []) {
    if (!conds.some((c) => c.type === g.conditionType)) {
      out.push(`readiness gate ${g.conditionType}: corresponding condition does not exist, so the pod cannot be Ready`);
    }
  }
  return out;
}

function lastExit(s: ContainerStatus, now: number): string {
  const t = s.lastState.terminated;
  if (!t) return '';
  return `last exit code ${t.exitCode}${t.reason ? ` (${t.reason})` : ''}${t.finishedAt ? ` finished${ago(t.finishedAt, now)}` : ''}${t.message ? `: ${t.message.trim()}` : ''}`;
}

function waitingReason(label: string, spec: RawContainer | undefined, s: ContainerStatus, now: number): string {
  const w = s.state.waiting!;
  const msg = w.message ? `: ${w.message}` : '';
  if (w.reason === 'CrashLoopBackOff') {
    return `${label} is in CrashLoopBackOff: it keeps exiting and the kubelet waits longer before each restart (10s doubling to 5m); ${lastExit(s, now) || 'no previous exit recorded'}; restarted ${s.restartCount} times${msg}`;
  }
  if (w.reason && IMAGE_ERRORS.has(w.reason)) {
    return `${label} cannot pull its image "${spec?.image || s.image}": ${w.reason}${msg}${w.reason === 'ImagePullBackOff' ? ' (the kubelet retries with back-off 10s doubling to 5m)' : ''}`;
  }
  if (w.reason === 'PodInitializing') return `${label} is waiting for the init containers to finish (PodInitializing)`;
  if (w.reason === 'ContainerCreating') {
    return `${label} is being created (ContainerCreating): image pull, volume setup or a postStart hook is in progress`;
  }
  return `${label} is waiting${w.reason ? `: ${w.reason}` : ''}${msg}${s.lastState.terminated ? `; ${lastExit(s, now)}` : ''}`;
}

function terminatedReason(label: string, s: ContainerStatus, policy: string): string {
  const t = s.state.terminated!;
  const oom = t.reason === 'OOMKilled' ? ' (killed for exceeding its memory limit)' : '';
  const signal = t.exitCode === 137 ? ' (137 = SIGKILL)' : t.exitCode === 143 ? ' (143 = SIGTERM)' : '';
  const restart =
    t.exitCode === 0 ? '' : policy === 'Never' ? '; restartPolicy Never: it will not be restarted' : '';
  return `${label} terminated with exit code ${t.exitCode}${signal}${t.reason ? ` (${t.reason})` : ''}${oom}${t.message ? `: ${t.message.trim()}` : ''}${restart}`;
}

/** Why each container is where it is; init containers stop at the first one not done. */
export function containerReasons(pod: PodObject, initSpec: RawContainer[], appSpec: RawContainer[], now: number): string[] {
  const out: string[] = [];
  const st = pod.status;
  const policy = pod.spec.restartPolicy ?? 'Always';
  const initStatus = new Map((st.initContainerStatuses ?? []).map((s) => [s.name, s]));
  const n = initSpec.length;
  for (let i = 0; i < n; i++) {
    const spec = initSpec[i]!;
    const s = initStatus.get(spec.name);
    const sidecar = spec.restartPolicy === 'Always';
    const label = `${sidecar ? 'sidecar' : 'init container'} ${spec.name} (${i + 1} of ${n})`;
    if (!s) {
      out.push(`${label} has no status yet: it has not been started`);
      break;
    }
    if (s.state.terminated?.exitCode === 0 && !sidecar) continue;
    if (sidecar && s.started === true) {
      if (!s.ready && spec.readinessProbe) out.push(`${label} is running but not ready: its readiness probe is failing`);
      if (s.restartCount > 0) out.push(`${label} has restarted ${s.restartCount} times; ${lastExit(s, now)}`);
      continue;
    }
    if (s.state.running) {
      out.push(
        sidecar
          ? `${label} is running but not started: its startup probe has not succeeded, so the next init container waits`
          : `${label} is running; the next containers start only after it exits 0`,
      );
    } else if (s.state.waiting) {
      out.push(waitingReason(label, spec, s, now));
    } else if (s.state.terminated) {
      const t = s.state.terminated;
      const then = policy === 'Never' ? 'restartPolicy Never: the pod fails' : `restartPolicy ${policy}: it is retried and the pod stays Pending`;
      out.push(`${label} failed with exit code ${t.exitCode}${t.reason ? ` (${t.reason})` : ''}; ${then}`);
    }
    break;
  }
  const appStatus = new Map((st.containerStatuses ?? []).map((s) => [s.name, s]));
  for (const spec of appSpec) {
    const s = appStatus.get(spec.name);
    const label = `container ${spec.name}`;
    if (!s) {
      if ((st.containerStatuses ?? []).length > 0) out.push(`${label} has no status yet`);
      continue;
    }
    if (s.state.waiting) out.push(waitingReason(label, spec, s, now));
    else if (s.state.terminated) out.push(terminatedReason(label, s, policy));
    else if (s.state.running) {
      if (s.started === false) {
        out.push(`${label} is running but not started: its startup probe has not succeeded yet (liveness and readiness wait for it)`);
      } else if (!s.ready) {
        out.push(
          spec.readinessProbe
            ? `${label} is not ready: readiness probe failing (or not yet succeeded)`
            : `${label} is running but not ready`,
        );
      }
      if (s.restartCount > 0) out.push(`${label} has restarted ${s.restartCount} times; ${lastExit(s, now)}`);
    }
  }
  return out;
}
