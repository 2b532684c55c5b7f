import type { ScenarioDefLike } from './types';

/** Shown only when the built-in scenario registry is unavailable. */
export const FALLBACK_SCENARIO: ScenarioDefLike = {
  id: 'sample-readiness',
  topic: 'probes',
  title: { en: 'A web server with a readiness probe', zh: '带 readinessProbe 的 Web 服务' },
  summary: {
    en: 'nginx starts, the readinessProbe passes after its initial delay and the Pod becomes Ready.',
    zh: 'nginx 启动，readinessProbe 在初始延迟后通过，Pod 变为 Ready。',
  },
  until: 120,
  interventions: [],
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: web
  labels:
    app: web
spec:
  containers:
    - name: nginx
      image: nginx:1.27
      ports:
        - containerPort: 80
      readinessProbe:
        httpGet:
          path: /
          port: 80
        initialDelaySeconds: 5
        periodSeconds: 5
`,
};
