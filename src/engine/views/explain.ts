/**
 * `podlife explain`: read a real Pod (spec + status), re-derive its phase with the kubelet's
 * getPhase (pkg/kubelet/kubelet_pods.go), show kubectl's columns (printers.go printPod), and say in
 * plain words why the pod looks the way it does.
 */
import type { RestartPolicy } from '../model/spec';
import type { PodPhase } from '../model/status';
import { derivePhase, type PhaseRule } from '../status/phase';
import { containerReasons, podReasons } from './explainReasons';
import { toPodObject } from './explainInput';
import { kubectlGet, parseTime } from './kubectlGet';

export interface ExplainResult {
  name: string;
  phase: PodPhase;
  /** status.phase as the object reported it, when present. */
  reportedPhase?: string;
  rule: PhaseRule;
  kubectl: { ready: string; status: string; restarts: string };
  reasons: string[];
}

const RULES: Record<PhaseRule, string> = {
  'init-failed-never': 'an init container failed and restartPolicy is Never, so the pod has failed',
  'init-pending': 'init containers (or a sidecar that has not started) are still pending, so the pod is Pending',
  'containers-waiting': 'a container is waiting to start for the first time, so the pod is Pending',
  'containers-running': 'at least one container is running and every container has a status, so the pod is Running',
  'terminal-all-succeeded': 'the pod is terminal (finished, or torn down after deletion) and every container exited 0, so it Succeeded',
  'terminal-some-failed': 'the pod is terminal (finished, or torn down after deletion) and a container exited non-zero, so it Failed',
  'stopped-restart-always': 'no container is running, but restartPolicy Always restarts them, so the pod stays Running',
  'stopped-all-succeeded': 'every container exited 0 and will not be restarted, so the pod Succeeded',
  'stopped-failed-never': 'every container stopped, one failed, and restartPolicy Never does not restart it, so the pod Failed',
  'stopped-failed-onfailure': 'a container failed and restartPolicy OnFailure will restart it, so the pod stays Running',
  'default-pending': 'some container has no status yet (the kubelet has not reported it), so the pod is Pending',
};

/** The getPhase rule in plain words (for text output). */
export function describeRule(rule: PhaseRule): string {
  return RULES[rule];
}

const POLICIES: readonly string[] = ['Always', 'OnFailure', 'Never'];

/**
 * Explains one Pod object (`kubectl get pod -o yaml`, status included) as of `now` (epoch ms).
 * Throws a user-facing Error for documents that are not Pods.
 * @example explain(yaml.parse(text), Date.parse('2025-01-01T00:05:00Z')).kubectl.status // "CrashLoopBackOff"
 */
export function explain(pod: unknown, now: number): ExplainResult {
  const { pod: obj, initSpec, appSpec } = toPodObject(pod);
  const st = obj.status;
  const policy = obj.spec.restartPolicy ?? 'Always';
  if (!POLICIES.includes(policy)) throw new Error(`pod "${obj.metadata.name}": spec.restartPolicy: Unsupported value: "${policy}"`);
  const sidecars = new Set(initSpec.filter((c) => c.restartPolicy === 'Always').map((c) => c.name));
  const regular = st.containerStatuses ?? [];
  // HasAnyActiveRegularContainerStarted: some regular container has run (now or before).
  const podHasInitialized = regular.some((s) => s.state.running || s.state.terminated || s.lastState.terminated);
  // A snapshot cannot tell whether SyncTerminatingPod already ran; a terminal reported phase, or a
  // deleted pod with nothing left running, is the evidence that it did.
  const anyRunning = [...regular, ...(st.initContainerStatuses ?? [])].some((s) => s.state.running);
  const reportedTerminal = st.phase === 'Succeeded' || st.phase === 'Failed';
  const podIsTerminal = reportedTerminal || (obj.metadata.deletionTimestamp !== undefined && !anyRunning && regular.length > 0);
  const derived = derivePhase({
    restartPolicy: policy as RestartPolicy,
    sidecars,
    initContainers: initSpec.map((c) => c.name),
    containers: appSpec.map((c) => c.name),
    initContainerStatuses: st.initContainerStatuses ?? [],
    containerStatuses: regular,
    podIsTerminal,
    podHasInitialized,
  });
  const created = parseTime(obj.metadata.creationTimestamp) ?? now;
  const row = kubectlGet(obj, now - created);
  const rawStatus = (pod as { status?: { phase?: unknown } }).status;
  const reportedPhase = typeof rawStatus?.phase === 'string' ? rawStatus.phase : undefined;

  const reasons: string[] = [`phase ${derived.phase}: ${RULES[derived.rule]} (getPhase rule ${derived.rule})`];
  if (reportedPhase === undefined) {
    reasons.push('the object has no status.phase: no kubelet has reported on this pod yet');
  } else if (reportedPhase !== derived.phase) {
    let why = '';
    if (reportedTerminal) why = '; a terminal phase never changes back (the pod was terminated, evicted or hit its deadline)';
    else if (st.reason) why = `; status.reason ${st.reason} was set by the node or a controller`;
    reasons.push(`status.phase says ${reportedPhase}, but the kubelet's rules give ${derived.phase} from these container statuses${why}`);
  }
  reasons.push(...podReasons(obj, now));
  reasons.push(...containerReasons(obj, initSpec, appSpec, now));
  return {
    name: obj.metadata.name,
    phase: derived.phase,
    ...(reportedPhase !== undefined ? { reportedPhase } : {}),
    rule: derived.rule,
    kubectl: { ready: row.ready, status: row.status, restarts: row.restarts },
    reasons,
  };
}
