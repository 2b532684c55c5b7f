/**
 * "What happens after this container stops": restartPolicy and the back-off the kubelet will choose
 * (kuberuntime_manager.go doBackOff: first restart immediate, then 10 s doubling to 300 s).
 */
import type { ContainerSpec } from '../../model/spec';
import type { Bilingual } from './types';
import { secs, where, type Ctx, type FieldQuote } from './context';

export interface RestartOutlook extends Bilingual {
  quote: FieldQuote;
}

/** Describes the restart that follows a stop of `c` at `t` (looking ahead in the trace). */
export function restartOutlook(ctx: Ctx, c: ContainerSpec, t: number): RestartOutlook {
  const { trace } = ctx;
  const policy = c.kind === 'sidecar' ? 'Always' : trace.pod.restartPolicy;
  const quote = c.kind === 'sidecar'
    ? ctx.field(`${c.path}.restartPolicy`, 'Always')
    : ctx.field('spec.restartPolicy', policy);
  const backoff = trace.spans.find((s) => s.kind === 'backoff' && s.container === c.name && s.start >= t);
  const nextStart = trace.events.find((e) => e.reason === 'Started' && e.container === c.name && e.t > t);
  const w = where(quote);
  const deleting = trace.frames.some((f) => f.t <= t && f.pod?.metadata.deletionTimestamp);
  if (deleting) return { quote, en: 'the Pod is being deleted, so nothing restarts', zh: 'Pod 正在被删除，不会再重启' };
  if (policy === 'Never') return { quote, en: `restartPolicy Never${w.en} → it is not restarted`, zh: `restartPolicy 为 Never${w.zh} → 不会重启` };
  if (backoff && (!nextStart || backoff.start <= nextStart.t)) {
    const d = secs((backoff.end ?? trace.until) - backoff.start);
    const label = backoff.label ?? d.en;
    return {
      quote,
      en: `restartPolicy ${policy}${w.en} → it restarts after a ${label.replace(/s$/, ' s')} back-off`,
      zh: `restartPolicy 为 ${policy}${w.zh} → ${label.replace(/s$/, ' 秒')}退避后重启`,
    };
  }
  if (nextStart) {
    return {
      quote,
      en: `restartPolicy ${policy}${w.en} → it restarts at once (the first restart has no back-off)`,
      zh: `restartPolicy 为 ${policy}${w.zh} → 立即重启（第一次重启没有退避）`,
    };
  }
  return { quote, en: `restartPolicy ${policy}${w.en}`, zh: `restartPolicy 为 ${policy}${w.zh}` };
}
