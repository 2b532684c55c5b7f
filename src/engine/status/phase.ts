/**
 * Pod phase from container statuses, as the kubelet derives it.
 * Upstream: pkg/kubelet/kubelet_pods.go `getPhase` (k8s-semantics.md §1).
 */
import type { RestartPolicy } from '../model/spec';
import type { ContainerStatus, PodPhase } from '../model/status';

export interface PhaseInput {
  restartPolicy: RestartPolicy;
  /** Names of init containers with `restartPolicy: Always` (sidecars). */
  sidecars: ReadonlySet<string>;
  /** Init container names in spec order, and regular container names in spec order. */
  initContainers: readonly string[];
  containers: readonly string[];
  initContainerStatuses: readonly ContainerStatus[];
  containerStatuses: readonly ContainerStatus[];
  /** True in SyncTerminatingPod after every container was killed, and in SyncTerminatedPod. */
  podIsTerminal: boolean;
  /** True once any regular container has started (HasAnyActiveRegularContainerStarted). */
  podHasInitialized: boolean;
}

/** Which getPhase rule decided (for `explain`). */
export type PhaseRule =
  | 'init-failed-never'
  | 'init-pending'
  | 'containers-waiting'
  | 'containers-running'
  | 'terminal-all-succeeded'
  | 'terminal-some-failed'
  | 'stopped-restart-always'
  | 'stopped-all-succeeded'
  | 'stopped-failed-never'
  | 'stopped-failed-onfailure'
  | 'default-pending';

export interface PhaseCounts {
  pendingInit: number;
  failedInit: number;
  pendingSidecar: number;
  unknown: number;
  running: number;
  waiting: number;
  stopped: number;
  succeeded: number;
}

/** getPhase with the rule that decided and the counters it used. */
export function derivePhase(input: PhaseInput): { phase: PodPhase; rule: PhaseRule; counts: PhaseCounts } {
  const c: PhaseCounts = {
    pendingInit: 0,
    failedInit: 0,
    pendingSidecar: 0,
    unknown: 0,
    running: 0,
    waiting: 0,
    stopped: 0,
    succeeded: 0,
  };
  const initByName = new Map(input.initContainerStatuses.map((s) => [s.name, s]));
  for (const name of input.initContainers) {
    const s = initByName.get(name);
    if (input.sidecars.has(name)) {
      if (!s) {
        c.unknown++;
      } else if (s.state.running) {
        c.running++;
        if (s.started !== true) c.pendingSidecar++;
      } else if (s.state.terminated) {
        // ignored
      } else if (s.state.waiting && !s.lastState.terminated) {
        c.pendingSidecar++;
        c.waiting++;
      }
      continue;
    }
    if (!s) {
      c.pendingInit++;
    } else if (s.state.running) {
      c.pendingInit++;
    } else if (s.state.terminated) {
      if (s.state.terminated.exitCode !== 0) c.failedInit++;
    } else if (s.state.waiting) {
      if (s.lastState.terminated) {
        if (s.lastState.terminated.exitCode !== 0) c.failedInit++;
      } else {
        c.pendingInit++;
      }
    } else {
      c.pendingInit++;
    }
  }
  const byName = new Map(input.containerStatuses.map((s) => [s.name, s]));
  for (const name of input.containers) {
    const s = byName.get(name);
    if (!s) {
      c.unknown++;
    } else if (s.state.running) {
      c.running++;
    } else if (s.state.terminated) {
      c.stopped++;
      if (s.state.terminated.exitCode === 0) c.succeeded++;
    } else if (s.state.waiting) {
      if (s.lastState.terminated) c.stopped++;
      else c.waiting++;
    } else {
      c.unknown++;
    }
  }

  const done = (phase: PodPhase, rule: PhaseRule) => ({ phase, rule, counts: c });
  if (c.failedInit > 0 && input.restartPolicy === 'Never') return done('Failed', 'init-failed-never');
  if (c.pendingInit > 0 || (c.pendingSidecar > 0 && !input.podHasInitialized)) return done('Pending', 'init-pending');
  if (c.waiting > 0) return done('Pending', 'containers-waiting');
  if (c.running > 0 && c.unknown === 0) return done('Running', 'containers-running');
  if (c.running === 0 && c.stopped > 0 && c.unknown === 0) {
    if (input.podIsTerminal) {
      return c.stopped === c.succeeded
        ? done('Succeeded', 'terminal-all-succeeded')
        : done('Failed', 'terminal-some-failed');
    }
    if (input.restartPolicy === 'Always') return done('Running', 'stopped-restart-always');
    if (c.stopped === c.succeeded) return done('Succeeded', 'stopped-all-succeeded');
    if (input.restartPolicy === 'Never') return done('Failed', 'stopped-failed-never');
    return done('Running', 'stopped-failed-onfailure');
  }
  return done('Pending', 'default-pending');
}

/** The phase alone. */
export function getPhase(input: PhaseInput): PodPhase {
  return derivePhase(input).phase;
}
