import type { ScenarioDef } from '../types';

/** A readiness gate set by an external controller (PodLife `condition` intervention). */
export const readinessGate = {
  id: 'readiness-gate',
  topic: 'network',
  title: { en: 'Readiness gate set by an external controller', zh: '由外部控制器设置的 readiness gate' },
  summary: {
    en: 'spec.readinessGates lists the condition example.com/feature-1. The nginx container is ready, so ContainersReady is True and READY shows 1/1, but the Pod\'s Ready condition stays False (ReadinessGatesNotReady) until something sets the gate condition — kubectl get -o wide shows READINESS GATES 0/1. At 20 s an external controller sets example.com/feature-1=True and the Pod becomes Ready.',
    zh: 'spec.readinessGates 列出了 condition example.com/feature-1。nginx 容器已就绪，所以 ContainersReady 为 True、READY 显示 1/1，但在有人设置该 gate condition 之前，Pod 的 Ready condition 一直是 False（ReadinessGatesNotReady）——kubectl get -o wide 显示 READINESS GATES 0/1。第 20 秒外部控制器设置 example.com/feature-1=True，Pod 变为 Ready。',
  },
  source: 'kubernetes.io "Pod Lifecycle — Pod readiness gate"',
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: gated
  labels:
    app: gated
spec:
  readinessGates:
  - conditionType: "example.com/feature-1"
  containers:
  - name: nginx
    image: nginx:1.27
    ports:
    - containerPort: 80
`,
  interventions: ['20 condition example.com/feature-1=True'],
  until: 40,
} satisfies ScenarioDef;
