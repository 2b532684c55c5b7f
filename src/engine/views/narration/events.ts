/**
 * One narration item per kubelet/scheduler event (repeats of the same BackOff wait are folded
 * into the first), explaining why it happened with the deciding field and upstream rule.
 */
import type { ProbeType } from '../../model/spec';
import type { SimEvent } from '../../model/trace';
import { probeZh, secs, where, withField, type Ctx } from './context';
import { restartOutlook } from './restart';
import type { NarrationItem } from './types';

const PROBE_OF: Record<string, ProbeType> = { Liveness: 'liveness', Readiness: 'readiness', Startup: 'startup' };

/** Narrates the trace's events. */
export function narrateEvents(ctx: Ctx): NarrationItem[] {
  const out: NarrationItem[] = [];
  for (const e of ctx.trace.events) {
    const item = narrateEvent(ctx, e);
    if (item) out.push(item);
  }
  return out;
}

function narrateEvent(ctx: Ctx, e: SimEvent): NarrationItem | undefined {
  const c = ctx.container(e.container);
  const base = { t: e.t, kind: 'event' as const, ...(e.container ? { container: e.container } : {}), tone: e.type === 'Warning' ? 'warning' as const : 'normal' as const };
  const cause = e.cause ? { path: e.cause, ...(ctx.rangeOf(e.cause) ? { range: ctx.rangeOf(e.cause)! } : {}), en: '', zh: '' } : undefined;
  switch (e.reason) {
    case 'Scheduled':
      return { ...base, concept: 'scheduling', rule: 'scheduler (binding) → PodScheduled=True', en: `The scheduler bound the Pod to ${ctx.trace.pod.nodeName}; the kubelet there takes over.`, zh: `调度器把 Pod 绑定到 ${ctx.trace.pod.nodeName}，由该节点上的 kubelet 接手。` };
    case 'Pulling': {
      const q = c ? ctx.field(`${c.path}.imagePullPolicy`, c.imagePullPolicy) : undefined;
      return withField({ ...base, concept: 'image-pull', rule: 'images/image_manager.go EnsureImageExists', en: `Image ${c?.image ?? ''} is pulled (${q?.en ?? 'imagePullPolicy'}): it is not on the node yet. The container stays Waiting (ContainerCreating).`, zh: `拉取镜像 ${c?.image ?? ''}（${q?.zh ?? 'imagePullPolicy'}）：节点上还没有该镜像。容器保持 Waiting（ContainerCreating）。` }, q);
    }
    case 'Pulled': {
      if (/already present/.test(e.message)) {
        const q = c ? ctx.field(`${c.path}.imagePullPolicy`, c.imagePullPolicy) : undefined;
        return withField({ ...base, concept: 'image-pull', rule: 'images/image_manager.go', en: `No pull: the image is already on the node and ${c?.imagePullPolicy ?? 'IfNotPresent'} allows using it (${q?.en ?? 'imagePullPolicy'}).`, zh: `无需拉取：镜像已在节点上，${c?.imagePullPolicy ?? 'IfNotPresent'} 允许直接使用（${q?.zh ?? 'imagePullPolicy'}）。` }, q);
      }
      return withField({ ...base, concept: 'image-pull', rule: 'images/image_manager.go', en: `Image pulled (${e.message.replace(/^.*? in /, 'in ').replace(/ \(.*$/, '')}).`, zh: `镜像拉取完成（${e.message.replace(/^.*? in /, '用时 ').replace(/ \(.*$/, '')}）。` }, cause);
    }
    case 'Created':
      return undefined; // Created and Started happen together; Started tells the story.
    case 'Started':
      return withField(started(ctx, e, base), cause);
    case 'Unhealthy':
      return unhealthy(ctx, e, base);
    case 'Killing':
      return killing(ctx, e, base);
    case 'BackOff': {
      if (/pulling image/.test(e.message)) {
        return withField({ ...base, concept: 'image-pull', rule: 'images/image_manager.go (imageBackOffPeriod 10 s, max 300 s)', en: 'The pull failed, so the kubelet backs off before trying again (ImagePullBackOff: 10 s doubling to 300 s).', zh: '拉取失败，kubelet 退避后再试（ImagePullBackOff：从 10 秒开始翻倍，最长 300 秒）。' }, cause);
      }
      const span = ctx.trace.spans.find((s) => s.kind === 'backoff' && s.container === e.container && s.start <= e.t && (s.end ?? Infinity) >= e.t);
      const first = ctx.trace.events.find((x) => x.reason === 'BackOff' && x.container === e.container && !/pulling image/.test(x.message) && span && x.t >= span.start);
      if (first && first !== e) return undefined; // one item per back-off window, not one per re-check
      const delay = span ? (span.label ?? secs((span.end ?? ctx.trace.until) - span.start).en) : '';
      const q = ctx.field('spec.restartPolicy', ctx.trace.pod.restartPolicy);
      return withField({ ...base, kind: 'backoff', concept: 'crash-loop-back-off', rule: 'kuberuntime/kuberuntime_manager.go doBackOff', en: `CrashLoopBackOff: the container exited again and restartPolicy ${ctx.trace.pod.restartPolicy}${where(q).en} wants it back, but the kubelet waits ${delay.replace(/s$/, ' s')} first (0, 10, 20, 40 … 300 s between restarts).`, zh: `CrashLoopBackOff：容器再次退出，restartPolicy ${ctx.trace.pod.restartPolicy}${where(q).zh} 要求重启，但 kubelet 先等待 ${delay.replace(/s$/, ' 秒')}（重启间隔依次为 0、10、20、40 … 300 秒）。` }, q);
    }
    case 'Failed':
      return withField({ ...base, concept: 'image-pull', rule: 'images/image_manager.go / kuberuntime_container.go', en: `The kubelet could not start the container: ${e.message}`, zh: `kubelet 无法启动容器：${e.message}` }, cause);
    case 'FailedPostStartHook':
      return withField({ ...base, kind: 'hook', concept: 'post-start', rule: 'kuberuntime/kuberuntime_container.go startContainer', en: 'The postStart hook failed, so the kubelet kills the container (FailedPostStartHook); restartPolicy decides what comes next.', zh: 'postStart 钩子失败，kubelet 杀死容器（FailedPostStartHook）；之后由 restartPolicy 决定。' }, cause);
    case 'FailedPreStopHook':
      return withField({ ...base, kind: 'hook', concept: 'pre-stop', rule: 'kuberuntime/kuberuntime_container.go executePreStopHook', en: 'FailedPreStopHook: the preStop hook did not complete successfully. The kubelet only records it; termination goes on (SIGTERM, then SIGKILL at the deadline).', zh: 'FailedPreStopHook：preStop 钩子没有成功完成。kubelet 只记录事件；终止流程照常继续（SIGTERM，截止时 SIGKILL）。' }, cause);
    case 'DeadlineExceeded': {
      const q = ctx.field('spec.activeDeadlineSeconds', ctx.trace.pod.activeDeadlineSeconds ?? '?');
      return withField({ ...base, concept: 'active-deadline', rule: 'kubelet/active_deadline.go', en: `The Pod has been active longer than ${q.en}: phase Failed, reason DeadlineExceeded, and its containers are killed.`, zh: `Pod 运行时间超过 ${q.zh}：phase 变为 Failed，reason 为 DeadlineExceeded，容器被杀死。` }, q);
    }
    case 'NodeNotReady':
      return { ...base, concept: 'node-lost', rule: 'controller/util/node MarkPodsNotReady', en: 'The node stopped reporting: the node controller sets Ready=False. The phase is left as it was (Unknown is not set any more).', zh: '节点失联：node controller 把 Ready 设为 False。phase 保持不变（如今已不再设置 Unknown）。' };
    default:
      return withField({ ...base, concept: 'container-states', rule: 'kubelet/events/event.go', en: `${e.reason}: ${e.message}`, zh: `${e.reason}：${e.message}` }, cause);
  }
}

