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
/**
 * A failed mount is retried by the volume reconciler with the exponential back-off of
 * nestedpendingoperations (exponentialbackoff.go: initialDurationBeforeRetry 500 ms, doubling,
 * maxDurationBeforeRetry 2 m 2 s).
 */
export const MOUNT_RETRY_INITIAL_MS = 500;
export const MOUNT_RETRY_MAX_MS = 122_000;
/** volumemanager podAttachAndMountTimeout: syncPod gives up waiting for the volumes after 2 min. */
export const MOUNT_WAIT_TIMEOUT_MS = 120_000;
/** ErrImagePull is shown until the next sync reports ImagePullBackOff. */
export const IMAGE_BACKOFF_REPORT_MS = 1_000;

/**
 * Pulls that only touch the manifest (defaults when the runtime gives no figure): an `Always` re-pull
 * of an image already on the node, and a pull that fails on resolve (not found / denied).
 */
export const MANIFEST_CHECK_MS = 500;
export const MANIFEST_FAIL_MS = 700;

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

/**
 * Jitter (only with options.jitter): the pod worker's requeue after a back-off error is
 * SYNC_ERROR_REQUEUE_MS plus 0–5 s (wait.Jitter(10 s, 0.5)); probe workers start 0–period late.
 */
export const JITTER_REQUEUE_MAX_MS = 5_000;

/*
 * Error → CrashLoopBackOff (kubelet.go SyncPod; reason_cache.go). SyncPod generates the status
 * *before* containerRuntime.SyncPod runs, and reasonCache.Update (which records CrashLoopBackOff)
 * runs *after* it, so the sync that first finds the container in back-off still publishes the
 * terminated state (`Error`/`Completed`); the waiting reason appears at the next status generation.
 * - Default (idealised) timing: an exit is noticed by the relist sync PLEG_MS later; that sync shows
 *   the terminated state and records the back-off, and the reason is shown from then on: the
 *   terminated state is visible for PLEG_MS (≥ one frame) before CrashLoopBackOff. The restart comes
 *   exactly at back-off expiry. A probe kill restarts or backs off in the kill sync itself, whose
 *   status still showed the container running, so the next status already says CrashLoopBackOff.
 * - options.jitter: after the back-off error the pod worker requeues in 10–15 s (issue #123602), so
 *   the terminated state stays visible until that sync; each requeued sync shows CrashLoopBackOff and
 *   restarts once the window is over (0–15 s after expiry), as `kubectl get -w` shows on v1.31–1.34.
 */

/** Default pod IP, host IP and node (the sandbox network of the one simulated node). */
export const POD_IP = '10.244.0.7';
export const HOST_IP = '192.168.49.2';
