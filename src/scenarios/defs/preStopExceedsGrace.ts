import type { ScenarioDef } from '../types';

/** A preStop hook longer than the grace period, and the 2 s minimum. */
export const preStopExceedsGrace = {
  id: 'prestop-exceeds-grace',
  topic: 'termination',
  title: { en: 'preStop longer than the grace period', zh: 'preStop 比宽限期还长' },
  summary: {
    en: 'terminationGracePeriodSeconds is 10 but the preStop hook sleeps 30 s. The Pod is deleted at 5 s: Killing, then the hook runs until the 10 s grace is used up and is abandoned; the kubelet still grants a one-off 2 s minimum for SIGTERM, and since `sleep` as PID 1 ignores SIGTERM, SIGKILL comes about 12 s after the delete (exit code 137). The hook\'s time is part of the grace period, not added to it.',
    zh: 'terminationGracePeriodSeconds 为 10，但 preStop 钩子要 sleep 30 秒。第 5 秒删除 Pod：先 Killing，然后钩子一直运行到 10 秒宽限期用完被放弃；kubelet 仍会额外给 SIGTERM 一次性的 2 秒最短时间，由于作为 PID 1 的 `sleep` 忽略 SIGTERM，SIGKILL 在删除后约 12 秒到来（退出码 137）。钩子的时间包含在宽限期之内，而不是额外增加。',
  },
  source: 'Seed article 1 §五 step 6 (额外获取一个时长为2s的小宽限期); kubernetes.io "Container Lifecycle Hooks"',
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: slow-prestop
spec:
  terminationGracePeriodSeconds: 10
  containers:
  - name: app
    image: busybox:1.36
    command: ["sleep", "3600"]
    lifecycle:
      preStop:
        exec:
          command: ["sh", "-c", "sleep 30"]
`,
  interventions: ['5 delete'],
  until: 40,
  corrections: [
    {
      en: 'Seed article 1 says that if preStop is still running at the end of the grace period, "step 2 is executed again" with 2 more seconds. Precisely: the hook is abandoned at the deadline and the container gets a one-off minimum of 2 s between SIGTERM and SIGKILL; the deletion is not restarted.',
      zh: '种子文章 1 说宽限期结束时 preStop 仍未完成，则“第二步会被重新执行”并额外获得 2 秒。准确地说：钩子在截止时被放弃，容器在 SIGTERM 与 SIGKILL 之间获得一次性的最短 2 秒；删除流程并不会重新开始。',
    },
  ],
} satisfies ScenarioDef;
