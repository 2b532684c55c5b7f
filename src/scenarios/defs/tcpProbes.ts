import type { ScenarioDef } from '../types';

/** kubernetes.io probes task: TCP readiness + liveness on goproxy's port 8080. */
export const tcpProbes = {
  id: 'tcp-readiness-liveness',
  topic: 'probes',
  title: { en: 'TCP readiness and liveness probes', zh: 'TCP 就绪探针与存活探针' },
  summary: {
    en: 'goproxy listens on 8080. Both probes are tcpSocket checks of that port with initialDelaySeconds 15 and periodSeconds 10, so the container runs but stays unready (READY 0/1) for its first 15 s; the first readiness probe after the delay connects and the Pod becomes Ready. The liveness probe keeps succeeding, so there are no restarts.',
    zh: 'goproxy 监听 8080 端口。两个探针都用 tcpSocket 检查该端口，initialDelaySeconds 15、periodSeconds 10，所以容器虽然在运行，但前 15 秒都未就绪（READY 0/1）；延迟之后的第一次就绪探测连接成功，Pod 变为 Ready。存活探针一直成功，因此不会重启。',
  },
  source: 'kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes (tcp-liveness-readiness.yaml)',
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: goproxy
  labels:
    app: goproxy
spec:
  containers:
  - name: goproxy
    image: registry.k8s.io/goproxy:0.1
    ports:
    - containerPort: 8080
    readinessProbe:
      tcpSocket:
        port: 8080
      initialDelaySeconds: 15
      periodSeconds: 10
    livenessProbe:
      tcpSocket:
        port: 8080
      initialDelaySeconds: 15
      periodSeconds: 10
`,
  until: 120,
} satisfies ScenarioDef;
