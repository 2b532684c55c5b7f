import type { ScenarioDef } from '../types';

/**
 * A slow starter (listens after 90 s) with and without a startupProbe. The two manifests differ
 * only in the startupProbe block, so the picker can show the pair side by side.
 */
const behaviour = `    podlife/behavior: |
      app:
        startup: 90s
        http:
          /healthz:
          - from: 0
            status: 200`;

const liveness = `    livenessProbe:
      httpGet:
        path: /healthz
        port: 80
      periodSeconds: 10
      failureThreshold: 3`;

const startup = `    startupProbe:
      httpGet:
        path: /healthz
        port: 80
      periodSeconds: 10
      failureThreshold: 30`;

function manifest(name: string, withStartup: boolean): string {
  return `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  annotations:
${behaviour}
spec:
  containers:
  - name: app
    image: nginx:1.27
    ports:
    - containerPort: 80
${liveness}
${withStartup ? `${startup}\n` : ''}`;
}

export const startupProbeProtected = {
  id: 'startup-probe-slow-start',
  topic: 'probes',
  title: { en: 'startupProbe protects a slow start', zh: 'startupProbe 保护启动缓慢的应用' },
  summary: {
    en: 'The app needs 90 s before it listens (podlife/behavior `startup: 90s`). The startupProbe (periodSeconds 10 × failureThreshold 30 = up to 300 s) keeps failing quietly, and while it has not succeeded the liveness and readiness probes do not run and started=false. Once the app listens, the startup probe succeeds, started becomes true, liveness takes over, and the Pod becomes Ready with no restart.',
    zh: '应用需要 90 秒才开始监听（podlife/behavior `startup: 90s`）。startupProbe（periodSeconds 10 × failureThreshold 30 = 最多 300 秒）在此期间持续失败，但在它成功之前 liveness 和 readiness 探针都不会运行，started=false。应用开始监听后启动探针成功，started 变为 true，存活探针接手，Pod 变为 Ready，没有任何重启。',
  },
  source: 'kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes ("Protect slow starting containers with startup probes")',
  manifest: manifest('slow-start', true),
  until: 300,
} satisfies ScenarioDef;

export const startupProbeMissing = {
  id: 'startup-probe-missing',
  topic: 'probes',
  title: { en: 'The same slow start without a startupProbe', zh: '同样的慢启动应用，没有 startupProbe' },
  summary: {
    en: 'Same app, same livenessProbe (periodSeconds 10, failureThreshold 3), no startupProbe. Liveness probing starts with the container; the port is closed (connection refused) for 90 s, so after three failures — about 20–30 s in — the kubelet kills the container, which restarts and is killed again before it ever listens: CrashLoopBackOff. Note that READY even shows 1/1 while each attempt runs — without a readinessProbe a running container counts as ready, although nothing answers. Either add a startupProbe or give liveness an initialDelaySeconds longer than the start-up.',
    zh: '同样的应用、同样的 livenessProbe（periodSeconds 10，failureThreshold 3），但没有 startupProbe。存活探测随容器一起开始；90 秒内端口是关闭的（connection refused），三次失败后——大约 20–30 秒——kubelet 杀掉容器，容器重启后在开始监听之前又被杀掉：CrashLoopBackOff。注意每次尝试运行期间 READY 甚至显示 1/1——没有 readinessProbe 时，运行中的容器就算作就绪，尽管根本没有响应。解决办法是加上 startupProbe，或者给 liveness 一个比启动时间更长的 initialDelaySeconds。',
  },
  source: 'kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes',
  manifest: manifest('slow-start-no-startup-probe', false),
  until: 300,
} satisfies ScenarioDef;
