/**
 * The simulated kubelet's clock: every idealised delay in one place (k8s-semantics §0).
 * All values are integer milliseconds. Real kubelets add jitter and loop granularity; with
 * `options.jitter` the simulator adds some of it from the seed (see JITTER_*).
 */

/** The scheduler binds the pod and the kubelet admits it (first status: Pending, startTime). */
export const SCHEDULE_MS = 0;
/** Sandbox + CNI ready → PodReadyToStartContainers True, pod IP assigned, first container sync. */
export const SANDBOX_MS = 1_000;
/** PLEG relist period: a container exit is acted on (next init, restart decision) this much later. */
export const PLEG_MS = 1_000;
/** syncLoop tick: activeDeadlineSeconds is checked on whole-second ticks from creation. */
export const SYNC_TICK_MS = 1_000;
/** Pod worker requeue after a failed sync (image pull errors, ErrImageNeverPull re-check). */
export const SYNC_ERROR_REQUEUE_MS = 10_000;
/** ErrImagePull is shown until the next sync reports ImagePullBackOff. */
export const IMAGE_BACKOFF_REPORT_MS = 1_000;

/** CrashLoopBackOff: kubelet.go initialCrashLoopBackOff / MaxContainerBackOff; reset after 10 min. */
export const CRASH_BACKOFF_INITIAL_MS = 10_000;
export const CRASH_BACKOFF_MAX_MS = 300_000;
export const BACKOFF_RESET_MS = 600_000;
/** Image pull back-off: kubelet.go imageBackOffPeriod / MaxImageBackOff. */
export const IMAGE_BACKOFF_INITIAL_MS = 10_000;
export const IMAGE_BACKOFF_MAX_MS = 300_000;

/** kuberuntime_manager.go minimumGracePeriodInSeconds: the one-off 2 s extension after preStop. */
export const MIN_GRACE_S = 2;
/** After the terminal status of a deleted pod is written, the kubelet's DELETE removes the object. */
export const POD_REMOVAL_MS = 1_000;

/** Node lifecycle controller: node-monitor-grace-period before it marks pods NotReady (40 s default). */
export const NODE_MONITOR_GRACE_MS = 40_000;
/** DefaultTolerationSeconds for not-ready/unreachable NoExecute taints. */
export const TAINT_TOLERATION_MS = 300_000;

/** Jitter (only with options.jitter): restart/back-off requeue lands 0–5 s late; probe workers start 0–period late. */
export const JITTER_REQUEUE_MAX_MS = 5_000;

/** Default pod IP, host IP and node (the sandbox network of the one simulated node). */
export const POD_IP = '10.244.0.7';
export const HOST_IP = '192.168.49.2';
