/**
 * What-if comparison: the facts that decide "which pod had the better life" for one trace up to a
 * shared horizon, and a short sentence contrasting two of them. Pure (no React), unit-tested.
 */
import { frameAt, kubectlGet } from '@/engine';
import type { PodObject, Trace } from '@/engine';
import { translator, type Translate } from '@/i18n';

const EN = translator('en');

/** One side's outcome up to the horizon (times in ms since creation). */
export interface Outcome {
  /** Sum of every container's restartCount at the horizon. */
  restarts: number;
  /** First kubelet `Killing` event (liveness/startup failure, deletion …), if any. */
  firstKill: number | null;
  /** First moment the Ready condition was True. */
  readyAt: number | null;
  /** Phase and kubectl STATUS at the horizon ('' when the pod is gone). */
  phase: string;
  status: string;
}

const restartsOf = (pod: PodObject | null) =>
  pod ? [...(pod.status.initContainerStatuses ?? []), ...(pod.status.containerStatuses ?? [])].reduce((n, c) => n + c.restartCount, 0) : 0;

/** The outcome of `trace` at `horizon` (clamped to the trace's own horizon). */
export function outcomeOf(trace: Trace, horizon: number): Outcome {
  const h = Math.min(horizon, trace.until);
  const last = frameAt(trace, h);
  const pod = last?.pod ?? null;
  const kill = trace.events.find((e) => e.reason === 'Killing' && e.t <= h);
  const ready = trace.frames.find((f) => f.t <= h && f.pod?.status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'));
  return {
    restarts: restartsOf(pod),
    firstKill: kill ? kill.t : null,
    readyAt: ready ? ready.t : null,
    phase: pod?.status.phase ?? '',
    status: pod ? kubectlGet(pod, h).status : '',
  };
}

/** "35 s", "1.5 s", "100 s", "12 m 05 s": short enough for a headline (seconds up to 10 minutes). */
export function fmtT(ms: number): string {
  const s = Math.round(ms / 100) / 10;
  if (s < 600) return `${s} s`;
  const m = Math.floor(s / 60);
  return `${m} m ${String(Math.round(s - m * 60)).padStart(2, '0')} s`;
}

/**
 * One side in a few words: "never restarted, Ready at 95 s" / "killed at 35 s, 4 restarts, never Ready"
 * (in the language of `t`; English by default).
 */
export function describeOutcome(o: Outcome, t: Translate = EN): string {
  const parts: string[] = [];
  if (o.firstKill !== null) parts.push(t('cmp.killedAt', { t: fmtT(o.firstKill) }));
  parts.push(o.restarts === 0 ? t('cmp.neverRestarted') : o.restarts === 1 ? t('cmp.oneRestart') : t('cmp.restarts', { count: o.restarts }));
  parts.push(o.readyAt !== null ? t('cmp.readyAt', { t: fmtT(o.readyAt) }) : t('cmp.neverReady'));
  if (o.phase === 'Succeeded' || o.phase === 'Failed' || o.phase === '') parts.push(o.phase || t('cmp.gone'));
  return parts.join(t('cmp.sep'));
}

export interface DiffRow {
  key: 'restarts' | 'firstKill' | 'readyAt' | 'phase' | 'status';
  a: string;
  b: string;
  differs: boolean;
}

const cell = (o: Outcome, key: DiffRow['key']): string => {
  const v = o[key];
  if (v === null) return '—';
  if (key === 'firstKill' || key === 'readyAt') return fmtT(v as number);
  return typeof v === 'number' ? String(v) : v || '—';
};

/** The comparison table rows, each marked when the two sides disagree. */
export function diffRows(a: Outcome, b: Outcome): DiffRow[] {
  return (['restarts', 'firstKill', 'readyAt', 'phase', 'status'] as const).map((key) => {
    const va = cell(a, key);
    const vb = cell(b, key);
    return { key, a: va, b: vb, differs: va !== vb };
  });
}

/**
 * The headline: "with startupProbe: never restarted, Ready at 95 s; without: killed at 35 s, …",
 * or "same outcome: …" when nothing in the summary differs (in the language of `t`).
 */
export function diffSummary(labelA: string, a: Outcome, labelB: string, b: Outcome, t: Translate = EN): string {
  const da = describeOutcome(a, t);
  const db = describeOutcome(b, t);
  if (da === db && a.status === b.status) return t('cmp.same', { outcome: da });
  return t('cmp.summary', { a: labelA, outcomeA: da, b: labelB, outcomeB: db });
}
