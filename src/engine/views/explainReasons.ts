/**
 * The plain-language "why" lines of `explain`: pod-level (scheduling, deletion, conditions,
 * status.reason) and per container (init progress, waiting reasons, exits, readiness).
 * Wording follows the kubelet's own reasons so a reader can search for them. Each line is a coded
 * part (explainText.ts): the CLI prints its English rendering, the UI renders it in either language.
 */
import type { ContainerStatus, PodObject } from '../model/status';
import type { RawContainer } from './explainInput';
import { opt, part, type ReasonArg, type ReasonPart } from './explainText';
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

/** ": message" after a clause, or nothing; the message is cluster text and stays as written. */
const detail = (text: string | undefined): ReasonArg => opt(text, 'frag.detail', { text: text ?? '' });
/** " (reason)" after a clause, or nothing. */
const paren = (text: string | undefined): ReasonArg => opt(text, 'frag.paren', { text: text ?? '' });

const ago = (ts: string | undefined, now: number): ReasonArg => {
  const t = parseTime(ts);
  return t === undefined ? '' : part('c.ago', { duration: humanDuration(now - t) });
};

/** Scheduling, deletion, pod-level reason and the False conditions. */
export function podReasons(pod: PodObject, now: number): ReasonPart[] {
  const out: ReasonPart[] = [];
  const st = pod.status;
  const conds = st.conditions ?? [];
  if (st.reason || st.message) out.push(part('pod.statusReason', { reason: st.reason ?? part('word.none'), message: detail(st.message) }));
  const scheduled = conds.find((c) => c.type === 'PodScheduled');
  if (scheduled?.reason === 'SchedulingGated') {
    out.push(part('pod.gated', { gates: scheduled.message ?? 'SchedulingGated' }));
  } else if (scheduled && scheduled.status !== 'True') {
    out.push(part('pod.unscheduled', { reason: scheduled.reason ?? 'Unschedulable', message: detail(scheduled.message) }));
  } else if (!pod.spec.nodeName && (st.containerStatuses ?? []).length === 0) {
    out.push(part('pod.unbound'));
  }
  const del = pod.metadata.deletionTimestamp;
  if (del) {
    const grace = pod.metadata.deletionGracePeriodSeconds ?? pod.spec.terminationGracePeriodSeconds ?? 30;
    const deadline = parseTime(del);
    const left = deadline !== undefined && deadline > now ? part('pod.graceLeft', { duration: humanDuration(deadline - now) }) : '';
    if (st.reason === 'NodeLost') out.push(part('pod.nodeLost'));
    else out.push(part('pod.deleting', { timestamp: del, grace, left }));
  }
  for (const c of conds) {
    if (c.status === 'True' || c.type === 'PodScheduled') continue;
    const gate = (pod.spec.readinessGates ?? []).some((g) => g.conditionType === c.type);
    const text = [c.reason, c.message].filter(Boolean).join(': ');
    let why: ReasonArg = paren(text);
    if (!text && c.type === 'PodReadyToStartContainers') why = part('frag.paren', { text: part('pod.noSandbox') });
    out.push(part(gate ? 'pod.gate' : 'pod.condition', { type: c.type, status: c.status, detail: why }));
  }
  for (const g of pod.spec.readinessGates ?? []) {
    if (!conds.some((c) => c.type === g.conditionType)) out.push(part('pod.gateMissing', { type: g.conditionType }));
  }
  return out;
}

/** "last exit code 1 (Error) finished 2m ago: …", or '' when there was no previous exit. */
function lastExit(s: ContainerStatus, now: number): ReasonArg {
  const t = s.lastState.terminated;
  if (!t) return '';
  return part('c.lastExit', {
    code: t.exitCode,
    reason: paren(t.reason),
    finished: opt(t.finishedAt, 'c.finished', { ago: ago(t.finishedAt, now) }),
    message: opt(t.message, 'frag.detail', { text: t.message?.trim() ?? '' }),
  });
}

