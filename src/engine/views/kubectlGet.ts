/**
 * `kubectl get pod` columns. Upstream: pkg/printers/internalversion/printers.go `printPod`
 * (k8s-semantics §9). The walk below mirrors upstream statement by statement on purpose, including
 * its quirks (init statuses walked in status order, `Init:i/N` with N counting sidecars, regular
 * containers walked last→first so the first container's reason wins).
 */
import type { ContainerStatus, PodObject } from '../model/status';
import { humanDuration } from './humanDuration';
import { tabwrite } from './tabwriter';

export interface GetRow {
  name: string;
  ready: string;
  status: string;
  restarts: string;
  age: string;
  ip: string;
  node: string;
  nominatedNode: string;
  readinessGates: string;
}

/** Epoch ms of an RFC 3339 timestamp, or undefined when absent/unparseable. */
export function parseTime(ts: string | undefined | null): number | undefined {
  if (!ts) return undefined;
  const ms = Date.parse(ts);
  return Number.isNaN(ms) ? undefined : ms;
}

/** node.NodeUnreachablePodReason (pkg/util/node): the reason that makes kubectl print `Unknown`. */
const NODE_LOST = 'NodeLost';

/**
 * One `kubectl get pod` row for `pod` as seen `now` ms after its creationTimestamp.
 * @example kubectlGet(pod, 45_000).status // "CrashLoopBackOff"
 */
export function kubectlGet(pod: PodObject, now: number): GetRow {
  const status = pod.status ?? { phase: 'Pending' };
  const created = parseTime(pod.metadata.creationTimestamp) ?? 0;
  const nowAbs = created + now;
  const since = (ts: number) => humanDuration(nowAbs - ts);

  const sidecars = new Set(
    (pod.spec.initContainers ?? []).filter((c) => c.restartPolicy === 'Always').map((c) => c.name),
  );
  const total = pod.spec.containers.length + sidecars.size;
  let ready = 0;
  let restarts = 0;
  let sidecarRestarts = 0;
  let lastRestart: number | undefined;
  let lastSidecarRestart: number | undefined;
  const later = (a: number | undefined, s: ContainerStatus) => {
    const f = parseTime(s.lastState?.terminated?.finishedAt);
    return f !== undefined && (a === undefined || f > a) ? f : a;
  };

  let reason: string = status.reason || status.phase;
  for (const c of status.conditions ?? []) {
    if (c.type === 'PodScheduled' && c.reason === 'SchedulingGated') reason = 'SchedulingGated';
  }

  let initializing = false;
  const initStatuses = status.initContainerStatuses ?? [];
  const initCount = (pod.spec.initContainers ?? []).length;
  for (let i = 0; i < initStatuses.length; i++) {
    const c = initStatuses[i]!;
    restarts += c.restartCount;
    lastRestart = later(lastRestart, c);
    const isSidecar = sidecars.has(c.name);
    if (isSidecar) {
      sidecarRestarts += c.restartCount;
      lastSidecarRestart = later(lastSidecarRestart, c);
    }
    const term = c.state?.terminated;
    const waiting = c.state?.waiting;
    if (term && term.exitCode === 0) continue;
    if (isSidecar && c.started === true) {
      if (c.ready) ready++;
      continue;
    }
    if (term) {
      if (!term.reason) reason = term.signal ? `Init:Signal:${term.signal}` : `Init:ExitCode:${term.exitCode}`;
      else reason = `Init:${term.reason}`;
    } else if (waiting?.reason && waiting.reason !== 'PodInitializing') {
      reason = `Init:${waiting.reason}`;
    } else {
      reason = `Init:${i}/${initCount}`;
    }
    initializing = true;
    break;
  }

  const initializedTrue = (status.conditions ?? []).some((c) => c.type === 'Initialized' && c.status === 'True');
  if (!initializing || initializedTrue) {
    restarts = sidecarRestarts;
    lastRestart = lastSidecarRestart;
    let hasRunning = false;
    const statuses = status.containerStatuses ?? [];
    for (let i = statuses.length - 1; i >= 0; i--) {
      const c = statuses[i]!;
      restarts += c.restartCount;
      lastRestart = later(lastRestart, c);
      const term = c.state?.terminated;
      if (c.state?.waiting?.reason) reason = c.state.waiting.reason;
      else if (term?.reason) reason = term.reason;
      else if (term) reason = term.signal ? `Signal:${term.signal}` : `ExitCode:${term.exitCode}`;
      else if (c.ready && c.state?.running) {
        hasRunning = true;
        ready++;
      }
    }
    if (reason === 'Completed' && hasRunning) {
      const podReady = (status.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
      reason = podReady ? 'Running' : 'NotReady';
    }
  }

  if (pod.metadata.deletionTimestamp && status.reason === NODE_LOST) reason = 'Unknown';
  else if (pod.metadata.deletionTimestamp && status.phase !== 'Succeeded' && status.phase !== 'Failed') {
    reason = 'Terminating';
  }

  let restartsStr = String(restarts);
  if (restarts !== 0 && lastRestart !== undefined) restartsStr = `${restarts} (${since(lastRestart)} ago)`;

  const gates = pod.spec.readinessGates ?? [];
  let readinessGates = '<none>';
  if (gates.length > 0) {
    const trueCount = gates.filter(
      (g) => (status.conditions ?? []).find((c) => c.type === g.conditionType)?.status === 'True',
    ).length;
    readinessGates = `${trueCount}/${gates.length}`;
  }
  return {
    name: pod.metadata.name,
    ready: `${ready}/${total}`,
    status: reason,
    restarts: restartsStr,
    age: pod.metadata.creationTimestamp ? since(created) : '<unknown>',
    ip: status.podIPs?.[0]?.ip || status.podIP || '<none>',
    node: pod.spec.nodeName || '<none>',
    nominatedNode: '<none>',
    readinessGates,
  };
}

const HEADER = ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'];
const WIDE_HEADER = ['IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'];

/** The cells of one row in column order (wide adds IP, NODE, NOMINATED NODE, READINESS GATES). */
export function getRowCells(row: GetRow, wide = false): string[] {
  const cells = [row.name, row.ready, row.status, row.restarts, row.age];
  return wide ? [...cells, row.ip, row.node, row.nominatedNode, row.readinessGates] : cells;
}

/** The header cells for `kubectl get pods` (wide or not). */
export function getHeaderCells(wide = false): string[] {
  return wide ? [...HEADER, ...WIDE_HEADER] : HEADER;
}

/**
 * Rows laid out as kubectl prints them: left aligned, 3-space gaps, the last column unpadded
 * (kubectl's printers tabwriter: minwidth 6, padding 3).
 */
export function formatGetTable(rows: GetRow[], opts: { wide?: boolean; header?: boolean } = {}): string {
  const wide = opts.wide ?? false;
  const lines = rows.map((r) => getRowCells(r, wide).join('\t'));
  if (opts.header ?? true) lines.unshift(getHeaderCells(wide).join('\t'));
  return tabwrite(lines.join('\n') + '\n', { minwidth: 6, padding: 3 });
}
