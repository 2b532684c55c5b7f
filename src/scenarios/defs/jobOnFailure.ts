import type { ScenarioDef } from '../types';

/** A Job Pod with restartPolicy OnFailure retries in place: fails twice, then succeeds. */
export const jobOnFailure = {
  id: 'job-onfailure-retries',
  topic: 'jobs',
  title: { en: 'Job with restartPolicy OnFailure: fails twice, then succeeds', zh: 'restartPolicy OnFailure 的 Job：失败两次后成功' },
  summary: {
    en: 'The worker fails on its first two runs and succeeds on the third (podlife/behavior `runs`). With restartPolicy OnFailure the kubelet restarts the container in the same Pod — immediately the first time, after a 10 s back-off the second — and the phase stays Running in between (getPhase: OnFailure with a failed container → Running). The third run exits 0: the Pod is Succeeded, STATUS Completed, RESTARTS 2.',
    zh: 'worker 前两次运行失败，第三次成功（podlife/behavior `runs`）。restartPolicy 为 OnFailure 时 kubelet 在同一个 Pod 内重启容器——第一次立即重启，第二次在 10 秒 back-off 之后——期间 phase 保持 Running（getPhase：OnFailure 且有失败容器 → Running）。第三次以 0 退出：Pod 变为 Succeeded，STATUS 为 Completed，RESTARTS 为 2。',
  },
  source: 'kubernetes.io "Jobs — Handling Pod and container failures"; seed article 4 §4.3',
  manifest: `apiVersion: batch/v1
kind: Job
metadata:
  name: batch-onfailure
spec:
  backoffLimit: 6
  template:
    metadata:
      annotations:
        podlife/behavior: |
          worker:
            runs:
            - exit: {after: 2s, code: 1}
            - exit: {after: 2s, code: 1}
            - exit: {after: 2s, code: 0}
    spec:
      restartPolicy: OnFailure
      containers:
      - name: worker
        image: busybox:1.36
        command: ["sh", "-c", "echo processing batch; sleep 2"]
`,
  until: 90,
} satisfies ScenarioDef;
