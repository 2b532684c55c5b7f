import type { ScenarioDef } from '../types';

/** A postStart hook that fails: the kubelet kills the container (seed article 5's "blocks the start"). */
export const postStartFails = {
  id: 'poststart-fails',
  topic: 'hooks',
  title: { en: 'A failing postStart hook kills the container', zh: '失败的 postStart 钩子会杀掉容器' },
  summary: {
    en: 'The postStart hook checks for a file that is not there (`test -f /etc/app/ready`, exit 1). The kubelet reports Warning FailedPostStartHook, kills the container (Killing with message FailedPostStartHook) and, with restartPolicy Always, starts it again after the back-off — the container is never reported Running. This is the "prevent the container from starting unless a precondition holds" use of postStart.',
    zh: 'postStart 钩子检查一个并不存在的文件（`test -f /etc/app/ready`，退出码 1）。kubelet 报告 Warning FailedPostStartHook，杀掉容器（Killing 事件的消息为 FailedPostStartHook），由于 restartPolicy 为 Always，经过 back-off 后再次启动——容器从未被报告为 Running。这就是 postStart“前提条件不满足时阻止容器启动”的用法。',
  },
  source: 'Seed article 5 (postStart 返回非 0 时主进程会被杀掉); kubernetes.io "Container Lifecycle Hooks"',
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: poststart-fails
spec:
  containers:
  - name: web
    image: nginx:1.27
    lifecycle:
      postStart:
        exec:
          command: ["sh", "-c", "test -f /etc/app/ready"]
`,
  until: 90,
} satisfies ScenarioDef;
