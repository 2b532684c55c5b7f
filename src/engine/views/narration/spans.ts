/**
 * Items from hook and termination spans (hooks, the grace deadline, SIGKILL) and from the user's
 * interventions (k8s-semantics §6, §7).
 */
import type { Action } from '../../model/trace';
import { secs, withField, type Ctx } from './context';
import type { NarrationItem } from './types';

/** Narrates hook spans and the end of each grace period. */
export function narrateSpans(ctx: Ctx): NarrationItem[] {
  const out: NarrationItem[] = [];
  const { trace } = ctx;
  for (const s of trace.spans) {
    const c = ctx.container(s.container);
    if (!c) continue;
    if (s.kind === 'postStart') {
      const path = `${c.path}.lifecycle.postStart`;
      out.push(withField({ t: s.start, kind: 'hook', container: c.name, concept: 'post-start', rule: 'kuberuntime/kuberuntime_container.go startContainer', en: `postStart hook of ${c.name} runs (${s.label ?? 'handler'}), racing with the container's own process; the kubelet reports it Waiting until the hook returns.`, zh: `${c.name} 的 postStart 钩子运行（${s.label ?? 'handler'}），与容器自身的进程并发；钩子返回前 kubelet 把容器报告为 Waiting。` }, { path, ...(ctx.rangeOf(path) ? { range: ctx.rangeOf(path)! } : {}), en: '', zh: '' }));
    }
    if (s.kind === 'preStop') {
      const path = `${c.path}.lifecycle.preStop`;
      const q = { path, ...(ctx.rangeOf(path) ? { range: ctx.rangeOf(path)! } : {}), en: '', zh: '' };
      out.push(withField({ t: s.start, kind: 'hook', container: c.name, concept: 'pre-stop', rule: 'kuberuntime/kuberuntime_container.go executePreStopHook', en: `preStop hook of ${c.name} runs before SIGTERM; its time counts against the grace period.`, zh: `${c.name} 的 preStop 钩子在 SIGTERM 之前运行；它占用的时间计入宽限期。` }, q));
      // A hook that simply failed is narrated by its FailedPreStopHook event; this is the other
      // way to end badly: still running when the grace period (the same container's) ran out.
      const grace = trace.spans.find((g) => g.kind === 'grace' && g.container === c.name && g.start === s.start);
      const nominal = grace?.label ? parseFloat(grace.label) * 1000 : Infinity;
      if (s.end !== undefined && s.ok === false && s.end - s.start >= nominal - 1) {
        out.push(withField({ t: s.end, kind: 'hook', container: c.name, tone: 'warning', concept: 'pre-stop', rule: 'kuberuntime/kuberuntime_container.go executePreStopHook', en: `The grace period ran out while preStop was still running: the hook is abandoned and SIGTERM is sent with a one-off 2 s minimum before SIGKILL.`, zh: '宽限期用完时 preStop 仍在运行：钩子被放弃，kubelet 发送 SIGTERM，并额外给出最少 2 秒，之后 SIGKILL。' }, q));
      }
    }
    if (s.kind === 'grace' && s.end !== undefined) {
      const exit = trace.transitions.find((x) => x.machine === c.name && x.to === 'exited' && x.t >= s.start);
      const pod = trace.pod;
      const q = ctx.field('spec.terminationGracePeriodSeconds', pod.terminationGracePeriodSeconds);
      const d = secs(s.end - s.start);
      // Killed at the deadline iff the exit that followed was a SIGKILL (137, not an OOM kill);
      // the span itself may end earlier than the exit (the process's own shutdown time).
      const code = exit ? exitAfter(ctx, c.name, exit.t) : undefined;
      if (exit && code?.exitCode === 137 && code.reason !== 'OOMKilled') {
        out.push(withField({ t: s.end, kind: 'grace', container: c.name, tone: 'warning', concept: 'grace-period', rule: 'kuberuntime/kuberuntime_container.go killContainer (StopContainer timeout)', en: `Grace deadline for ${c.name}: ${d.en} passed (${q.en}) and the process is still running, so the runtime sends SIGKILL (exit code 137).`, zh: `${c.name} 的宽限期截止：${d.zh}已过（${q.zh}），进程仍在运行，运行时发送 SIGKILL（退出码 137）。` }, q));
      } else if (exit) {
        const used = secs(exit.t - s.start);
        out.push({ t: exit.t, kind: 'grace', container: c.name, concept: 'grace-period', rule: 'kuberuntime/kuberuntime_container.go killContainer', en: `${c.name} stopped ${used.en} after being told to, within its grace period: no SIGKILL needed.`, zh: `${c.name} 在收到停止信号 ${used.zh}后退出，仍在宽限期内：无需 SIGKILL。` });
      }
    }
  }
  return out;
}

/** The termination recorded for `name` in the first frame at or after `t`. */
function exitAfter(ctx: Ctx, name: string, t: number): { exitCode: number; reason?: string } | undefined {
  for (const f of ctx.trace.frames) {
    if (f.t < t || !f.pod) continue;
    const cs = [...(f.pod.status.initContainerStatuses ?? []), ...(f.pod.status.containerStatuses ?? [])].find((x) => x.name === name);
    const term = cs?.state.terminated ?? cs?.lastState.terminated;
    if (term) return term;
  }
  return undefined;
}

const ACTION_TEXT = (a: Action): { en: string; zh: string } => {
  switch (a.type) {
    case 'delete':
      return { en: `kubectl delete pod${a.gracePeriodSeconds !== undefined ? ` --grace-period=${a.gracePeriodSeconds}` : ''}${a.force ? ' --force' : ''}`, zh: `kubectl delete pod${a.gracePeriodSeconds !== undefined ? ` --grace-period=${a.gracePeriodSeconds}` : ''}${a.force ? ' --force' : ''}` };
    case 'exec':
      return { en: `kubectl exec ${a.container} -- ${a.command.join(' ')}`, zh: `kubectl exec ${a.container} -- ${a.command.join(' ')}` };
    case 'kill':
      return { en: `the ${a.container} process gets ${a.signal === 'OOM' ? 'OOM-killed' : `SIG${a.signal}`}`, zh: `${a.container} 进程收到 ${a.signal === 'OOM' ? 'OOM kill' : `SIG${a.signal}`}` };
    case 'apply':
      return { en: `kubectl apply -f ${a.file ?? 'manifest'}`, zh: `kubectl apply -f ${a.file ?? 'manifest'}` };
    case 'deleteService':
      return { en: `kubectl delete service ${a.name}`, zh: `kubectl delete service ${a.name}` };
    case 'nodeLost':
      return { en: 'the node loses contact with the control plane', zh: '节点与控制平面失去联系' };
    case 'nodeReady':
      return { en: 'the node is back', zh: '节点恢复' };
    case 'setCondition':
      return { en: `a controller sets condition ${a.conditionType}=${a.status}`, zh: `控制器把 condition ${a.conditionType} 设为 ${a.status}` };
  }
};

/** One item per user intervention ("at 30 s you ran …"). */
export function narrateInterventions(ctx: Ctx): NarrationItem[] {
  return ctx.trace.interventions.map((iv) => {
    const text = ACTION_TEXT(iv.action);
    const concept = iv.action.type === 'delete' ? 'termination' : iv.action.type === 'nodeLost' ? 'node-lost' : iv.action.type === 'setCondition' ? 'readiness-gates' : 'container-states';
    return { t: iv.at, kind: 'intervention', concept, rule: 'PodLife intervention (--do)', en: `Intervention: ${text.en}.`, zh: `干预：${text.zh}。` } satisfies NarrationItem;
  });
}
