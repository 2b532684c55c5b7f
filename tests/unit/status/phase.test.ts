/**
 * Table-driven tests for the pod phase, as the kubelet derives it from container statuses.
 * Upstream: pkg/kubelet/kubelet_pods.go `getPhase` (k8s-semantics.md §1.1–§1.2).
 */
import { describe, expect, it } from 'vitest';
import { derivePhase, type PhaseInput, type PhaseRule } from '@/engine/status/phase';
import type { ContainerState, ContainerStatus, PodPhase, RestartPolicy } from '@/engine';

const T = '2025-01-01T00:00:10Z';
const running: ContainerState = { running: { startedAt: T } };
const waiting = (reason = 'ContainerCreating'): ContainerState => ({ waiting: { reason } });
const exited = (exitCode: number): ContainerState => ({
  terminated: { exitCode, reason: exitCode === 0 ? 'Completed' : 'Error', startedAt: T, finishedAt: T },
});

/** A status: state, optional lastState, started flag. */
function st(name: string, state: ContainerState, last: ContainerState = {}, started?: boolean): ContainerStatus {
  return {
    name,
    state,
    lastState: last,
    ready: false,
    restartCount: last.terminated ? 1 : 0,
    image: 'img',
    imageID: '',
    ...(started !== undefined ? { started } : {}),
  };
}

interface Row {
  name: string;
  policy: RestartPolicy;
  init?: ContainerStatus[];
  sidecars?: string[];
  /** Init container names when some have no status yet. */
  initNames?: string[];
  app: ContainerStatus[];
  appNames?: string[];
  terminal?: boolean;
  initialized?: boolean;
  phase: PodPhase;
  rule: PhaseRule;
}

