import type { ScenarioDef } from '../types';

/** Deletion of an app that ignores SIGTERM (PID 1 without a handler). */
export const sigtermIgnored = {
  id: 'sigterm-ignored',
  topic: 'termination',
  title: { en: 'An app that ignores SIGTERM takes 30 s to delete', zh: '忽略 SIGTERM 的应用需要 30 秒才能删除' },
  summary: {
    en: '`sh -c "sleep 3600"` execs sleep as PID 1, and PID 1 has no default action for SIGTERM: the signal is ignored. The Pod is deleted at 10 s: it shows Terminating, the kubelet sends SIGTERM, nothing happens, and at the end of terminationGracePeriodSeconds (30 s) the runtime sends SIGKILL — exit code 137, phase Failed, and the Pod object disappears at about 40 s.',
    zh: '`sh -c "sleep 3600"` 会让 sleep 直接成为 PID 1，而 PID 1 对 SIGTERM 没有默认动作：信号被忽略。第 10 秒删除 Pod：显示 Terminating，kubelet 发送 SIGTERM，毫无反应，直到 terminationGracePeriodSeconds（30 秒）结束时运行时发送 SIGKILL——退出码 137，phase 为 Failed，Pod 对象在约 40 秒时消失。',
  },
  source: 'Seed article 1 §五 and seed article 5 (SIGTERM / SIGKILL); kubernetes.io "Pod Lifecycle — Termination of Pods"',
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: stubborn
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "sleep 3600"]
`,
  interventions: ['10 delete'],
  until: 60,
  corrections: [
    {
      en: 'Seed article 1 lists the deletion steps as if the API object is removed when the grace period ends. Today the kubelet first reports a terminal phase (Succeeded or Failed, since 1.27) and then deletes the object with grace 0; the endpoint is marked not-ready (terminating) as soon as deletionTimestamp is set.',
      zh: '种子文章 1 描述的删除步骤好像宽限期一结束 API 对象就被删除。如今 kubelet 会先上报终态 phase（Succeeded 或 Failed，1.27 起），然后再以宽限期 0 删除对象；一旦设置了 deletionTimestamp，endpoint 就会被标记为未就绪（terminating）。',
    },
  ],
} satisfies ScenarioDef;
