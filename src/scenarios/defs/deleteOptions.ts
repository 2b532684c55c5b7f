import type { ScenarioDef } from '../types';

/** `kubectl delete --grace-period=0` with and without `--force` (seed articles 1 and 2). */
const manifest = (name: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sleep", "3600"]
`;

const correction = {
  en: 'Seed article 2 says `--grace-period=0` deletes immediately. kubectl turns `--grace-period=0` without `--force` into a 1 s grace period; only `--grace-period=0 --force` removes the object at once — and even then the kubelet still stops the containers.',
  zh: '种子文章 2 说 `--grace-period=0` 会立即删除。实际上 kubectl 会把不带 `--force` 的 `--grace-period=0` 改为 1 秒宽限期；只有 `--grace-period=0 --force` 才会立即移除对象——即便如此 kubelet 仍会去停止容器。',
};

export const deleteGraceZero = {
  id: 'delete-grace-period-zero',
  topic: 'termination',
  title: { en: '`kubectl delete --grace-period=0` (without --force)', zh: '`kubectl delete --grace-period=0`（不带 --force）' },
  summary: {
    en: 'At 10 s the Pod is deleted with --grace-period=0 but no --force. kubectl sends a grace period of 1 s, so the Pod shows Terminating with deletionGracePeriodSeconds 1. The kubelet never gives SIGTERM less than 2 s (minimumGracePeriodInSeconds), and `sleep` as PID 1 ignores it, so SIGKILL comes about 2 s after the delete (exit code 137) and then the object goes away.',
    zh: '第 10 秒用 --grace-period=0 删除 Pod，但没有加 --force。kubectl 实际发送的宽限期是 1 秒，所以 Pod 显示 Terminating，deletionGracePeriodSeconds 为 1。kubelet 留给 SIGTERM 的时间从不少于 2 秒（minimumGracePeriodInSeconds），而作为 PID 1 的 `sleep` 忽略 SIGTERM，所以大约在删除 2 秒后收到 SIGKILL（退出码 137），随后对象消失。',
  },
  source: 'Seed article 1 §五, seed article 2 例2; kubectl delete.go, kuberuntime_container.go',
  manifest: manifest('grace-zero'),
  interventions: ['10 delete --grace-period=0'],
  until: 30,
  corrections: [correction],
} satisfies ScenarioDef;

export const forceDelete = {
  id: 'force-delete',
  topic: 'termination',
  title: { en: '`kubectl delete --grace-period=0 --force`', zh: '`kubectl delete --grace-period=0 --force` 强制删除' },
  summary: {
    en: 'At 10 s the Pod is force-deleted: the API object disappears immediately, without waiting for the kubelet to confirm that the containers have stopped. On the node the kubelet still stops them. A controller would create a replacement at once, so two copies can briefly run side by side — which is why force deletion is for emergencies.',
    zh: '第 10 秒强制删除 Pod：API 对象立即消失，不等待 kubelet 确认容器已停止。在节点上 kubelet 仍会去停止容器。如果有控制器，它会立刻创建替代的 Pod，新旧两份可能短暂地同时运行——所以强制删除只用于紧急情况。',
  },
  source: 'kubernetes.io "Pod Lifecycle — Forced Pod termination"',
  manifest: manifest('force-deleted'),
  interventions: ['10 delete --grace-period=0 --force'],
  until: 30,
  corrections: [correction],
} satisfies ScenarioDef;
