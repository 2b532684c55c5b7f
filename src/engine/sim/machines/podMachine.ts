/**
 * The pod as the kubelet's pod worker sees it (pod_workers.go: sync → terminating → terminated),
 * with the initialisation steps the flow diagram shows. Driven by events from the simulator.
 */
import { setup } from 'xstate';

export type PodMachineEvent =
  /** Sandbox created, network ready (PodReadyToStartContainers). */
  | { type: 'SANDBOX_READY'; hasInit: boolean }
  /** All regular init containers exited 0 and sidecars started. */
  | { type: 'INITIALIZED' }
  /** Regular containers done and will not restart (restartPolicy Never/OnFailure) or init failed with Never. */
  | { type: 'COMPLETED'; succeeded: boolean }
  /** deletionTimestamp seen, activeDeadlineSeconds exceeded. */
  | { type: 'TERMINATE'; cause: 'delete' | 'deadline' | 'failed' }
  /** Every container stopped; phase is now terminal. */
  | { type: 'TERMINATED'; succeeded: boolean }
  /** The API object is removed. */
  | { type: 'REMOVED' };

/** Pod-level lifecycle machine. */
export const podMachine = setup({
  types: { events: {} as PodMachineEvent },
  guards: {
    hasInitContainers: ({ event }) => event.type === 'SANDBOX_READY' && event.hasInit,
    succeeded: ({ event }) => (event.type === 'COMPLETED' || event.type === 'TERMINATED') && event.succeeded,
  },
}).createMachine({
  id: 'pod',
  initial: 'pending',
  states: {
    /** Scheduled; sandbox being created. */
    pending: {
      on: {
        SANDBOX_READY: [{ guard: 'hasInitContainers', target: 'initializing' }, { target: 'running' }],
        TERMINATE: 'terminating',
        REMOVED: 'gone',
      },
    },
    /** Init containers (and sidecars) running in order. */
    initializing: {
      on: {
        INITIALIZED: 'running',
        COMPLETED: [{ guard: 'succeeded', target: 'succeeded' }, { target: 'failed' }],
        TERMINATE: 'terminating',
        REMOVED: 'gone',
      },
    },
    /** Regular containers started (phase Running, or Pending while they are still being created). */
    running: {
      on: {
        COMPLETED: [{ guard: 'succeeded', target: 'succeeded' }, { target: 'failed' }],
        TERMINATE: 'terminating',
        REMOVED: 'gone',
      },
    },
    /** Containers being killed (deletion, deadline, failed pod): preStop, TERM, KILL. */
    terminating: {
      on: {
        TERMINATED: [{ guard: 'succeeded', target: 'succeeded' }, { target: 'failed' }],
        REMOVED: 'gone',
      },
    },
    succeeded: { on: { TERMINATE: 'terminating', REMOVED: 'gone' } },
    failed: { on: { TERMINATE: 'terminating', REMOVED: 'gone' } },
    /** The API object was deleted. */
    gone: { type: 'final' },
  },
});
