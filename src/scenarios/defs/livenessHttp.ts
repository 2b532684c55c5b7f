import type { ScenarioDef } from '../types';

/** kubernetes.io probes task: agnhost liveness serves /healthz 200 for 10 s, then 500. */
export const livenessHttp = {
  id: 'liveness-http',
  topic: 'probes',
  title: { en: 'Liveness probe: HTTP /healthz', zh: '存活探针：HTTP /healthz' },
  summary: {
    en: 'agnhost liveness answers /healthz with 200 for its first 10 s and with 500 afterwards. The httpGet livenessProbe (initialDelaySeconds 3, periodSeconds 3) sees three consecutive 500s (each an Unhealthy event "HTTP probe failed with statuscode: 500") and the kubelet kills and restarts the container about 16–19 s after it started. Any code from 200 to 399 counts as success.',
    zh: 'agnhost liveness 在启动后的前 10 秒对 /healthz 返回 200，之后返回 500。httpGet livenessProbe（initialDelaySeconds 3，periodSeconds 3）连续三次得到 500（每次一个 Unhealthy 事件 “HTTP probe failed with statuscode: 500”），kubelet 在容器启动后约 16–19 秒杀掉并重启它。200 到 399 之间的状态码都算成功。',
  },
  source: 'kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes (http-liveness.yaml)',
  manifest: `apiVersion: v1
kind: Pod
metadata:
  labels:
    test: liveness
  name: liveness-http
spec:
  containers:
  - name: liveness
    image: registry.k8s.io/e2e-test-images/agnhost:2.40
    args:
    - liveness
    livenessProbe:
      httpGet:
        path: /healthz
        port: 8080
        httpHeaders:
        - name: Custom-Header
          value: Awesome
      initialDelaySeconds: 3
      periodSeconds: 3
`,
  until: 180,
} satisfies ScenarioDef;
