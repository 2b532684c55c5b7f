import type { ScenarioDef } from '../types';

/** Native sidecars (init containers with restartPolicy: Always): ordered start, reverse-order stop. */
export const sidecarsOrder = {
  id: 'sidecars-start-stop-order',
  topic: 'sidecars',
  title: { en: 'Sidecars start first and stop last, in reverse order', zh: 'Sidecar 先启动、后停止，且按相反顺序停止' },
  summary: {
    en: 'log-shipper and proxy are init containers with restartPolicy: Always — native sidecars. The kubelet starts log-shipper, then proxy once log-shipper is started, then the app; the sidecars keep running (READY 3/3, they count in READY). The Pod is deleted at 30 s: the app gets SIGTERM first; only after it has exited is proxy stopped, and only after proxy has exited is log-shipper stopped — reverse declaration order, all within one grace period. The terminal phase is decided by the app container alone.',
    zh: 'log-shipper 和 proxy 是 restartPolicy: Always 的 init container——原生 sidecar。kubelet 先启动 log-shipper，待其 started 后启动 proxy，然后启动 app；sidecar 一直运行（READY 3/3，它们计入 READY）。第 30 秒删除 Pod：app 先收到 SIGTERM；它退出之后 proxy 才被停止，proxy 退出之后 log-shipper 才被停止——与声明顺序相反，全部在同一个宽限期内完成。终态 phase 只由 app 容器决定。',
  },
  source: 'kubernetes.io "Sidecar Containers" (KEP-753)',
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: sidecars
spec:
  initContainers:
  - name: log-shipper
    image: busybox:1.36
    restartPolicy: Always
    command: ["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1; done"]
  - name: proxy
    image: busybox:1.36
    restartPolicy: Always
    command: ["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1; done"]
  containers:
  - name: app
    image: nginx:1.27
    ports:
    - containerPort: 80
`,
  interventions: ['30 delete'],
  until: 60,
  corrections: [
    {
      en: 'The seed articles predate native sidecars: since 1.29 (on by default; GA in 1.33) an init container with restartPolicy: Always starts before the app containers, keeps running beside them, and is stopped after them.',
      zh: '种子文章写于原生 sidecar 出现之前：从 1.29 起（默认开启，1.33 GA），restartPolicy: Always 的 init container 会在应用容器之前启动、与它们并行运行，并在它们之后停止。',
    },
  ],
} satisfies ScenarioDef;
