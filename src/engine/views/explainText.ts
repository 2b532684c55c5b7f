/**
 * The words of `explain` as stable codes with variables. The CLI prints the English rendering
 * (ARCHITECTURE §4: `reasons` are these strings, unchanged); the UI renders the same codes through
 * src/i18n so the Chinese page can say them in Chinese. Variables may themselves be coded parts
 * (labels, "last exit" clauses, optional fragments), so a translation can reorder whole clauses.
 * Pure data: no i18n import here (the engine stays framework-free).
 */

/** English templates, one per code. `{name}` is filled from the part's vars; a missing var is ''. */
export const EXPLAIN_EN = {
  // getPhase rules (status/phase.ts), as plain words.
  'rule.init-failed-never': 'an init container failed and restartPolicy is Never, so the pod has failed',
  'rule.init-pending': 'init containers (or a sidecar that has not started) are still pending, so the pod is Pending',
  'rule.containers-waiting': 'a container is waiting to start for the first time, so the pod is Pending',
  'rule.containers-running': 'at least one container is running and every container has a status, so the pod is Running',
  'rule.terminal-all-succeeded': 'the pod is terminal (finished, or torn down after deletion) and every container exited 0, so it Succeeded',
  'rule.terminal-some-failed': 'the pod is terminal (finished, or torn down after deletion) and a container exited non-zero, so it Failed',
  'rule.stopped-restart-always': 'no container is running, but restartPolicy Always restarts them, so the pod stays Running',
  'rule.stopped-all-succeeded': 'every container exited 0 and will not be restarted, so the pod Succeeded',
  'rule.stopped-failed-never': 'every container stopped, one failed, and restartPolicy Never does not restart it, so the pod Failed',
  'rule.stopped-failed-onfailure': 'a container failed and restartPolicy OnFailure will restart it, so the pod stays Running',
  'rule.default-pending': 'some container has no status yet (the kubelet has not reported it), so the pod is Pending',
  // The phase verdict and the reported phase.
  'phase.derived': 'phase {phase}: {rule} (getPhase rule {ruleId})',
  'phase.unreported': 'the object has no status.phase: no kubelet has reported on this pod yet',
  'phase.mismatch': "status.phase says {reported}, but the kubelet's rules give {phase} from these container statuses{why}",
  'phase.mismatch.terminal': '; a terminal phase never changes back (the pod was terminated, evicted or hit its deadline)',
  'phase.mismatch.reason': '; status.reason {reason} was set by the node or a controller',
  // Pod level.
  'pod.statusReason': 'status.reason {reason}{message}',
  'pod.gated': 'not scheduled: scheduling gates are set ({gates}); the scheduler waits until they are removed',
  'pod.unscheduled': 'not scheduled: {reason}{message}',
  'pod.unbound': 'not bound to a node yet (no spec.nodeName): the scheduler has not placed it',
  'pod.nodeLost': 'deletion requested at a lost node (status.reason NodeLost): kubectl prints Unknown until the node returns or the pod is garbage-collected',
  'pod.deleting':
    'deletion requested: deletionTimestamp {timestamp}, grace period {grace}s{left}; the kubelet sends SIGTERM (after any preStop hook) and SIGKILL at the deadline, and kubectl shows Terminating until the object is gone',
  'pod.graceLeft': ' ({duration} of grace left)',
  'pod.condition': 'condition {type} is {status}{detail}',
  'pod.gate': 'readiness gate {type} is {status}{detail}',
  'pod.noSandbox': 'no pod sandbox with networking: not created yet, or torn down',
  'pod.gateMissing': 'readiness gate {type}: corresponding condition does not exist, so the pod cannot be Ready',
  // Container labels.
  'label.init': 'init container {name} ({index} of {count})',
  'label.sidecar': 'sidecar {name} ({index} of {count})',
  'label.container': 'container {name}',
  // Containers.
  'c.lastExit': 'last exit code {code}{reason}{finished}{message}',
  'c.finished': ' finished{ago}',
  'c.ago': ' {duration} ago',
  'c.crashLoop':
    '{label} is in CrashLoopBackOff: it keeps exiting and the kubelet waits longer before each restart (10s doubling to 5m); {lastExit}; restarted {restarts} times{message}',
  'c.noPreviousExit': 'no previous exit recorded',
  'c.imagePull': '{label} cannot pull its image "{image}": {reason}{message}{backoff}',
  'c.imagePullBackOff': ' (the kubelet retries with back-off 10s doubling to 5m)',
  'c.podInitializing': '{label} is waiting for the init containers to finish (PodInitializing)',
  'c.creating': '{label} is being created (ContainerCreating): image pull, volume setup or a postStart hook is in progress',
  'c.waiting': '{label} is waiting{reason}{message}{lastExit}',
  'c.terminated': '{label} terminated with exit code {code}{signal}{reason}{oom}{message}{restart}',
  'c.sigkill': ' (137 = SIGKILL)',
  'c.sigterm': ' (143 = SIGTERM)',
  'c.oom': ' (killed for exceeding its memory limit)',
  'c.neverRestarted': '; restartPolicy Never: it will not be restarted',
  'c.initNoStatus': '{label} has no status yet: it has not been started',
  'c.sidecarUnready': '{label} is running but not ready: its readiness probe is failing',
  'c.restarted': '{label} has restarted {restarts} times; {lastExit}',
  'c.sidecarNotStarted': '{label} is running but not started: its startup probe has not succeeded, so the next init container waits',
  'c.initRunning': '{label} is running; the next containers start only after it exits 0',
  'c.initFailed': '{label} failed with exit code {code}{reason}; {then}',
  'c.initFailed.never': 'restartPolicy Never: the pod fails',
  'c.initFailed.retry': 'restartPolicy {policy}: it is retried and the pod stays Pending',
  'c.noStatus': '{label} has no status yet',
  'c.notStarted': '{label} is running but not started: its startup probe has not succeeded yet (liveness and readiness wait for it)',
  'c.readinessFailing': '{label} is not ready: readiness probe failing (or not yet succeeded)',
  'c.notReady': '{label} is running but not ready',
  // Punctuation around cluster-supplied text (reason, message), which is never translated.
  'frag.detail': ': {text}',
  'frag.paren': ' ({text})',
  'frag.semi': '; {text}',
  'word.none': '(none)',
} as const;