type Base = Pick<NarrationItem, 't' | 'kind' | 'container' | 'tone'>;

function started(ctx: Ctx, e: SimEvent, base: Base): Omit<NarrationItem, 'fieldPath' | 'range'> {
  const c = ctx.container(e.container);
  const restarts = ctx.trace.events.filter((x) => x.reason === 'Started' && x.container === e.container && x.t < e.t).length;
  const again = restarts > 0 ? { en: ` (restart #${restarts})`, zh: `（第 ${restarts} 次重启）` } : { en: '', zh: '' };
  if (c?.kind === 'init') {
    return { ...base, concept: 'init-containers', rule: 'kuberuntime/kuberuntime_container.go computeInitContainerActions', en: `Init container ${c.name} started${again.en}. Init containers run one at a time; the next starts only after this one exits 0.`, zh: `init container ${c.name} 启动${again.zh}。init container 逐个运行；它以 0 退出后下一个才会启动。` };
  }
  if (c?.kind === 'sidecar') {
    return { ...base, concept: 'sidecars', rule: 'kuberuntime/kuberuntime_container.go (KEP-753 sidecars)', en: `Sidecar ${c.name} started${again.en} (an init container with restartPolicy: Always). The next container waits only for it to start, not to exit.`, zh: `sidecar ${c.name} 启动${again.zh}（restartPolicy: Always 的 init container）。后面的容器只等它启动，不等它退出。` };
  }
  const hook = c?.postStart ? { en: ' Its postStart hook runs now; the container reports Running only when the hook returns.', zh: '它的 postStart 钩子现在运行；钩子返回后容器才报告为 Running。' } : { en: '', zh: '' };
  return { ...base, concept: 'container-states', rule: 'kuberuntime/kuberuntime_container.go startContainer', en: `Container ${e.container ?? ''} started${again.en}.${hook.en}`, zh: `容器 ${e.container ?? ''} 启动${again.zh}。${hook.zh}` };
}

