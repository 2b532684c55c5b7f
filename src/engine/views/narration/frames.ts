/**
 * Items from status changes between consecutive frames: phase, conditions, container states,
 * deletion and endpoint membership (k8s-semantics §1–3, §7).
 */
import type { ContainerStatus, PodObject } from '../../model/status';
import type { Frame } from '../../model/trace';
import { withField, type Ctx } from './context';
import { restartOutlook } from './restart';
import type { NarrationItem } from './types';

const PHASE_WHY: Record<string, { en: string; zh: string }> = {
  Pending: { en: 'accepted, but not every container is running yet', zh: '已被接受，但还有容器没有运行' },
  Running: { en: 'bound to a node and at least one container is running (or restarting)', zh: '已绑定节点，且至少有一个容器在运行（或正在重启）' },
  Succeeded: { en: 'every container terminated with exit code 0 and none will restart', zh: '所有容器都以退出码 0 结束，且不会重启' },
  Failed: { en: 'every container terminated and at least one failed (non-zero exit or killed), with no restart coming', zh: '所有容器都已结束，至少一个失败（非零退出或被杀），且不会重启' },
};

const CONDITION_WHY: Record<string, { en: string; zh: string }> = {
  PodScheduled: { en: 'the Pod is bound to a node', zh: 'Pod 已绑定到节点' },
  PodReadyToStartContainers: { en: 'the sandbox and its network are set up', zh: 'sandbox 及其网络已就绪' },
  Initialized: { en: 'every init container has exited 0 and every sidecar has started', zh: '所有 init container 都以 0 退出，所有 sidecar 都已启动' },
  ContainersReady: { en: 'every container (and sidecar) is ready', zh: '所有容器（包括 sidecar）都已就绪' },
  Ready: { en: 'ContainersReady is True and every readiness gate is True', zh: 'ContainersReady 为 True 且所有 readiness gate 都为 True' },
};

const statuses = (p: PodObject | null | undefined): ContainerStatus[] =>
  p ? [...(p.status.initContainerStatuses ?? []), ...(p.status.containerStatuses ?? [])] : [];

/** Narrates what changed from each frame to the next. */
export function narrateFrames(ctx: Ctx): NarrationItem[] {
  const out: NarrationItem[] = [];
  let prev: Frame | undefined;
  for (const f of ctx.trace.frames) {
    out.push(...diff(ctx, prev, f));
    prev = f;
  }
  return out;
}

function diff(ctx: Ctx, prev: Frame | undefined, f: Frame): NarrationItem[] {
  const out: NarrationItem[] = [];
  const a = prev?.pod ?? null;
  const b = f.pod;
  const t = f.t;
  if (!b) {
    if (a) out.push({ t, kind: 'delete', concept: 'termination', rule: 'kubelet/status/status_manager.go canBeDeleted', en: 'The Pod object is gone from the API: the kubelet confirmed its containers stopped (or the delete was forced).', zh: 'Pod 对象已从 API 中消失：kubelet 确认容器已停止（或是强制删除）。' });
    return out;
  }
  if (a?.status.phase !== b.status.phase) {
    const why = PHASE_WHY[b.status.phase] ?? { en: b.status.reason ?? '', zh: b.status.reason ?? '' };
    const reason = b.status.reason ? ` (reason ${b.status.reason})` : '';
    out.push({
      t, kind: 'phase', concept: 'pod-phase', rule: 'kubelet/kubelet_pods.go getPhase',
      tone: b.status.phase === 'Failed' ? 'warning' : 'normal',
      en: a ? `Phase ${a.status.phase} → ${b.status.phase}${reason}: ${why.en}.` : `The Pod is created; phase ${b.status.phase}: ${why.en}.`,
      zh: a ? `phase 从 ${a.status.phase} 变为 ${b.status.phase}${reason ? `（reason ${b.status.reason}）` : ''}：${why.zh}。` : `Pod 被创建，phase 为 ${b.status.phase}：${why.zh}。`,
    });
  }
  for (const cond of b.status.conditions ?? []) {
    const before = a?.status.conditions?.find((x) => x.type === cond.type)?.status;
    if (before === cond.status || (before === undefined && cond.status === 'False' && !a)) continue;
    if (before === undefined && cond.type === 'PodScheduled') continue; // the Scheduled event says it
    const why = CONDITION_WHY[cond.type] ?? { en: `an external controller set it (readiness gate)`, zh: '由外部控制器设置（readiness gate）' };
    const noInit = cond.type === 'Initialized' && ctx.trace.pod.initContainers.length === 0;
    const detail = cond.status === 'True'
      ? noInit ? { en: 'there are no init containers', zh: '没有 init container' } : why
      : cond.reason || cond.message
        ? { en: `${cond.reason ?? ''}${cond.message ? ` — ${cond.message}` : ''}`, zh: `${cond.reason ?? ''}${cond.message ? ` — ${cond.message}` : ''}` }
        : { en: `no longer true that ${why.en}`, zh: `不再满足：${why.zh}` };
    const gate = ctx.trace.pod.readinessGates.includes(cond.type);
    out.push({
      t, kind: 'condition', concept: gate || cond.type === 'Ready' && ctx.trace.pod.readinessGates.length ? 'readiness-gates' : 'pod-conditions',
      rule: gate ? 'kubelet/status/generate.go (readiness gates)' : 'kubelet/status/generate.go',
      ...(cond.status === 'False' ? { tone: 'warning' as const } : {}),
      ...(gate && ctx.rangeOf('spec.readinessGates') ? { fieldPath: 'spec.readinessGates', range: ctx.rangeOf('spec.readinessGates')! } : {}),
      en: `${cond.type} = ${cond.status}: ${detail.en}.`,
      zh: `${cond.type} 变为 ${cond.status}：${detail.zh}。`,
    });
  }
  for (const cs of statuses(b)) {
    const old = statuses(a).find((x) => x.name === cs.name);
    const item = containerChange(ctx, t, old, cs);
    if (item) out.push(item);
  }
  if (b.metadata.deletionTimestamp && !a?.metadata.deletionTimestamp) out.push(deletion(ctx, t, b));
  const before = new Set(prev?.endpoints ?? []);
  const after = new Set(f.endpoints);
  for (const s of after) if (!before.has(s)) out.push(endpoint(ctx, t, s, true));
  for (const s of before) if (!after.has(s)) out.push(endpoint(ctx, t, s, false, b));
  return out;
}

