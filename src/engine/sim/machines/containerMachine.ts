/**
 * The lifecycle of one container as the kubelet drives it. The flow diagram is drawn from this
 * definition (states → nodes, transitions → edges, guards → labels), so names follow kubelet
 * vocabulary. The simulator (sim/containers.ts) sends the events when its agenda says so; guards
 * read the decision the kubelet made (carried in the event) so each edge says why it was taken.
 *
 * Upstream: kuberuntime_container.go `startContainer`/`killContainer`, kuberuntime_manager.go
 * `computePodActions`/`doBackOff`, kubelet/container/helpers.go `ShouldContainerBeRestarted`.
 */
import { setup } from 'xstate';

export type ContainerMachineEvent =
  /** Sync decided to start it and the image must be pulled first. */
  | { type: 'PULL' }
  /** Image present or pulled: create + start the container (postStart runs in `starting`). */
  | { type: 'START' }
  /** Pull failed, or pull policy Never with the image absent. */
  | { type: 'PULL_FAILED' }
  /** generateContainerConfig failed (CreateContainerConfigError): nothing created, retried at the next sync. */
  | { type: 'CONFIG_FAILED' }
  /** Image back-off expired: retry. */
  | { type: 'RETRY' }
  /** postStart returned (or there is none): the kubelet reports Running. */
  | { type: 'HOOK_SUCCEEDED' }
  /** postStart failed: container is killed (FailedPostStartHook). */
  | { type: 'HOOK_FAILED' }
  /** Kill requested (liveness/startup failure, deletion, deadline, pod completion). */
  | { type: 'STOP' }
  /** PID 1 exited (by itself, TERM, KILL, OOM). */
  | { type: 'EXITED' }
  /** The kubelet's restart decision after an exit (ShouldContainerBeRestarted + doBackOff). */
  | { type: 'DECIDE'; restart: boolean; backOff: boolean }
  /** Back-off window over (or immediate restart). */
  | { type: 'BACK_OFF_EXPIRED' }
  /** The pod is being torn down before this container ever ran again. */
  | { type: 'ABANDON' };

/** Per-container lifecycle machine. */
export const containerMachine = setup({
  types: { events: {} as ContainerMachineEvent },
  guards: {
    willNotRestart: ({ event }) => event.type === 'DECIDE' && !event.restart,
    restartInBackOff: ({ event }) => event.type === 'DECIDE' && event.restart && event.backOff,
    restartNow: ({ event }) => event.type === 'DECIDE' && event.restart && !event.backOff,
  },
}).createMachine({
  id: 'container',
  initial: 'waiting',
  states: {
    /** Pending start: PodInitializing / ContainerCreating (init order, sidecar gate, sequential starts). */
    waiting: {
      on: { PULL: 'pulling', START: 'starting', PULL_FAILED: 'imagePullBackOff', ABANDON: 'done' },
    },
    /** `Pulling image "x"`; the pod sync is blocked until it returns. */
    pulling: {
      on: { START: 'starting', PULL_FAILED: 'imagePullBackOff', CONFIG_FAILED: 'waiting', ABANDON: 'done' },
    },
    /** ErrImagePull / ImagePullBackOff / ErrImageNeverPull: 10 s doubling to 300 s per image. */
    imagePullBackOff: {
      on: { RETRY: 'waiting', PULL: 'pulling', START: 'starting', CONFIG_FAILED: 'waiting', ABANDON: 'done' },
    },
    /** Created and started; postStart hook running; still reported Waiting. */
    starting: {
      on: { HOOK_SUCCEEDED: 'running', HOOK_FAILED: 'stopping', STOP: 'stopping', EXITED: 'exited' },
    },
    /** Running; `started`/`ready` come from the startup/readiness probe workers. */
    running: {
      on: { STOP: 'stopping', EXITED: 'exited' },
    },
    /** Killing: preStop hook, then TERM, KILL at the grace deadline (≥ 2 s after preStop). */
    stopping: {
      on: { EXITED: 'exited' },
    },
    /** Terminated (Completed / Error / OOMKilled); awaiting the kubelet's restart decision. */
    exited: {
      on: {
        DECIDE: [
          { guard: 'willNotRestart', target: 'done' },
          { guard: 'restartInBackOff', target: 'crashLoopBackOff' },
          { guard: 'restartNow', target: 'waiting' },
        ],
        ABANDON: 'done',
      },
    },
    /** CrashLoopBackOff: back-off 10 s doubling to 5 m, reset after 10 min of running. */
    crashLoopBackOff: {
      on: { BACK_OFF_EXPIRED: 'waiting', ABANDON: 'done' },
    },
    /** Will not run again (restart policy, init container done, pod terminating or terminal). */
    done: { type: 'final' },
  },
});