function unhealthy(ctx: Ctx, e: SimEvent, base: Base): NarrationItem {
  const kind = PROBE_OF[e.message.split(' ')[0] ?? ''] ?? 'liveness';
  const c = ctx.container(e.container);
  const spec = c?.[`${kind}Probe`];
  const rec = ctx.trace.probes.find((p) => p.t === e.t && p.container === e.container && p.probe === kind);
  const threshold = spec?.failureThreshold ?? rec?.threshold ?? 3;
  const q = spec ? ctx.field(`${spec.path}.failureThreshold`, threshold) : undefined;
  const run = rec?.run ?? 1;
  const output = e.message.replace(/^\w+ probe failed: ?/, '').trim();
  const why = output ? { en: ` (${output})`, zh: `（${output}）` } : { en: '', zh: '' };
  const next = run >= threshold
    ? kind === 'readiness'
      ? { en: ' Threshold reached: the container is marked not ready and leaves the Service endpoints; it is not restarted.', zh: '达到阈值：容器被标记为未就绪并从 Service endpoints 中移除；不会被重启。' }
      : { en: ' Threshold reached.', zh: '达到阈值。' }
    : { en: ` ${threshold - run} more in a row and the kubelet acts.`, zh: `再连续失败 ${threshold - run} 次，kubelet 就会采取行动。` };
  const concept = kind === 'liveness' ? 'liveness-probe' : kind === 'readiness' ? 'readiness-probe' : 'startup-probe';
  return withField({
    ...base, kind: 'probe', concept, rule: 'prober/worker.go doProbe',
    en: `${kind} probe failed${why.en}: failure ${Math.min(run, threshold)} of ${q?.en ?? `failureThreshold ${threshold}`}.${next.en}`,
    zh: `${kind} 探针（${probeZh[kind]}）失败${why.zh}：第 ${Math.min(run, threshold)} 次，${q?.zh ?? `failureThreshold ${threshold}`}。${next.zh}`,
  }, q);
}

