import type { ScenarioDef } from '../types';

/** Seed article 5 (Kubernetes Patterns): a 30 s postStart keeps the container Waiting and the Pod Pending. */
export const postStartSleep = {
  id: 'poststart-sleep-30',
  topic: 'hooks',
  title: { en: 'A 30-second postStart hook', zh: '耗时 30 秒的 postStart 钩子' },
  summary: {
    en: 'The postStart hook runs `sleep 30 && echo "Wake up!" > /tmp/postStart_done`. The kubelet runs it synchronously inside the pod sync, so for 30 s no new status is written: the container is reported waiting (ContainerCreating) and the Pod Pending, although its process already runs. When the hook returns, the container shows Running with a startedAt from before the hook.',
    zh: 'postStart 钩子执行 `sleep 30 && echo "Wake up!" > /tmp/postStart_done`。kubelet 在 Pod 同步过程中同步地执行它，所以这 30 秒里不会写入新的状态：容器被报告为 waiting（ContainerCreating），Pod 为 Pending，尽管容器进程其实已经在运行。钩子返回后容器显示为 Running，其 startedAt 早于钩子开始的时间。',
  },
  source: 'Seed article 5 (Kubernetes 设计模式笔记 — 生命周期管理), post-start-hook',
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: post-start-hook
spec:
  containers:
  - image: k8spatterns/random-generator:1.0
    name: random-generator
    lifecycle:
      postStart:
        exec:
          command:
          - sh
          - -c
          - sleep 30 && echo "Wake up!" > /tmp/postStart_done
`,
  until: 90,
  corrections: [
    {
      en: 'The article says Kubernetes offers "postStart and postStop"; the second hook is preStop.',
      zh: '原文说 Kubernetes 提供了 “postStart 和 postStop”，第二个钩子应为 preStop。',
    },
    {
      en: '"Waiting while the hook runs" describes the reported status, not the process: the entrypoint is already running and the hook races with it. A postStart that fails (non-zero exit) makes the kubelet kill the container (FailedPostStartHook), which is then restarted according to restartPolicy.',
      zh: '“钩子执行期间容器处于 Waiting”描述的是上报的状态，而不是进程：entrypoint 已经在运行，钩子与它并发执行。postStart 失败（非 0 退出）时 kubelet 会杀掉容器（FailedPostStartHook），之后按 restartPolicy 重启。',
    },
  ],
} satisfies ScenarioDef;