function waitingReason(label: ReasonPart, spec: RawContainer | undefined, s: ContainerStatus, now: number): ReasonPart {
  const w = s.state.waiting!;
  const message = detail(w.message);
  if (w.reason === 'CrashLoopBackOff') {
    const exit = lastExit(s, now);
    return part('c.crashLoop', { label, lastExit: exit || part('c.noPreviousExit'), restarts: s.restartCount, message });
  }
  if (w.reason && IMAGE_ERRORS.has(w.reason)) {
    const backoff = opt(w.reason === 'ImagePullBackOff', 'c.imagePullBackOff');
    return part('c.imagePull', { label, image: spec?.image || s.image, reason: w.reason, message, backoff });
  }
  if (w.reason === 'PodInitializing') return part('c.podInitializing', { label });
  if (w.reason === 'ContainerCreating') return part('c.creating', { label });
  const exit = s.lastState.terminated ? part('frag.semi', { text: lastExit(s, now) }) : '';
  return part('c.waiting', { label, reason: detail(w.reason), message, lastExit: exit });
}

function terminatedReason(label: ReasonPart, s: ContainerStatus, policy: string): ReasonPart {
  const t = s.state.terminated!;
  return part('c.terminated', {
    label,
    code: t.exitCode,
    signal: t.exitCode === 137 ? part('c.sigkill') : t.exitCode === 143 ? part('c.sigterm') : '',
    reason: paren(t.reason),
    oom: opt(t.reason === 'OOMKilled', 'c.oom'),
    message: opt(t.message, 'frag.detail', { text: t.message?.trim() ?? '' }),
    restart: opt(t.exitCode !== 0 && policy === 'Never', 'c.neverRestarted'),
  });
}

/** Why each container is where it is; init containers stop at the first one not done. */
export function containerReasons(pod: PodObject, initSpec: RawContainer[], appSpec: RawContainer[], now: number): ReasonPart[] {
  const out: ReasonPart[] = [];
  const st = pod.status;
  const policy = pod.spec.restartPolicy ?? 'Always';
  const initStatus = new Map((st.initContainerStatuses ?? []).map((s) => [s.name, s]));
  const n = initSpec.length;
  for (let i = 0; i < n; i++) {
    const spec = initSpec[i]!;
    const s = initStatus.get(spec.name);
    const sidecar = spec.restartPolicy === 'Always';
    const label = part(sidecar ? 'label.sidecar' : 'label.init', { name: spec.name, index: i + 1, count: n });
    if (!s) {
      out.push(part('c.initNoStatus', { label }));
      break;
    }
    if (s.state.terminated?.exitCode === 0 && !sidecar) continue;
    if (sidecar && s.started === true) {
      if (!s.ready && spec.readinessProbe) out.push(part('c.sidecarUnready', { label }));
      if (s.restartCount > 0) out.push(part('c.restarted', { label, restarts: s.restartCount, lastExit: lastExit(s, now) }));
      continue;
    }
    if (s.state.running) {
      out.push(part(sidecar ? 'c.sidecarNotStarted' : 'c.initRunning', { label }));
    } else if (s.state.waiting) {
      out.push(waitingReason(label, spec, s, now));
    } else if (s.state.terminated) {
      const t = s.state.terminated;
      const then = policy === 'Never' ? part('c.initFailed.never') : part('c.initFailed.retry', { policy });
      out.push(part('c.initFailed', { label, code: t.exitCode, reason: paren(t.reason), then }));
    }
    break;
  }
  const appStatus = new Map((st.containerStatuses ?? []).map((s) => [s.name, s]));
  for (const spec of appSpec) {
    const s = appStatus.get(spec.name);
    const label = part('label.container', { name: spec.name });
    if (!s) {
      if ((st.containerStatuses ?? []).length > 0) out.push(part('c.noStatus', { label }));
      continue;
    }
    if (s.state.waiting) out.push(waitingReason(label, spec, s, now));
    else if (s.state.terminated) out.push(terminatedReason(label, s, policy));
    else if (s.state.running) {
      if (s.started === false) out.push(part('c.notStarted', { label }));
      else if (!s.ready) out.push(part(spec.readinessProbe ? 'c.readinessFailing' : 'c.notReady', { label }));
      if (s.restartCount > 0) out.push(part('c.restarted', { label, restarts: s.restartCount, lastExit: lastExit(s, now) }));
    }
  }
  return out;
}
