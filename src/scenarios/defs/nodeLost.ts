import type { ScenarioDef } from '../types';

/** The node stops heartbeating: Ready=False, phase unchanged (no "Unknown"), eviction after 300 s. */
export const nodeLost = {
  id: 'node-lost',
  topic: 'basics',
  title: { en: 'The node is lost: no phase Unknown', zh: '节点失联：不会出现 Unknown 相位' },
  summary: {
    en: 'At 30 s the node stops reporting. After the node-monitor grace period the node controller marks the Pod\'s Ready condition False (event NodeNotReady) — the phase stays Running, because only the kubelet writes the phase and it cannot be reached. The node is tainted unreachable/not-ready and every Pod tolerates that for 300 s by default; then the taint manager deletes the Pod, which stays Terminating because no kubelet confirms the containers have stopped.',
    zh: '第 30 秒节点停止上报。经过 node-monitor 宽限期后，node controller 把 Pod 的 Ready condition 设为 False（事件 NodeNotReady）——phase 仍是 Running，因为只有 kubelet 写 phase，而它已无法联系。节点被加上 unreachable/not-ready 污点，每个 Pod 默认容忍 300 秒；之后 taint manager 删除 Pod，而由于没有 kubelet 确认容器已停止，Pod 一直停留在 Terminating。',
  },
  source: 'Seed articles 1 and 3 (unknown 相位); kubernetes.io "Pod Lifecycle", "Taints and Tolerations"',
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
`,
  interventions: ['30 node-lost'],
  until: 500,
  corrections: [
    {
      en: 'The articles list Unknown as the phase when the API server cannot reach the kubelet. The API keeps the value but it "isn\'t being set since 2015": the phase is left as it was and only the Ready condition turns False. kubectl may print STATUS Unknown for a deleted Pod whose status.reason is NodeLost.',
      zh: '文章把 Unknown 列为 API server 无法联系 kubelet 时的相位。API 仍保留该值，但“自 2015 年起已不再设置”：phase 保持原样，只有 Ready condition 变为 False。对于 status.reason 为 NodeLost 且已被删除的 Pod，kubectl 可能在 STATUS 列显示 Unknown。',
    },
  ],
} satisfies ScenarioDef;