function killing(ctx: Ctx, e: SimEvent, base: Base): NarrationItem {
  const c = ctx.container(e.container);
  const probe = /failed (liveness|startup) probe/.exec(e.message)?.[1] as 'liveness' | 'startup' | undefined;
  const pod = ctx.trace.pod;
  if (c && probe) {
    const spec = c[`${probe}Probe`];
    const q = spec ? ctx.field(`${spec.path}.failureThreshold`, spec.failureThreshold) : undefined;
    const grace = spec?.terminationGracePeriodSeconds !== undefined
      ? ctx.field(`${spec.path}.terminationGracePeriodSeconds`, spec.terminationGracePeriodSeconds)
      : ctx.field('spec.terminationGracePeriodSeconds', pod.terminationGracePeriodSeconds);
    const after = restartOutlook(ctx, c, e.t);
    const gs = spec?.terminationGracePeriodSeconds ?? pod.terminationGracePeriodSeconds;
    const n = spec?.failureThreshold ?? 3;
    return withField({
      ...base, kind: 'signal', tone: 'warning', concept: probe === 'liveness' ? 'liveness-probe' : 'startup-probe',
      rule: 'prober/worker.go → kuberuntime/kuberuntime_manager.go computePodActions',
      en: `${probe} failed ${n} times in a row (${q?.en ?? `failureThreshold: ${n}`}), so the kubelet kills the container: SIGTERM, then SIGKILL if it still runs after ${gs} s (${grace.en}); ${after.en}.`,
      zh: `${probe} 探针（${probeZh[probe]}）连续失败 ${n} 次（${q?.zh ?? `failureThreshold: ${n}`}），kubelet 杀死容器：先 SIGTERM，${gs} 秒后仍在运行则 SIGKILL（${grace.zh}）；${after.zh}。`,
    }, q);
  }
  const deletion = ctx.trace.frames.find((f) => f.t <= e.t && f.pod?.metadata.deletionTimestamp)?.pod?.metadata;
  const graceS = deletion?.deletionGracePeriodSeconds ?? pod.terminationGracePeriodSeconds;
  const q = ctx.field('spec.terminationGracePeriodSeconds', pod.terminationGracePeriodSeconds);
  const hook = c?.preStop ? { en: 'runs the preStop hook first, then sends SIGTERM', zh: '先运行 preStop 钩子，再发送 SIGTERM' } : { en: 'sends SIGTERM (no preStop hook)', zh: '发送 SIGTERM（没有 preStop 钩子）' };
  const sidecar = c?.kind === 'sidecar' ? { en: ' As a sidecar it gets SIGTERM only after the main containers and later sidecars have stopped.', zh: '作为 sidecar，它要等主容器和排在它后面的 sidecar 都停止后才收到 SIGTERM。' } : { en: '', zh: '' };
  return withField({
    ...base, kind: 'signal', concept: 'termination', rule: 'kuberuntime/kuberuntime_container.go killContainer',
    en: `Stopping ${e.container ?? 'the container'}: the kubelet ${hook.en}; it has ${graceS} s in all (${q.en}${graceS !== pod.terminationGracePeriodSeconds ? `, overridden by the delete request` : ''}) before SIGKILL.${sidecar.en}`,
    zh: `停止 ${e.container ?? '容器'}：kubelet ${hook.zh}；总共有 ${graceS} 秒（${q.zh}${graceS !== pod.terminationGracePeriodSeconds ? '，被删除请求覆盖' : ''}），之后 SIGKILL。${sidecar.zh}`,
  }, q);
}
