import type { ScenarioDef } from '../types';

const service = `kind: Service
apiVersion: v1
metadata:
  name: myservice
spec:
  ports:
    - protocol: TCP
      port: 80
      targetPort: 9376
`;

/** Seed article 4: an init container polls DNS until the Service exists; the Service is applied at 20 s. */
export const initWaitForService = {
  id: 'init-wait-for-service',
  topic: 'init',
  title: { en: 'Init container waits for a Service', zh: 'Init container 等待 Service 出现' },
  summary: {
    en: 'init-myservice loops `until nslookup myservice.default.svc.cluster.local; do … sleep 2; done`. Until the Service exists the name does not resolve, so the init container keeps running, the Pod stays Pending and kubectl shows Init:0/1; myapp-container is not started (init containers run to completion, in order, before any app container). The Service is applied at 20 s: the next nslookup (within 2 s) succeeds, the init container exits 0, Initialized turns True and myapp-container starts — STATUS PodInitializing, then Running.',
    zh: 'init-myservice 循环执行 `until nslookup myservice.default.svc.cluster.local; do … sleep 2; done`。在 Service 创建之前域名无法解析，init container 一直运行，Pod 保持 Pending，kubectl 显示 Init:0/1；myapp-container 不会启动（init container 必须按顺序运行完成，应用容器才会启动）。第 20 秒 apply Service 之后，下一次 nslookup（2 秒内）成功，init container 以 0 退出，Initialized 变为 True，myapp-container 启动——STATUS 先显示 PodInitializing，然后是 Running。',
  },
  source: 'Seed article 4 §三 (init.yml, service.yml); kubernetes.io "Init Containers"',
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: myapp-pod
  labels:
    app: myapp
spec:
  containers:
  - name: myapp-container
    image: myapp:v1
  initContainers:
  - name: init-myservice
    image: busybox:latest
    command: ['sh', '-c', "until nslookup myservice.default.svc.cluster.local; do echo waiting for myservice; sleep 2; done"]
`,
  interventions: ['20 apply service.yml'],
  files: { 'service.yml': service },
  until: 60,
  corrections: [
    {
      en: 'The article says that before the init container finishes the Pod "stays ready". It is the opposite: the Pod is Pending, Initialized=False and Ready=False (STATUS Init:0/1) until every init container has exited 0.',
      zh: '原文说 init container 完成之前 Pod“一直处于就绪状态”，恰恰相反：在所有 init container 以 0 退出之前，Pod 处于 Pending，Initialized=False、Ready=False（STATUS 为 Init:0/1）。',
    },
    {
      en: 'A failing init container restarts the init container itself (not "the whole Pod") with the normal back-off; with restartPolicy Never the Pod becomes Failed.',
      zh: 'init container 失败时，重启的是该 init container 本身（而不是“整个 Pod”），并遵循正常的 back-off；restartPolicy 为 Never 时 Pod 直接变为 Failed。',
    },
  ],
} satisfies ScenarioDef;
