/**
 * Pure formatting of a simulation Trace for the command line (ARCHITECTURE §4): the JSON document
 * and the text transcript (`kubectl get pod -w` lines, then `kubectl describe pod`).
 */
import { kubectlDescribe, kubectlGet } from '../engine';
import type { Diagnostic, ExplainResult, Frame, PodObject, Trace } from '../engine';

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

/** The frame in force at t (the last one written at or before t). */
export function frameAt(frames: readonly Frame[], t: number): Frame | undefined {
  let lo = 0;
  let hi = frames.length - 1;
  let found: Frame | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const f = frames[mid]!;
    if (f.t <= t) {
      found = f;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
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
  const frame = frameAt(trace.frames, t);
  if (!frame?.pod) {
    s += `Error from server (NotFound): pods "${name}" not found\n`;
    return s;
  }
  return s + kubectlDescribe(frame.pod, trace.events, t, trace.pod);
}

/** Text output of `explain` for one or more pods. */
export function formatExplainText(results: readonly ExplainResult[]): string {
  return results
    .map((r) => {
      const lines = [
        `pod/${r.name}`,
        `  phase:    ${r.phase}${r.reportedPhase !== undefined && r.reportedPhase !== r.phase ? ` (reported: ${r.reportedPhase})` : ''}`,
        `  rule:     ${r.rule}`,
        `  kubectl:  READY ${r.kubectl.ready}   STATUS ${r.kubectl.status}   RESTARTS ${r.kubectl.restarts}`,
        '  why:',
        ...r.reasons.map((x) => `    - ${x}`),
      ];
      return lines.join('\n') + '\n';
    })
    .join('\n');
}

/**
 * One diagnostic as compilers print them: `pod.yaml:12:7: spec.containers[0].image: Required value`
 * (warnings and infos say so). The field path is added when the message does not start with it.
 */
export function formatDiagnostic(file: string, d: Diagnostic): string {
  const where = d.range ? `${file}:${d.range.start.line}:${d.range.start.column}` : file;
  const doc = !d.range && d.documentIndex !== undefined ? ` (document ${d.documentIndex + 1})` : '';
  const path = d.path && !d.message.startsWith(d.path) ? `${d.path}: ` : '';
  const sev = d.severity === 'error' ? '' : `${d.severity}: `;
  return `${where}${doc}: ${sev}${path}${d.message}`;
}
