/** Short glossary entries the narration links to (en/zh; Kubernetes terms stay in English). */
import type { Bilingual, ConceptId } from './types';

export interface Concept {
  id: ConceptId;
  title: Bilingual;
  body: Bilingual;
}

const c = (id: ConceptId, title: [string, string], en: string, zh: string): Concept => ({ id, title: { en: title[0], zh: title[1] }, body: { en, zh } });

/** Every concept, by id. */
export const GLOSSARY: Record<ConceptId, Concept> = {
  'pod-phase': c('pod-phase', ['Pod phase', 'Pod phase（相位）'], 'A one-word summary computed by the kubelet (getPhase): Pending until every container has run, Running while one runs or restarts, Succeeded/Failed when all are terminated and none will restart.', 'kubelet 计算出的一个词的概括（getPhase）：所有容器运行前为 Pending，有容器在运行或重启时为 Running，全部结束且不再重启时为 Succeeded/Failed。'),
  'pod-conditions': c('pod-conditions', ['Pod conditions', 'Pod conditions（状况）'], 'PodScheduled, PodReadyToStartContainers, Initialized, ContainersReady, Ready: each True/False with a reason. Ready decides whether Services send traffic.', 'PodScheduled、PodReadyToStartContainers、Initialized、ContainersReady、Ready：每个为 True/False 并带 reason。Ready 决定 Service 是否转发流量。'),
  scheduling: c('scheduling', ['Scheduling', '调度'], 'The scheduler binds the Pod to a node; from then on that node\'s kubelet runs it.', '调度器把 Pod 绑定到一个节点；之后由该节点的 kubelet 运行它。'),
  'image-pull': c('image-pull', ['Image pull', '镜像拉取'], 'imagePullPolicy Always pulls every start; IfNotPresent only when missing; Never never pulls. Failures back off (ImagePullBackOff, 10 s doubling to 300 s).', 'imagePullPolicy 为 Always 时每次启动都拉取；IfNotPresent 仅在缺失时拉取；Never 从不拉取。失败会退避（ImagePullBackOff，10 秒起翻倍至 300 秒）。'),
  'container-states': c('container-states', ['Container states', '容器状态'], 'Each container is Waiting (with a reason), Running, or Terminated (exit code, reason). lastState keeps the previous run.', '每个容器处于 Waiting（带 reason）、Running 或 Terminated（退出码、reason）。lastState 保存上一次运行。'),
  'init-containers': c('init-containers', ['Init containers', 'Init containers'], 'Run one at a time, in order, each to exit 0, before the app containers start. A failure restarts the init container (restartPolicy Never: the Pod fails).', '按顺序逐个运行，每个都要以 0 退出，然后应用容器才启动。失败时重启该 init container（restartPolicy 为 Never 时 Pod 失败）。'),
  sidecars: c('sidecars', ['Sidecar containers', 'Sidecar 容器'], 'An init container with restartPolicy: Always. Starts in order, keeps running beside the app, restarts on its own, and stops after the app containers, in reverse order.', 'restartPolicy: Always 的 init container。按顺序启动，与应用并行运行，自行重启，在应用容器之后按相反顺序停止。'),
  'post-start': c('post-start', ['postStart hook', 'postStart 钩子'], 'Runs right after the container is created, concurrently with its entrypoint. The container is not Running until the hook returns; a failed hook kills the container.', '容器创建后立即运行，与入口进程并发。钩子返回前容器不是 Running；钩子失败会杀死容器。'),
  'pre-stop': c('pre-stop', ['preStop hook', 'preStop 钩子'], 'Runs before SIGTERM when a container is stopped. Its time is part of the grace period, not added to it.', '容器停止时在 SIGTERM 之前运行。它的时间属于宽限期的一部分，不会额外增加。'),
  'liveness-probe': c('liveness-probe', ['livenessProbe', 'livenessProbe（存活探针）'], 'After failureThreshold consecutive failures the kubelet kills the container; restartPolicy then decides whether it restarts.', '连续失败 failureThreshold 次后 kubelet 杀死容器；是否重启由 restartPolicy 决定。'),
  'readiness-probe': c('readiness-probe', ['readinessProbe', 'readinessProbe（就绪探针）'], 'Decides the container\'s ready flag, hence the Ready condition and Service endpoints. Never restarts anything.', '决定容器的 ready 标志，进而决定 Ready condition 和 Service endpoints。从不重启任何东西。'),
  'startup-probe': c('startup-probe', ['startupProbe', 'startupProbe（启动探针）'], 'Holds liveness and readiness back until it succeeds; failureThreshold × periodSeconds is the time allowed to start.', '成功之前不运行 liveness 和 readiness；failureThreshold × periodSeconds 就是允许的启动时间。'),
  'restart-policy': c('restart-policy', ['restartPolicy', 'restartPolicy（重启策略）'], 'Always restarts every exit; OnFailure only non-zero exits; Never none. It applies to containers in place — the Pod itself is never re-created by the kubelet.', 'Always 任何退出都重启；OnFailure 仅非零退出时重启；Never 不重启。它作用于原地的容器——kubelet 从不重新创建 Pod。'),
  'crash-loop-back-off': c('crash-loop-back-off', ['CrashLoopBackOff', 'CrashLoopBackOff'], 'Between restarts the kubelet waits 0, 10, 20, 40, 80, 160, then 300 s; the wait resets after 10 minutes of running.', '两次重启之间 kubelet 依次等待 0、10、20、40、80、160 秒，之后 300 秒；容器运行 10 分钟后重置。'),
  termination: c('termination', ['Termination', '终止'], 'Stopping a container: preStop hook, then SIGTERM, then SIGKILL when the grace period is over.', '停止容器：先 preStop 钩子，再 SIGTERM，宽限期结束后 SIGKILL。'),
  'grace-period': c('grace-period', ['Grace period', '宽限期'], 'terminationGracePeriodSeconds (default 30) or the delete\'s --grace-period: the total time for preStop + SIGTERM before SIGKILL.', 'terminationGracePeriodSeconds（默认 30）或删除时的 --grace-period：preStop 加 SIGTERM 在 SIGKILL 之前的总时间。'),
  endpoints: c('endpoints', ['Service endpoints', 'Service endpoints'], 'A Service sends traffic to Pods whose labels match its selector and whose Ready condition is True (and that are not terminating).', 'Service 把流量发给 labels 匹配其 selector、Ready 为 True（且未在终止）的 Pod。'),
  'active-deadline': c('active-deadline', ['activeDeadlineSeconds', 'activeDeadlineSeconds'], 'Counted from status.startTime; when exceeded the Pod fails with reason DeadlineExceeded and its containers are killed.', '从 status.startTime 开始计时；超时后 Pod 以 DeadlineExceeded 失败，容器被杀死。'),
  'node-lost': c('node-lost', ['Node lost', '节点失联'], 'When a node stops reporting, the node controller sets Ready=False on its Pods; the phase is not changed to Unknown any more.', '节点停止上报后，node controller 把其上 Pod 的 Ready 设为 False；phase 不再被改为 Unknown。'),
  oom: c('oom', ['OOMKilled', 'OOMKilled'], 'The kernel killed the process for exceeding its memory limit: exit code 137, reason OOMKilled; restartPolicy decides the rest.', '进程超出内存限制被内核杀死：退出码 137，reason 为 OOMKilled；之后由 restartPolicy 决定。'),
  'readiness-gates': c('readiness-gates', ['Readiness gates', 'Readiness gates'], 'Extra conditions, set by other controllers, that must be True before the Pod is Ready.', '由其他控制器设置的额外 condition，必须为 True，Pod 才会 Ready。'),
  'article-correction': c('article-correction', ['Article correction', '文章勘误'], 'Where the source article is wrong or outdated for today\'s Kubernetes.', '原文与当今 Kubernetes 不符或已过时之处。'),
};
