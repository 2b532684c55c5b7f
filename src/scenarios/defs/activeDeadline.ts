import type { ScenarioDef } from '../types';

/** activeDeadlineSeconds: the kubelet fails the Pod with DeadlineExceeded. */
export const activeDeadline = {
  id: 'active-deadline-exceeded',
  topic: 'jobs',
  title: { en: 'activeDeadlineSeconds: DeadlineExceeded', zh: 'activeDeadlineSeconds 超时：DeadlineExceeded' },
  summary: {
    en: 'activeDeadlineSeconds: 30 limits how long the Pod may be active on the node, counted from status.startTime. At 30 s the kubelet marks the Pod Failed with reason DeadlineExceeded (event "Pod was active on the node longer than the specified deadline", STATUS DeadlineExceeded) and stops its container with the normal grace period; `sleep` as PID 1 ignores SIGTERM, so it is killed at the end of the 30 s grace with exit code 137.',
    zh: 'activeDeadlineSeconds: 30 限制 Pod 在节点上处于活动状态的时长，从 status.startTime 开始计算。第 30 秒 kubelet 把 Pod 标记为 Failed，reason 为 DeadlineExceeded（事件 “Pod was active on the node longer than the specified deadline”，STATUS 为 DeadlineExceeded），并按正常宽限期停止容器；作为 PID 1 的 `sleep` 忽略 SIGTERM，因此在 30 秒宽限期结束时以退出码 137 被杀死。',
  },
  source: 'kubernetes.io API reference PodSpec.activeDeadlineSeconds; pkg/kubelet/active_deadline.go',
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: deadline
spec:
  activeDeadlineSeconds: 30
  restartPolicy: Never
  containers:
  - name: worker
    image: busybox:1.36
    command: ["sleep", "3600"]
`,
  until: 90,
} satisfies ScenarioDef;
