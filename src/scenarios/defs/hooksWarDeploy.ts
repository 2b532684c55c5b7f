import type { ScenarioDef } from '../types';

/**
 * Seed article 2, example 1, runnable: postStart copies the war file, preStop warns a monitoring
 * host. The article's typos (`prestop`, `psth`, full-width colon, curly quotes, broken indentation)
 * are fixed here; `hooksWarDeployTypos` keeps the field-name typos.
 */
export const hooksWarDeploy = {
  id: 'hooks-war-deploy',
  topic: 'hooks',
  title: { en: 'postStart copies a war, preStop calls a monitor', zh: 'postStart 复制 war 包，preStop 通知监控系统' },
  summary: {
    en: 'postStart runs `cp /sample.war /app` right after the container starts; the kubelet waits for it before reporting the container Running. At 20 s the Pod is deleted: the kubelet emits Killing, then runs preStop, an HTTP GET to http://monitor.com:8080/waring. monitor.com cannot be resolved inside the cluster, so the hook fails (Warning FailedPreStopHook) — a failed preStop does not stop the termination: SIGTERM follows and the Pod goes away.',
    zh: '容器启动后 postStart 立即执行 `cp /sample.war /app`；kubelet 等它返回后才把容器报告为 Running。第 20 秒删除 Pod：kubelet 先发出 Killing 事件，再执行 preStop，即向 http://monitor.com:8080/waring 发送 HTTP GET。集群内无法解析 monitor.com，钩子失败（Warning FailedPreStopHook）——preStop 失败不会阻止终止：随后发送 SIGTERM，Pod 被删除。',
  },
  source: 'Seed article 2, 例1 (部署代码)',
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: war
spec:
  containers:
  - image: sample:v2
    name: war
    lifecycle:
      postStart:
        exec:
          command:
          - "cp"
          - "/sample.war"
          - "/app"
      preStop:
        httpGet:
          host: monitor.com
          path: /waring
          port: 8080
          scheme: HTTP
`,
  interventions: ['20 delete'],
  until: 60,
  corrections: [
    {
      en: 'The article\'s YAML does not parse as written: `lifecycle：` uses a full-width colon, the command items use curly quotes (“cp”, which would become part of the program name), the keys are mis-indented, and `prestop`/`psth` are typos of `preStop`/`path` (see the "with typos" scenario). Written against Kubernetes 1.5.2; the hook semantics are unchanged today.',
      zh: '原文的 YAML 无法直接解析：`lifecycle：` 用了全角冒号，command 里用了中文引号（“cp” 会成为程序名的一部分），缩进错乱，`prestop`/`psth` 是 `preStop`/`path` 的拼写错误（见“带拼写错误”的场景）。原文基于 Kubernetes 1.5.2；钩子的语义至今未变。',
    },
    {
      en: 'postStart is not "before the container runs": the container\'s process is already started and races with the hook; what waits is the kubelet, which reports the container Waiting until the hook returns.',
      zh: 'postStart 并不是在“容器运行前”执行：容器的进程已经启动，与钩子并发运行；真正等待的是 kubelet，它在钩子返回之前把容器报告为 Waiting。',
    },
  ],
} satisfies ScenarioDef;
