/**
 * `explain` reasons in the UI language. The engine hands out coded parts (engine/views/explainText.ts)
 * with English templates; the Chinese ones live here. Cluster text inside the variables (reasons,
 * messages, names, timestamps) and Kubernetes terms stay in English, as everywhere in PodLife.
 */
import { EXPLAIN_EN, renderReason, type ExplainCode, type ReasonPart } from '@/engine';
import type { Lang } from './index';

export const EXPLAIN_ZH: Record<ExplainCode, string> = {
  'rule.init-failed-never': '有 init 容器失败且 restartPolicy 为 Never，因此 Pod 已失败',
  'rule.init-pending': 'init 容器（或尚未 started 的 sidecar）仍未完成，因此 Pod 处于 Pending',
  'rule.containers-waiting': '有容器正在等待首次启动，因此 Pod 处于 Pending',
  'rule.containers-running': '至少一个容器在运行且每个容器都有状态，因此 Pod 处于 Running',
  'rule.terminal-all-succeeded': 'Pod 已终结（运行完毕，或删除后被清理）且所有容器都以 0 退出，因此为 Succeeded',
  'rule.terminal-some-failed': 'Pod 已终结（运行完毕，或删除后被清理）且有容器以非 0 退出，因此为 Failed',
  'rule.stopped-restart-always': '没有容器在运行，但 restartPolicy Always 会重启它们，因此 Pod 仍是 Running',
  'rule.stopped-all-succeeded': '所有容器都以 0 退出且不会再重启，因此 Pod 为 Succeeded',
  'rule.stopped-failed-never': '所有容器都已停止，其中有失败的，且 restartPolicy Never 不会重启它，因此 Pod 为 Failed',
  'rule.stopped-failed-onfailure': '有容器失败，restartPolicy OnFailure 会重启它，因此 Pod 仍是 Running',
  'rule.default-pending': '有容器还没有状态（kubelet 尚未上报），因此 Pod 处于 Pending',
  'phase.derived': 'phase {phase}：{rule}（getPhase 规则 {ruleId}）',
  'phase.unreported': '对象没有 status.phase：还没有 kubelet 上报过这个 Pod',
  'phase.mismatch': 'status.phase 写的是 {reported}，但按 kubelet 的规则，这些容器状态得出的是 {phase}{why}',
  'phase.mismatch.terminal': '；终结状态的 phase 永远不会再变回去（Pod 被终止、驱逐或已超过期限）',
  'phase.mismatch.reason': '；status.reason {reason} 是由节点或控制器设置的',
  'pod.statusReason': 'status.reason {reason}{message}',
  'pod.gated': '未调度：设置了调度门控（{gates}）；调度器会等到它们被移除',
  'pod.unscheduled': '未调度：{reason}{message}',
  'pod.unbound': '尚未绑定到节点（没有 spec.nodeName）：调度器还没有安排它',
  'pod.nodeLost': '在失联节点上请求了删除（status.reason NodeLost）：在节点恢复或 Pod 被垃圾回收之前，kubectl 显示 Unknown',
  'pod.deleting':
    '已请求删除：deletionTimestamp {timestamp}，宽限期 {grace}s{left}；kubelet 先发送 SIGTERM（在 preStop 钩子之后），到期限时发送 SIGKILL，对象消失之前 kubectl 一直显示 Terminating',
  'pod.graceLeft': '（宽限期还剩 {duration}）',
  'pod.condition': '条件 {type} 为 {status}{detail}',
  'pod.gate': 'readiness gate {type} 为 {status}{detail}',
  'pod.noSandbox': '没有带网络的 Pod 沙箱：尚未创建，或已被拆除',
  'pod.gateMissing': 'readiness gate {type}：对应的条件不存在，因此 Pod 无法 Ready',
  'label.init': 'init 容器 {name}（第 {index} 个，共 {count} 个）',
  'label.sidecar': 'sidecar {name}（第 {index} 个，共 {count} 个）',
  'label.container': '容器 {name}',
  'c.lastExit': '上次退出码 {code}{reason}{finished}{message}',
  'c.finished': '，结束于{ago}',
  'c.ago': ' {duration} 前',
  'c.crashLoop':
    '{label} 处于 CrashLoopBackOff：它反复退出，kubelet 每次重启前等待更久（10s 起翻倍，最长 5m）；{lastExit}；已重启 {restarts} 次{message}',
  'c.noPreviousExit': '没有上次退出的记录',
  'c.imagePull': '{label} 无法拉取镜像 "{image}"：{reason}{message}{backoff}',
  'c.imagePullBackOff': '（kubelet 以退避方式重试，10s 起翻倍，最长 5m）',
  'c.podInitializing': '{label} 正在等待 init 容器完成（PodInitializing）',
  'c.creating': '{label} 正在创建（ContainerCreating）：正在拉取镜像、准备卷或执行 postStart 钩子',
  'c.waiting': '{label} 正在等待{reason}{message}{lastExit}',
  'c.terminated': '{label} 已终止，退出码 {code}{signal}{reason}{oom}{message}{restart}',
  'c.sigkill': '（137 = SIGKILL）',
  'c.sigterm': '（143 = SIGTERM）',
  'c.oom': '（因超出内存限制被杀）',
  'c.neverRestarted': '；restartPolicy Never：它不会被重启',
  'c.initNoStatus': '{label} 还没有状态：它尚未启动',
  'c.sidecarUnready': '{label} 在运行但未就绪：它的 readinessProbe 失败',
  'c.restarted': '{label} 已重启 {restarts} 次；{lastExit}',
  'c.sidecarNotStarted': '{label} 在运行但尚未 started：它的 startupProbe 还没有成功，所以下一个 init 容器在等待',
  'c.initRunning': '{label} 正在运行；它以 0 退出后，后面的容器才会启动',
  'c.initFailed': '{label} 失败，退出码 {code}{reason}；{then}',
  'c.initFailed.never': 'restartPolicy Never：Pod 失败',
  'c.initFailed.retry': 'restartPolicy {policy}：它会被重试，Pod 保持 Pending',
  'c.noStatus': '{label} 还没有状态',
  'c.notStarted': '{label} 在运行但尚未 started：它的 startupProbe 还没有成功（livenessProbe 和 readinessProbe 都在等它）',
  'c.readinessFailing': '{label} 未就绪：readinessProbe 失败（或尚未成功）',
  'c.notReady': '{label} 在运行但未就绪',
  'frag.detail': '：{text}',
  'frag.paren': '（{text}）',
  'frag.semi': '；{text}',
  'word.none': '（无）',
};

const TEMPLATES: Record<Lang, Readonly<Record<ExplainCode, string>>> = { en: EXPLAIN_EN, zh: EXPLAIN_ZH };

/**
 * One coded `explain` reason in `lang`.
 * @example explainText('zh', { code: 'label.container', vars: { name: 'app' } }) // "容器 app"
 */
export function explainText(lang: Lang, reason: ReasonPart): string {
  return renderReason(TEMPLATES[lang], reason);
}

/**
 * The reasons of an explain result in `lang`: the coded details when the result has them, else the
 * English sentences as they are (a result made without `{ details: true }`).
 */
export function explainReasons(lang: Lang, result: { reasons: string[]; details?: ReasonPart[] }): string[] {
  return result.details ? result.details.map((d) => explainText(lang, d)) : result.reasons;
}
