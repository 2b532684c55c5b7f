import type { ScenarioDef } from '../types';

/** kubernetes.io "Configure Liveness, Readiness and Startup Probes": exec liveness. */
export const livenessExec = {
  id: 'liveness-exec',
  topic: 'probes',
  title: { en: 'Liveness probe: exec `cat /tmp/healthy`', zh: '存活探针：exec `cat /tmp/healthy`' },
  summary: {
    en: 'The container creates /tmp/healthy, deletes it after 30 s and sleeps on. The exec livenessProbe (`cat /tmp/healthy`, initialDelaySeconds 5, periodSeconds 5, failureThreshold 3) starts failing after 30 s; at the third consecutive failure the kubelet kills the container ("failed liveness probe, will be restarted"), about 40 s after it started. The shell is PID 1 and ignores SIGTERM, so the kill itself takes the whole 30 s grace period and ends with SIGKILL (exit code 137). The new container starts with a fresh filesystem, so the cycle repeats and RESTARTS keeps climbing, with back-off between restarts.',
    zh: '容器先创建 /tmp/healthy，30 秒后删除它并继续 sleep。exec livenessProbe（`cat /tmp/healthy`，initialDelaySeconds 5，periodSeconds 5，failureThreshold 3）在 30 秒后开始失败；连续第三次失败时 kubelet 杀掉容器（“failed liveness probe, will be restarted”），大约在容器启动后 40 秒。shell 是 PID 1，会忽略 SIGTERM，所以杀死过程要等满 30 秒宽限期，最后由 SIGKILL 结束（退出码 137）。新容器的文件系统是全新的，于是循环往复，RESTARTS 不断增加，重启之间有 back-off。',
  },
  source: 'kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes (exec-liveness.yaml)',
  manifest: `apiVersion: v1
kind: Pod
metadata:
  labels:
    test: liveness
  name: liveness-exec
spec:
  containers:
  - name: liveness
    image: registry.k8s.io/busybox:1.27.2
    args:
    - /bin/sh
    - -c
    - touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600
    livenessProbe:
      exec:
        command:
        - cat
        - /tmp/healthy
      initialDelaySeconds: 5
      periodSeconds: 5
`,
  until: 300,
} satisfies ScenarioDef;
