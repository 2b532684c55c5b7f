import type { ScenarioDef } from '../types';

/** Seed article 2, example 2: a Deployment whose preStop asks nginx to quit gracefully. */
export const preStopNginxQuit = {
  id: 'prestop-nginx-quit',
  topic: 'termination',
  title: { en: 'Graceful nginx shutdown with preStop `nginx -s quit`', zh: '用 preStop `nginx -s quit` 优雅关闭 nginx' },
  summary: {
    en: 'nginx treats SIGTERM as a fast shutdown that drops open connections, so the preStop hook runs `nginx -s quit` first (SIGQUIT: finish the requests in flight, then exit). The Pod is deleted at 30 s: Killing, the hook asks nginx to quit, the master exits 0, and the Pod ends Succeeded and disappears well within the 30 s grace period.',
    zh: 'nginx 把 SIGTERM 当作快速关闭，会直接断开已有连接，所以 preStop 钩子先执行 `nginx -s quit`（SIGQUIT：处理完正在进行的请求后再退出）。第 30 秒删除 Pod：Killing，钩子让 nginx 退出，master 进程以 0 退出，Pod 以 Succeeded 结束，并在 30 秒宽限期内早早消失。',
  },
  source: 'Seed article 2, 例2 (优雅删除资源对象)',
  manifest: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx-demo
  labels:
    app: nginx-demo
spec:
  replicas: 1
  selector:
    matchLabels:
      app: nginx-demo
  template:
    metadata:
      labels:
        app: nginx-demo
    spec:
      containers:
      - name: nginx-demo
        image: centos:nginx
        lifecycle:
          preStop:
            exec:
              # nginx -s quit gracefully terminate while SIGTERM triggers a quick exit
              command: ["/usr/local/nginx/sbin/nginx","-s","quit"]
        ports:
          - name: http
            containerPort: 80
`,
  interventions: ['30 delete'],
  until: 90,
  corrections: [
    {
      en: 'The article\'s Deployment has no apiVersion (the apiserver rejects it: "Object \'apiVersion\' is missing") and no spec.selector, which apps/v1 requires. Both are added here.',
      zh: '原文的 Deployment 缺少 apiVersion（apiserver 会拒绝：“Object \'apiVersion\' is missing”），也没有 apps/v1 必需的 spec.selector。这里都已补上。',
    },
    {
      en: '`--grace-period=0` alone does not delete immediately: kubectl turns it into a grace period of 1 s. Immediate removal needs `--grace-period=0 --force`, and even then the kubelet still stops the containers with a short grace period. The kubelet uses the CRI (StopContainer), not `docker stop`.',
      zh: '单独使用 `--grace-period=0` 并不会立即删除：kubectl 会把它改成 1 秒宽限期。要立即删除需要 `--grace-period=0 --force`，即便如此 kubelet 仍会以很短的宽限期停止容器。kubelet 通过 CRI（StopContainer）而不是 `docker stop` 停止容器。',
    },
    {
      en: 'A force-deleted Pod of a Deployment is replaced at once by the ReplicaSet, so old and new Pods may run side by side — the reason force deletion is discouraged.',
      zh: '被强制删除的 Deployment Pod 会被 ReplicaSet 立即替换，新旧 Pod 可能同时运行——这正是不推荐强制删除的原因。',
    },
  ],
} satisfies ScenarioDef;