function containerChange(ctx: Ctx, t: number, old: ContainerStatus | undefined, cs: ContainerStatus): NarrationItem | undefined {
  const c = ctx.container(cs.name);
  const term = cs.state.terminated;
  if (term && !old?.state.terminated) {
    const killed = term.exitCode === 137 ? { en: ' (137 = 128 + 9: killed by SIGKILL)', zh: '（137 = 128 + 9：被 SIGKILL 杀死）' } : term.exitCode === 143 ? { en: ' (143 = 128 + 15: ended by SIGTERM)', zh: '（143 = 128 + 15：因 SIGTERM 结束）' } : { en: '', zh: '' };
    const oom = term.reason === 'OOMKilled';
    const after = c ? restartOutlook(ctx, c, t) : undefined;
    const initOk = c?.kind === 'init' && term.exitCode === 0 ? { en: 'the next init container (or the app containers) can start', zh: '下一个 init container（或应用容器）可以启动' } : undefined;
    const onFailure0 = ctx.trace.pod.restartPolicy === 'OnFailure' && term.exitCode === 0 && c?.kind === 'app' ? { en: 'restartPolicy OnFailure and exit code 0 → it is not restarted', zh: 'restartPolicy 为 OnFailure 且退出码为 0 → 不会重启' } : undefined;
    const next = initOk ?? onFailure0 ?? after;
    return withField({
      t, kind: 'container', container: cs.name, concept: oom ? 'oom' : c?.kind === 'init' ? 'init-containers' : 'restart-policy',
      rule: 'kubelet/kubelet_pods.go convertToAPIContainerStatuses', tone: term.exitCode === 0 ? 'normal' : 'warning',
      en: `${cs.name} terminated: exit code ${term.exitCode}${killed.en}, reason ${term.reason ?? 'Error'}${oom && c?.memoryLimitBytes ? ' (memory limit exceeded)' : ''}${next ? `; ${next.en}` : ''}.`,
      zh: `${cs.name} 已终止：退出码 ${term.exitCode}${killed.zh}，reason 为 ${term.reason ?? 'Error'}${oom && c?.memoryLimitBytes ? '（超出内存限制）' : ''}${next ? `；${next.zh}` : ''}。`,
    }, after && !initOk && !onFailure0 ? after.quote : c ? { path: c.path, ...(ctx.rangeOf(c.path) ? { range: ctx.rangeOf(c.path)! } : {}), en: '', zh: '' } : undefined);
  }
  const last = cs.state.terminated ? undefined : cs.lastState.terminated;
  if (old && last && cs.restartCount > old.restartCount && !old.state.terminated) {
    // Exited and restarted between two frames: the exit is only visible in lastState.
    const killed = last.exitCode === 137 ? { en: ' (137 = 128 + 9: SIGKILL)', zh: '（137 = 128 + 9：SIGKILL）' } : { en: '', zh: '' };
    return withField({
      t, kind: 'restart', container: cs.name, concept: 'restart-policy', rule: 'kuberuntime/kuberuntime_manager.go computePodActions', tone: 'warning',
      en: `${cs.name} is restarted in place (the Pod is not re-created): RESTARTS ${cs.restartCount}; lastState keeps the previous run — exit code ${last.exitCode}${killed.en}, reason ${last.reason ?? 'Error'}.`,
      zh: `${cs.name} 原地重启（Pod 不会被重新创建）：RESTARTS 为 ${cs.restartCount}；lastState 保存上一次运行——退出码 ${last.exitCode}${killed.zh}，reason 为 ${last.reason ?? 'Error'}。`,
    }, c ? ctx.field('spec.restartPolicy', ctx.trace.pod.restartPolicy) : undefined);
  }
  const w = cs.state.waiting?.reason;
  if (w && w !== old?.state.waiting?.reason && w !== 'ContainerCreating' && w !== 'PodInitializing' && w !== 'CrashLoopBackOff') {
    return { t, kind: 'container', container: cs.name, concept: /Image|Pull/.test(w) ? 'image-pull' : 'container-states', rule: 'kubelet/kubelet_pods.go convertToAPIContainerStatuses', tone: 'warning', en: `${cs.name} is Waiting with reason ${w}${cs.state.waiting?.message ? `: ${cs.state.waiting.message}` : ''}.`, zh: `${cs.name} 处于 Waiting，reason 为 ${w}${cs.state.waiting?.message ? `：${cs.state.waiting.message}` : ''}。` };
  }
  if (old && old.ready !== cs.ready && cs.state.running) {
    const probe = c?.readinessProbe;
    const q = probe ? ctx.field(`${probe.path}.${cs.ready ? 'successThreshold' : 'failureThreshold'}`, cs.ready ? probe.successThreshold : probe.failureThreshold) : undefined;
    return withField({
      t, kind: 'probe', container: cs.name, concept: 'readiness-probe', rule: 'prober/prober_manager.go UpdatePodStatus', ...(cs.ready ? {} : { tone: 'warning' as const }),
      en: cs.ready ? `${cs.name} is ready${q ? `: the readinessProbe succeeded (${q.en})` : ' (no readinessProbe: ready as soon as it runs)'}.` : `${cs.name} is no longer ready${q ? ` (${q.en})` : ''}.`,
      zh: cs.ready ? `${cs.name} 已就绪${q ? `：readinessProbe 成功（${q.zh}）` : '（没有 readinessProbe：一运行即就绪）'}。` : `${cs.name} 不再就绪${q ? `（${q.zh}）` : ''}。`,
    }, q);
  }
  return undefined;
}

