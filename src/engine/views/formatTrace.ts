/**
 * Pure formatting of a simulation Trace (ARCHITECTURE §4): the CLI's `--format json` document and the
 * text transcript (`kubectl get pod -w` lines, then `kubectl describe pod`). Shared by the CLI and the
 * page's text exports so both print the same bytes.
 */
import type { PodObject } from '../model/status';
import type { Trace } from '../model/trace';
import { frameAt } from '../sim/statusAt';
import { kubectlDescribe } from './describe';
import { kubectlGet } from './kubectlGet';

/** ms → seconds with millisecond precision. */
const sec = (ms: number) => Math.round(ms) / 1000;

export interface JsonFrame {
  t: number;
  pod: { metadata: { name: string; creationTimestamp: string; deletionTimestamp?: string }; status: PodObject['status'] } | null;
  kubectl: { ready: string; status: string; restarts: string } | null;
}

export interface TraceJson {
  version: 1;
  until: number;
  frames: JsonFrame[];
  events: { t: number; type: string; reason: string; message: string; container?: string }[];
  probes: { t: number; container: string; probe: string; result: string }[];
}

/** The `--format json` document: frames up to `until` (the last one holds until then). */
export function traceToJson(trace: Trace): TraceJson {
  const frames = trace.frames
    .filter((f) => f.t <= trace.until)
    .map((f): JsonFrame => {
      if (!f.pod) return { t: sec(f.t), pod: null, kubectl: null };
      const md = f.pod.metadata;
      const row = kubectlGet(f.pod, f.t);
      return {
        t: sec(f.t),
        pod: {
          metadata: {
            name: md.name,
            creationTimestamp: md.creationTimestamp,
            ...(md.deletionTimestamp !== undefined ? { deletionTimestamp: md.deletionTimestamp } : {}),
          },
          status: f.pod.status,
        },
        kubectl: { ready: row.ready, status: row.status, restarts: row.restarts },
      };
    });
  return {
    version: 1,
    until: sec(trace.until),
    frames,
    events: trace.events
      .filter((e) => e.t <= trace.until)
      .map((e) => ({
        t: sec(e.t),
        type: e.type,
        reason: e.reason,
        message: e.message,
        ...(e.container !== undefined ? { container: e.container } : {}),
      })),
    probes: trace.probes
      .filter((p) => p.t <= trace.until)
      .map((p) => ({ t: sec(p.t), container: p.container, probe: p.probe, result: p.result })),
  };
}

/**
 * `kubectl get pod -w` as it scrolls: one line per change of READY, STATUS or the restart count,
 * with kubectl's watch tabwriter that remembers column widths (cells padded to the widest seen so
 * far + 3, minimum 6; the last column unpadded).
 */
export function watchLines(trace: Trace): string[] {
  const rows: string[][] = [['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE']];
  let prev = '';
  for (const f of trace.frames) {
    if (!f.pod || f.t > trace.until) continue;
    const r = kubectlGet(f.pod, f.t);
    const key = [r.ready, r.status, r.restarts.split(' ')[0]].join('|');
    if (key === prev) continue;
    prev = key;
    rows.push([r.name, r.ready, r.status, r.restarts, r.age]);
  }
  // The header and the first row are flushed together, later rows one at a time; the widths
  // only grow (liggitt/tabwriter RememberWidths, used by kubectl's printers).
  const blocks = [rows.slice(0, 2), ...rows.slice(2).map((r) => [r])];
  const widths: number[] = [];
  const out: string[] = [];
  for (const block of blocks) {
    for (const cells of block) cells.slice(0, -1).forEach((c, j) => (widths[j] = Math.max(widths[j] ?? 6, c.length + 3)));
    for (const cells of block) out.push(cells.map((c, j) => (j < cells.length - 1 ? c.padEnd(widths[j]!) : c)).join(''));
  }
  return out;
}

/**
 * The `--format text` transcript: the watch lines, then `kubectl describe pod` at `at` (ms; default
 * the horizon), or kubectl's NotFound error once the pod is gone.
 */
export function traceToText(trace: Trace, at?: number): string {
  const t = Math.min(at ?? trace.until, trace.until);
  const name = trace.frames.find((f) => f.pod)?.pod?.metadata.name ?? trace.pod.name;
  let s = `$ kubectl get pod ${name} -w\n${watchLines(trace).join('\n')}\n`;
  if (trace.goneAt !== undefined && trace.goneAt <= trace.until) {
    s += `# pod deleted at ${sec(trace.goneAt)}s\n`;
  }
  s += `\n$ kubectl describe pod ${name}    # at ${sec(t)}s\n`;
  const frame = frameAt(trace, t);
  if (!frame?.pod) {
    s += `Error from server (NotFound): pods "${name}" not found\n`;
    return s;
  }
  return s + kubectlDescribe(frame.pod, trace.events, t, trace.pod);
}
