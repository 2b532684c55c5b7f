/**
 * `podlife explain`: read a real Pod (spec + status), re-derive its phase with the kubelet's
 * getPhase (pkg/kubelet/kubelet_pods.go), show kubectl's columns (printers.go printPod), and say in
 * plain words why the pod looks the way it does.
 */
import type { RestartPolicy } from '../model/spec';
import type { PodPhase } from '../model/status';
import { derivePhase, type PhaseRule } from '../status/phase';
import { containerReasons, podReasons } from './explainReasons';
import { EXPLAIN_EN, opt, part, reasonText, type ReasonPart } from './explainText';
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
  /**
   * The same reasons as stable codes with variables (explainText.ts), one per `reasons` entry, for
   * rendering in another language. Only present when asked for (`{ details: true }`), so the CLI's
   * JSON (ARCHITECTURE §4) stays exactly as specified.
   */
  details?: ReasonPart[];
}

export interface ExplainOptions {
  /** Also return `details` (coded reasons). */
  details?: boolean;
}

/** The getPhase rule in plain words (for text output). */
export function describeRule(rule: PhaseRule): string {
  return EXPLAIN_EN[`rule.${rule}`];
}

const POLICIES: readonly string[] = ['Always', 'OnFailure', 'Never'];

/**
 * Explains one Pod object (`kubectl get pod -o yaml`, status included) as of `now` (epoch ms).
 * Throws a user-facing Error for documents that are not Pods. `options.details` adds the coded
 * reasons the UI translates.
 * @example explain(yaml.parse(text), Date.parse('2025-01-01T00:05:00Z')).kubectl.status // "CrashLoopBackOff"
 */
export function explain(pod: unknown, now: number, options: ExplainOptions = {}): ExplainResult {
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

  const details: ReasonPart[] = [
    part('phase.derived', { phase: derived.phase, rule: part(`rule.${derived.rule}`), ruleId: derived.rule }),
  ];
  if (reportedPhase === undefined) {
    details.push(part('phase.unreported'));
  } else if (reportedPhase !== derived.phase) {
    const why = reportedTerminal ? part('phase.mismatch.terminal') : opt(st.reason, 'phase.mismatch.reason', { reason: st.reason ?? '' });
    details.push(part('phase.mismatch', { reported: reportedPhase, phase: derived.phase, why }));
  }
  details.push(...podReasons(obj, now));
  details.push(...containerReasons(obj, initSpec, appSpec, now));
  return {
    name: obj.metadata.name,
    phase: derived.phase,
    ...(reportedPhase !== undefined ? { reportedPhase } : {}),
    rule: derived.rule,
    kubectl: { ready: row.ready, status: row.status, restarts: row.restarts },
    reasons: details.map(reasonText),
    ...(options.details ? { details } : {}),
  };
}