function deletion(ctx: Ctx, t: number, pod: PodObject): NarrationItem {
  const spec = ctx.trace.pod.terminationGracePeriodSeconds;
  const grace = pod.metadata.deletionGracePeriodSeconds ?? spec;
  const q = ctx.field('spec.terminationGracePeriodSeconds', spec);
  const fromRequest = grace !== spec;
  return withField({
    t, kind: 'delete', concept: 'grace-period', rule: 'registry/core/pod/strategy.go CheckGracefulDelete', tone: 'warning',
    en: `Delete requested: the API sets deletionTimestamp = now + ${grace} s (${fromRequest ? `--grace-period from the request, instead of ${q.en}` : q.en}). STATUS shows Terminating, the Pod leaves the Service endpoints, and nothing restarts from now on.`,
    zh: `收到删除请求：API 设置 deletionTimestamp = 现在 + ${grace} 秒（${fromRequest ? `来自请求的 --grace-period，而不是 ${q.zh}` : q.zh}）。STATUS 显示 Terminating，Pod 从 Service endpoints 中移除，之后不再重启任何容器。`,
  }, q);
}

function endpoint(ctx: Ctx, t: number, svc: string, added: boolean, pod?: PodObject): NarrationItem {
  const terminating = !!pod?.metadata.deletionTimestamp;
  return {
    t, kind: 'endpoint', concept: 'endpoints', rule: 'endpointslice/utils.go podToEndpoint', ...(added ? {} : { tone: 'warning' as const }),
    en: added ? `Service ${svc} now sends traffic to the Pod: its selector matches and the Pod is Ready.` : `Service ${svc} stops sending traffic to the Pod: ${terminating ? 'it is terminating' : 'it is not Ready'}.`,
    zh: added ? `Service ${svc} 开始把流量发往该 Pod：selector 匹配且 Pod 为 Ready。` : `Service ${svc} 不再把流量发往该 Pod：${terminating ? 'Pod 正在终止' : 'Pod 未就绪'}。`,
    ...(ctx.rangeOf('metadata.labels') ? { fieldPath: 'metadata.labels', range: ctx.rangeOf('metadata.labels')! } : {}),
  };
}