/** A stable reason code (the key of EXPLAIN_EN). */
export type ExplainCode = keyof typeof EXPLAIN_EN;

/** A variable: plain text or number (cluster data, names, counts), or a nested coded part. */
export type ReasonArg = string | number | ReasonPart;

/** One coded sentence or clause. */
export interface ReasonPart {
  code: ExplainCode;
  vars?: Record<string, ReasonArg>;
}

/** Builds a part (`vars` omitted when empty so JSON stays small). */
export function part(code: ExplainCode, vars?: Record<string, ReasonArg>): ReasonPart {
  return vars ? { code, vars } : { code };
}

/** An optional clause: the part when `cond` holds, else '' (renders as nothing in every language). */
export function opt(cond: unknown, code: ExplainCode, vars?: Record<string, ReasonArg>): ReasonArg {
  return cond ? part(code, vars) : '';
}

/**
 * Renders a part with a template table (EXPLAIN_EN here; the UI passes its Chinese one). Nested
 * parts render with the same table; unknown or missing variables render as ''.
 * @example renderReason(EXPLAIN_EN, part('label.container', { name: 'app' })) // "container app"
 */
export function renderReason(templates: Readonly<Record<ExplainCode, string>>, p: ReasonPart): string {
  const template = templates[p.code] ?? EXPLAIN_EN[p.code] ?? p.code;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = p.vars?.[name];
    if (v === undefined) return '';
    return typeof v === 'object' ? renderReason(templates, v) : String(v);
  });
}

/** The English text of a part (what the CLI prints). */
export const reasonText = (p: ReasonPart): string => renderReason(EXPLAIN_EN, p);
