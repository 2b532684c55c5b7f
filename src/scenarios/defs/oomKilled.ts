import type { ScenarioDef } from '../types';

/** The docs' memory-limit example: the stress process outgrows its limit and is OOM-killed. */
export const oomKilled = {
  id: 'oom-killed',
  topic: 'restarts',
  title: { en: 'OOMKilled: exceeding the memory limit', zh: 'OOMKilled：超出内存限制' },
  summary: {
    en: 'The container asks for 250 MiB but its memory limit is 100Mi. About 5 s after it starts (podlife/behavior `memory: {oomAfter: 5s}`) the kernel OOM killer ends it: terminated with reason OOMKilled and exit code 137 (128 + SIGKILL). restartPolicy Always restarts it, it is killed again, and the Pod goes into CrashLoopBackOff with lastState showing OOMKilled.',
    zh: '容器要申请 250 MiB 内存，但 memory limit 只有 100Mi。启动约 5 秒后（podlife/behavior `memory: {oomAfter: 5s}`）内核 OOM killer 把它杀掉：terminated，reason 为 OOMKilled，退出码 137（128 + SIGKILL）。restartPolicy Always 使它重启，随后又被杀掉，Pod 进入 CrashLoopBackOff，lastState 显示 OOMKilled。',
  },
  source: 'kubernetes.io/docs/tasks/configure-pod-container/assign-memory-resource ("Exceed a Container\'s memory limit")',
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: memory-demo-2
  annotations:
    podlife/behavior: |
      memory-demo-2-ctr:
        memory:
          oomAfter: 5s
spec:
  containers:
  - name: memory-demo-2-ctr
    image: polinux/stress
    resources:
      requests:
        memory: "50Mi"
      limits:
        memory: "100Mi"
    command: ["stress"]
    args: ["--vm", "1", "--vm-bytes", "250M", "--vm-hang", "1"]
`,
  until: 120,
} satisfies ScenarioDef;
