import type { ScenarioDef } from '../types';

/** Seed article 5 (Kubernetes Patterns): preStop calls the app's /shutdown endpoint. */
export const preStopHttpShutdown = {
  id: 'prestop-http-shutdown',
  topic: 'hooks',
  title: { en: 'preStop calls /shutdown', zh: 'preStop 调用 /shutdown' },
  summary: {
    en: 'The Pod is deleted at 20 s. The kubelet first emits Killing, then runs the preStop hook — an HTTP GET to /shutdown on port 8080 of the container — and only then sends SIGTERM. The hook\'s time counts against terminationGracePeriodSeconds (30 s); a hook that fails or hangs does not prevent the kill.',
    zh: '第 20 秒删除 Pod。kubelet 先发出 Killing 事件，然后执行 preStop 钩子——向容器 8080 端口的 /shutdown 发送 HTTP GET——之后才发送 SIGTERM。钩子耗费的时间计入 terminationGracePeriodSeconds（30 秒）；钩子失败或挂起都不会阻止容器被杀掉。',
  },
  source: 'Seed article 5 (Kubernetes 设计模式笔记), pre-stop-hook',
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: pre-stop-hook
spec:
  containers:
  - image: k8spatterns/random-generator:1.0
    name: random-generator
    lifecycle:
      preStop:
        httpGet:
          port: 8080
          path: /shutdown
`,
  interventions: ['20 delete'],
  until: 60,
} satisfies ScenarioDef;
