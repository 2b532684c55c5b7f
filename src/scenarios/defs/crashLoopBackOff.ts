import type { ScenarioDef } from '../types';

/** A container that always exits 1: the back-off doubles from 10 s to the 5-minute cap. */
export const crashLoopBackOff = {
  id: 'crashloop-backoff',
  topic: 'restarts',
  title: { en: 'CrashLoopBackOff up to the 5-minute cap', zh: 'CrashLoopBackOff 直到 5 分钟上限' },
  summary: {
    en: 'The container exits 1 right away, every time. restartPolicy Always restarts it: the first restart is immediate, then the kubelet waits 10 s, 20 s, 40 s, 80 s, 160 s and from then on 300 s (the cap) between a crash and the next start. While it waits, the container is waiting with reason CrashLoopBackOff ("back-off 40s restarting failed container=…") and a BackOff event; the phase stays Running. The delay would reset only after a run of more than 10 minutes.',
    zh: '容器每次都立即以 1 退出。restartPolicy Always 会重启它：第一次立即重启，之后 kubelet 在崩溃与下次启动之间依次等待 10 秒、20 秒、40 秒、80 秒、160 秒，此后固定为 300 秒（上限）。等待期间容器处于 waiting，reason 为 CrashLoopBackOff（“back-off 40s restarting failed container=…”），并有 BackOff 事件；phase 保持 Running。只有容器连续运行超过 10 分钟，延迟才会重置。',
  },
  source: 'Seed article 1 §四 (10s、20s、40s、80s、160s、300s); kubernetes.io "Pod Lifecycle — Container restarts"',
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: crashloop
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "echo starting; exit 1"]
`,
  until: 1500,
  corrections: [
    {
      en: 'The article\'s sequence (immediate, then 10 s, 20 s, 40 s, 80 s, 160 s, 300 s max) is still right. It omits that the back-off resets after a container has run for 10 minutes, and that in 1.31–1.34 a restart can land up to ~15 s after the window because the pod worker re-checks on its own timer.',
      zh: '原文的序列（立即，然后 10 秒、20 秒、40 秒、80 秒、160 秒，最长 300 秒）至今正确。但它没有提到：容器运行超过 10 分钟后 back-off 会重置；在 1.31–1.34 中，由于 pod worker 按自己的节奏复查，实际重启可能比窗口结束晚最多约 15 秒。',
    },
  ],
} satisfies ScenarioDef;
