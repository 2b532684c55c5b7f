/**
 * The `Init Containers:` / `Containers:` sections of `kubectl describe pod`. Upstream:
 * staging/src/k8s.io/kubectl/pkg/describe/describe.go `describeContainers`,
 * `describeContainerBasicInfo`, `describeContainerCommand`, `describeStatus`, `DescribeProbe`,
 * `describeContainerEnvVars`, `describeContainerVolumes`. Output is tab-separated; the caller's
 * tabwriter aligns it.
 */
import type { ContainerSpec, Handler, ProbeSpec } from '../model/spec';
import { describeEnv } from './describeEnv';
import type { ContainerState, ContainerStatus } from '../model/status';
import { goDurationSeconds } from './humanDuration';
import { parseTime } from './kubectlGet';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n: number) => String(n).padStart(2, '0');

/** Go's time.RFC1123Z in UTC (`Wed, 01 Jan 2025 00:00:05 +0000`), as describe prints times. */
export function formatRFC1123Z(ts: string | undefined): string {
  const ms = parseTime(ts);
  // A zero metav1.Time formats as Go's zero time.
  if (ms === undefined) return 'Mon, 01 Jan 0001 00:00:00 +0000';
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]}, ${pad2(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad2(
    d.getUTCHours(),
  )}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())} +0000`;
}

/** `http-get http://:80/healthz delay=3s timeout=1s period=3s #success=1 #failure=3` etc. */
export function describeProbe(p: ProbeSpec): string {
  const attrs =
    `delay=${goDurationSeconds(p.initialDelaySeconds)} timeout=${goDurationSeconds(p.timeoutSeconds)} ` +
    `period=${goDurationSeconds(p.periodSeconds)} #success=${p.successThreshold} #failure=${p.failureThreshold}`;
  return `${describeHandler(p.handler)} ${attrs}`;
}

function describeHandler(h: Handler): string {
  switch (h.kind) {
    case 'exec':
      // Go's %v of a []string.
      return `exec [${h.command.join(' ')}]`;
    case 'httpGet': {
      const host = h.host ?? '';
      const port = String(h.port);
      const hostPort = host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
      const path = h.path && !h.path.startsWith('/') ? `/${h.path}` : h.path;
      return `http-get ${h.scheme.toLowerCase()}://${hostPort}${path}`;
    }
    case 'tcpSocket':
      return `tcp-socket ${h.host ?? ''}:${String(h.port)}`;
    case 'grpc':
      return `grpc <pod>:${h.port} ${h.service ?? ''}`;
    default:
      return 'unknown';
  }
}

function describeState(name: string, state: ContainerState | undefined, out: string[]): void {
  const s = state ?? {};
  if (s.running) {
    out.push(`    ${name}:\tRunning`, `      Started:\t${formatRFC1123Z(s.running.startedAt)}`);
  } else if (s.waiting) {
    out.push(`    ${name}:\tWaiting`);
    if (s.waiting.reason) out.push(`      Reason:\t${s.waiting.reason}`);
  } else if (s.terminated) {
    const t = s.terminated;
    out.push(`    ${name}:\tTerminated`);
    if (t.reason) out.push(`      Reason:\t${t.reason}`);
    if (t.message) out.push(`      Message:\t${t.message}`);
    out.push(`      Exit Code:\t${t.exitCode}`);
    if (t.signal) out.push(`      Signal:\t${t.signal}`);
    out.push(`      Started:\t${formatRFC1123Z(t.startedAt)}`, `      Finished:\t${formatRFC1123Z(t.finishedAt)}`);
  } else {
    out.push(`    ${name}:\tWaiting`);
  }
}

/** What describe needs of a container: the model's spec when known, else name and image. */
export type DescribedContainer = Pick<ContainerSpec, 'name' | 'image'> & Partial<ContainerSpec> & { restartPolicy?: string };

/** One `Containers:`-style section as tab-separated lines. */
export function describeContainersSection(
  label: string,
  containers: readonly DescribedContainer[],
  statuses: readonly ContainerStatus[] | undefined,
  /** kubectl's EnvValueFrom: a fieldRef's value read from the pod object ('' when unsupported). */
  resolveField: (fieldPath: string) => string = () => '',
): string {
  const out: string[] = [`${label}:${containers.length === 0 ? ' <none>' : ''}`];
  const byName = new Map((statuses ?? []).map((s) => [s.name, s]));
  for (const c of containers) {
    const st = byName.get(c.name);
    out.push(`  ${c.name}:`);
    if (st) out.push(`    Container ID:\t${st.containerID ?? ''}`);
    out.push(`    Image:\t${c.image}`);
    if (st) out.push(`    Image ID:\t${st.imageID ?? ''}`);
    const ports = (c.ports ?? []).map((p) => `${p.containerPort}/${p.protocol}`).join(', ');
    const hostPorts = (c.ports ?? []).map((p) => `0/${p.protocol}`).join(', ');
    out.push(ports.includes(',') ? `    Ports:\t${ports}` : `    Port:\t${ports || '<none>'}`);
    out.push(hostPorts.includes(',') ? `    Host Ports:\t${hostPorts}` : `    Host Port:\t${hostPorts || '<none>'}`);
    const restartPolicy = c.restartPolicy ?? (c.kind === 'sidecar' ? 'Always' : undefined);
    if (restartPolicy) out.push(`    Restart Policy:\t${restartPolicy}`);
    for (const [title, list] of [
      ['Command', c.command],
      ['Args', c.args],
    ] as const) {
      if (list && list.length > 0) {
        out.push(`    ${title}:`);
        for (const part of list) for (const line of part.split('\n')) out.push(`      ${line}`);
      }
    }
    if (st) {
      describeState('State', st.state, out);
      if (st.lastState?.terminated) describeState('Last State', st.lastState, out);
      out.push(`    Ready:\t${st.ready ? 'True' : 'False'}`, `    Restart Count:\t${st.restartCount}`);
    }
    if (c.livenessProbe) out.push(`    Liveness:\t${describeProbe(c.livenessProbe)}`);
    if (c.readinessProbe) out.push(`    Readiness:\t${describeProbe(c.readinessProbe)}`);
    if (c.startupProbe) out.push(`    Startup:\t${describeProbe(c.startupProbe)}`);
    describeEnv(c, out, resolveField);
    const mounts = [...(c.volumeMounts ?? [])].sort((a, b) => (a.mountPath < b.mountPath ? -1 : a.mountPath > b.mountPath ? 1 : 0));
    out.push(`    Mounts:${mounts.length === 0 ? '\t<none>' : ''}`);
    for (const m of mounts) {
      const flags = [m.readOnly ? 'ro' : 'rw', ...(m.subPath ? [`path=${JSON.stringify(m.subPath)}`] : [])];
      out.push(`      ${m.mountPath} from ${m.name} (${flags.join(',')})`);
    }
  }
  return out.join('\n') + '\n';
}