const rows: Row[] = [
  // Regular init containers
  { name: 'init running → Pending', policy: 'Always', init: [st('i', running)], app: [st('a', waiting('PodInitializing'))], phase: 'Pending', rule: 'init-pending' },
  { name: 'init without status → Pending', policy: 'Always', initNames: ['i'], init: [], app: [st('a', waiting('PodInitializing'))], phase: 'Pending', rule: 'init-pending' },
  { name: 'init failed, Never → Failed (fact 1)', policy: 'Never', init: [st('i', exited(1))], app: [st('a', waiting('PodInitializing'))], phase: 'Failed', rule: 'init-failed-never' },
  { name: 'init failed, Always → Pending while it restarts (fact 1)', policy: 'Always', init: [st('i', waiting('CrashLoopBackOff'), exited(1))], app: [st('a', waiting('PodInitializing'))], phase: 'Pending', rule: 'containers-waiting' },
  { name: 'init failed, OnFailure → Pending while it restarts', policy: 'OnFailure', init: [st('i', exited(1))], app: [st('a', waiting('PodInitializing'))], phase: 'Pending', rule: 'containers-waiting' },
  { name: 'init Init:CrashLoopBackOff with Never counts as failed', policy: 'Never', init: [st('i', waiting('CrashLoopBackOff'), exited(2))], app: [st('a', waiting('PodInitializing'))], phase: 'Failed', rule: 'init-failed-never' },
  { name: 'init done (exit 0), app creating → Pending', policy: 'Always', init: [st('i', exited(0))], app: [st('a', waiting())], phase: 'Pending', rule: 'containers-waiting' },
  // Sidecars (restartable init containers)
  { name: 'sidecar running but not started, pod not initialized → Pending', policy: 'Always', sidecars: ['s'], init: [st('s', running, {}, false)], app: [st('a', waiting('PodInitializing'))], phase: 'Pending', rule: 'init-pending' },
  { name: 'sidecar started, app running → Running', policy: 'Always', sidecars: ['s'], init: [st('s', running, {}, true)], app: [st('a', running)], initialized: true, phase: 'Running', rule: 'containers-running' },
  { name: 'sidecar restarting (waiting with lastState) is ignored', policy: 'Never', sidecars: ['s'], init: [st('s', waiting('CrashLoopBackOff'), exited(1))], app: [st('a', running)], initialized: true, phase: 'Running', rule: 'containers-running' },
  { name: 'Job done, sidecar still running → Running until the kubelet kills it', policy: 'Never', sidecars: ['s'], init: [st('s', running, {}, true)], app: [st('a', exited(0))], initialized: true, phase: 'Running', rule: 'containers-running' },
  { name: 'Job done, sidecar terminated → Succeeded from regular containers only', policy: 'Never', sidecars: ['s'], init: [st('s', exited(137))], app: [st('a', exited(0))], initialized: true, phase: 'Succeeded', rule: 'stopped-all-succeeded' },
  // Regular containers, every restart policy
  { name: 'app creating → Pending', policy: 'Always', app: [st('a', waiting())], phase: 'Pending', rule: 'containers-waiting' },
  { name: 'app without status → Pending', policy: 'Always', appNames: ['a'], app: [], phase: 'Pending', rule: 'default-pending' },
  { name: 'app running → Running', policy: 'Always', app: [st('a', running)], phase: 'Running', rule: 'containers-running' },
  { name: 'one running, one creating → Pending (waiting wins)', policy: 'Always', app: [st('a', running), st('b', waiting())], phase: 'Pending', rule: 'containers-waiting' },
  { name: 'Always, exited 0 → Running (fact 2)', policy: 'Always', app: [st('a', exited(0))], phase: 'Running', rule: 'stopped-restart-always' },
  { name: 'Always, CrashLoopBackOff → Running', policy: 'Always', app: [st('a', waiting('CrashLoopBackOff'), exited(1))], phase: 'Running', rule: 'stopped-restart-always' },
  { name: 'OnFailure, all exited 0 → Succeeded (fact 2)', policy: 'OnFailure', app: [st('a', exited(0)), st('b', exited(0))], phase: 'Succeeded', rule: 'stopped-all-succeeded' },
  { name: 'OnFailure, one exited 0 one running → Running', policy: 'OnFailure', app: [st('a', exited(0)), st('b', running)], phase: 'Running', rule: 'containers-running' },
  { name: 'OnFailure, exited 1 (restart pending) → Running', policy: 'OnFailure', app: [st('a', exited(1))], phase: 'Running', rule: 'stopped-failed-onfailure' },
  { name: 'OnFailure, back-off after exit 0 is not success (waiting with lastState never counts as succeeded)', policy: 'OnFailure', app: [st('a', waiting('CrashLoopBackOff'), exited(0))], phase: 'Running', rule: 'stopped-failed-onfailure' },
  { name: 'Never, exited 0 → Succeeded', policy: 'Never', app: [st('a', exited(0))], phase: 'Succeeded', rule: 'stopped-all-succeeded' },
  { name: 'Never, exited 1 → Failed', policy: 'Never', app: [st('a', exited(1))], phase: 'Failed', rule: 'stopped-failed-never' },
  { name: 'Never, one 0 one 1 → Failed', policy: 'Never', app: [st('a', exited(0)), st('b', exited(1))], phase: 'Failed', rule: 'stopped-failed-never' },
  // Deletion: SyncTerminatingPod recomputes with podIsTerminal (fact 3, §1.4)
  { name: 'deleted, Always, all exited 0 after TERM → Succeeded', policy: 'Always', app: [st('a', exited(0))], terminal: true, phase: 'Succeeded', rule: 'terminal-all-succeeded' },
  { name: 'deleted, Always, exited 143 → Failed', policy: 'Always', app: [st('a', exited(143))], terminal: true, phase: 'Failed', rule: 'terminal-some-failed' },
  { name: 'deleted, OnFailure, killed 137 → Failed', policy: 'OnFailure', app: [st('a', exited(137)), st('b', exited(0))], terminal: true, phase: 'Failed', rule: 'terminal-some-failed' },
  { name: 'deleted while one container still runs → Running (not yet terminal)', policy: 'Always', app: [st('a', running), st('b', exited(143))], terminal: true, phase: 'Running', rule: 'containers-running' },
];

function input(r: Row): PhaseInput {
  const init = r.init ?? [];
  return {
    restartPolicy: r.policy,
    sidecars: new Set(r.sidecars ?? []),
    initContainers: r.initNames ?? init.map((s) => s.name),
    containers: r.appNames ?? r.app.map((s) => s.name),
    initContainerStatuses: init,
    containerStatuses: r.app,
    podIsTerminal: r.terminal ?? false,
    podHasInitialized: r.initialized ?? false,
  };
}

describe('getPhase — pkg/kubelet/kubelet_pods.go', () => {
  it.each(rows.map((r) => [r.name, r] as const))('%s', (_name, r) => {
    const got = derivePhase(input(r));
    expect({ phase: got.phase, rule: got.rule }).toEqual({ phase: r.phase, rule: r.rule });
  });

  it('counts containers as getPhase does: waiting-with-lastState is stopped, never succeeded', () => {
    const got = derivePhase(input(rows.find((r) => r.name.startsWith('OnFailure, back-off after exit 0'))!));
    expect(got.counts).toMatchObject({ stopped: 1, succeeded: 0, running: 0, waiting: 0 });
  });
});
