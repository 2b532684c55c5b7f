/**
 * What the pointer is over: given a row and a time, the item to describe in the tooltip (an event
 * cluster with the `kubectl get` line at that moment, a segment, a bar, a probe tick, a band).
 */
import { formatGetTable, kubectlGet, statusAt } from '@/engine';
import type { SimEvent, Trace } from '@/engine';
import { formatDuration } from './axis';
import { lowerBound } from './aggregate';
import type { BandRow, Deletion } from './bands';
import type { ContainerLane } from './lanes';
import type { Row } from './rows';

export interface HoverInfo {
  /** Time the item is anchored at (the tooltip's "@" and where a click seeks). */
  t: number;
  title: string;
  tone: 'ok' | 'warn' | 'bad' | 'done' | 'muted' | 'accent';
  lines: string[];
  /** `kubectl get pod` header + row at t, for events. */
  get?: string;
}

/** `kubectl get pod` (header and row) at t, or '' when the pod does not exist then. */
export function getLineAt(trace: Trace, t: number): string {
  try {
    const pod = statusAt(trace, t);
    return pod ? formatGetTable([kubectlGet(pod, t)], { header: true }).trimEnd() : '';
  } catch {
    return '';
  }
}

/** Items of `list` whose time is within `tol` ms of t (list sorted by t). */
function near<T extends { t: number }>(list: readonly T[], t: number, tol: number): T[] {
  const out: T[] = [];
  for (let i = lowerBound(list, t - tol); i < list.length && list[i]!.t <= t + tol; i++) out.push(list[i]!);
  return out;
}

const covering = <T extends { start: number; end: number }>(list: readonly T[], t: number) =>
  list.find((x) => x.start <= t && t <= x.end);

export interface HoverInput {
  trace: Trace;
  lanes: readonly ContainerLane[];
  bands: readonly BandRow[];
  deletion: Deletion | null;
}

/** The hover item at (row, t); `tol` is the pointer tolerance in ms (a few px). */
export function hoverAt(d: HoverInput, row: Row, t: number, tol: number): HoverInfo | null {
  if (row.kind === 'events') {
    const evs: SimEvent[] = near(d.trace.events, t, tol);
    if (evs.length === 0) return null;
    const at = evs[0]!.t;
    return {
      t: at,
      title: evs.length > 1 ? `${evs[0]!.reason} and ${evs.length - 1} more` : evs[0]!.reason,
      tone: evs.some((e) => e.type === 'Warning') ? 'bad' : 'accent',
      lines: evs.slice(0, 6).map((e) => `${e.type} ${e.reason}${e.container ? ` (${e.container})` : ''}: ${e.message}`),
      get: getLineAt(d.trace, at),
    };
  }
  const lane = row.ref !== undefined ? d.lanes[row.ref] : undefined;
  if (row.kind === 'container' && lane) {
    const s = covering(lane.segments, t);
    if (!s) return null;
    const pull = lane.bars.find((b) => b.kind === 'pull' && b.start <= t && t <= b.end);
    const lines = [`${formatDuration(s.end - s.start)} · restarts ${s.restartCount}`];
    if (s.exitCode !== undefined) lines.push(`exit code ${s.exitCode}`);
    if (s.state === 'running') lines.push(s.ready ? 'ready' : 'not ready');
    if (pull) lines.push(pull.label);
    const tone = s.state === 'running' ? 'ok' : s.state === 'terminated' ? (s.reason === 'Completed' ? 'done' : 'bad') : 'warn';
    return { t: s.start, title: `${lane.name}: ${s.state} · ${s.reason}`, tone, lines };
  }
  if (row.kind === 'bars' && lane) {
    const b = covering(lane.bars, t);
    if (!b) return null;
    return {
      t: b.start,
      title: `${lane.name}: ${b.label}`,
      tone: b.kind === 'backoff' || b.ok === false ? 'bad' : 'done',
      lines: [b.open ? 'still running at the horizon' : `${formatDuration(b.end - b.start)}${b.ok === false ? ' · failed' : ''}`],
    };
  }
  if (row.kind === 'probe' && lane) {
    const recs = near(lane.probes.find((p) => p.probe === row.probe)?.records ?? [], t, tol);
    if (recs.length === 0) return null;
    const bad = recs.find((r) => r.result !== 'success') ?? recs[recs.length - 1]!;
    const ok = recs.filter((r) => r.result === 'success').length;
    const lines = [`${bad.timedOut ? 'timeout' : bad.result} · ${bad.run}/${bad.threshold} in a row`];
    if (bad.output) lines.push(bad.output.trim());
    if (recs.length > 1) lines.push(`${recs.length} probes here: ${ok} ok, ${recs.length - ok} failed`);
    return { t: bad.t, title: `${lane.name} ${bad.probe} probe`, tone: bad.result === 'success' ? 'ok' : 'bad', lines };
  }
  if (row.kind === 'band' && row.ref !== undefined) {
    const b = covering(d.bands[row.ref]?.bands ?? [], t);
    if (!b) return null;
    return { t: b.start, title: `${row.label}: ${b.value}`, tone: b.tone, lines: [`from ${formatDuration(b.start)} for ${formatDuration(b.end - b.start)}`] };
  }
  if (row.kind === 'deletion' && d.deletion) {
    const del = d.deletion;
    const lines = [`deleted at ${formatDuration(del.start)}, grace ${del.graceSeconds}s → deadline ${formatDuration(del.deadline)}`];
    for (const x of del.term) lines.push(`SIGTERM ${x.container} at ${formatDuration(x.t)}`);
    for (const x of del.kill) lines.push(`SIGKILL ${x.container} at ${formatDuration(x.t)}`);
    if (del.gone !== undefined) lines.push(`pod object gone at ${formatDuration(del.gone)}`);
    return { t: del.start, title: 'deletion', tone: 'warn', lines };
  }
  return null;
}
