import type { ScenarioDef } from '../types';

/** A Job Pod with restartPolicy Never: one failure fails the Pod. */
export const jobNever = {
  id: 'job-never-fails',
  topic: 'jobs',
  title: { en: 'Job with restartPolicy Never: the Pod fails', zh: 'restartPolicy Never 的 Job：Pod 失败' },
  summary: {
    en: 'The container exits 1. With restartPolicy Never the kubelet does not restart it, and since a regular container failed the phase is Failed (STATUS Error, RESTARTS 0). Retrying is then the Job controller\'s business: it would create a new Pod, up to backoffLimit times — PodLife follows this first Pod only.',
    zh: '容器以 1 退出。restartPolicy 为 Never 时 kubelet 不会重启它，由于有常规容器失败，phase 为 Failed（STATUS 为 Error，RESTARTS 为 0）。之后的重试由 Job controller 负责：它会创建新的 Pod，最多 backoffLimit 次——PodLife 只跟踪第一个 Pod。',
  },
  source: 'kubernetes.io "Jobs — Pod backoff failure policy"',
  manifest: `apiVersion: batch/v1
kind: Job
metadata:
  name: batch-never
spec:
  backoffLimit: 4
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: worker
        image: busybox:1.36
        command: ["sh", "-c", "echo processing batch; sleep 3; echo failed >&2; exit 1"]
`,
  until: 60,
} satisfies ScenarioDef;
