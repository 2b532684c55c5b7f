import type { ScenarioDef } from '../types';

/** Seed article 2: the `inessprobe` ReplicationController (imagePullPolicy Never) and its Service. */
function manifest(): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: inessprobe
  labels:
    project: lykops
    app: inessprobe
    version: v1
spec:
  selector:
    project: lykops
    app: inessprobe
    version: v1
  ports:
  - name: http
    port: 80
    protocol: TCP
---
apiVersion: v1
kind: ReplicationController
metadata:
  name: inessprobe
  labels:
    project: lykops
    app: inessprobe
    version: v1
spec:
  replicas: 6
  selector:
    project: lykops
    app: inessprobe
    version: v1
    name: inessprobe
  template:
    metadata:
      labels:
        project: lykops
        app: inessprobe
        version: v1
        name: inessprobe
    spec:
      restartPolicy: Always
      containers:
      - name: inessprobe
        image: web:apache
        imagePullPolicy: Never
        command: ['sh',"/etc/run.sh" ]
        ports:
        - containerPort: 80
          name: httpd
          protocol: TCP
        readinessProbe:
          httpGet:
            path: /
            port: 80
            scheme: HTTP
          initialDelaySeconds: 120
          periodSeconds: 15
          timeoutSeconds: 5
        livenessProbe:
          httpGet:
            path: /
            port: 80
            scheme: HTTP
          initialDelaySeconds: 180
          timeoutSeconds: 5
          periodSeconds: 15
`;
}

const corrections = [
  {
    en: 'The article says HTTP probes succeed for codes "between 200 and 399" — right — and that successThreshold must be 1 for liveness (also for startup probes). failureThreshold counts consecutive failures; no earlier success is needed before they count.',
    zh: '原文说 HTTP 探针的状态码在 200 到 399 之间即为成功——正确；successThreshold 对 liveness（以及 startup）探针必须为 1。failureThreshold 统计的是连续失败次数，并不需要“探测成功后”才开始计数。',
  },
  {
    en: 'A ReplicationController with replicas: 6 creates six identical Pods; PodLife shows one of them. New workloads use a Deployment (apps/v1) instead of a ReplicationController.',
    zh: 'replicas: 6 的 ReplicationController 会创建六个相同的 Pod；PodLife 只展示其中一个。新的工作负载应使用 Deployment（apps/v1）代替 ReplicationController。',
  },
];

export const rcInessprobe = {
  id: 'rc-inessprobe',
  topic: 'workloads',
  title: { en: 'ReplicationController with slow readiness (image present)', zh: '就绪探测很慢的 ReplicationController（镜像已在节点上）' },
  summary: {
    en: 'imagePullPolicy: Never uses the image already on the node (here web:apache is present). The container starts at once, but the readinessProbe has initialDelaySeconds 120 and periodSeconds 15: for about two minutes the Pod is Running with READY 0/1 and the Service inessprobe has no endpoint; the first probe after 120 s succeeds and the Pod joins the Service. The livenessProbe (initialDelaySeconds 180) then keeps succeeding.',
    zh: 'imagePullPolicy: Never 直接使用节点上已有的镜像（这里 web:apache 已存在）。容器立即启动，但 readinessProbe 的 initialDelaySeconds 为 120、periodSeconds 为 15：大约两分钟内 Pod 处于 Running、READY 0/1，Service inessprobe 没有 endpoint；120 秒后的第一次探测成功，Pod 加入 Service。之后 livenessProbe（initialDelaySeconds 180）一直成功。',
  },
  source: 'Seed article 2 (inessprobe.yaml, inessprobe-svc.yaml)',
  manifest: manifest(),
  until: 240,
  options: { presentImages: ['web:apache'] },
  corrections,
} satisfies ScenarioDef;

export const rcInessprobeNoImage = {
  id: 'rc-inessprobe-image-absent',
  topic: 'workloads',
  title: { en: 'imagePullPolicy: Never without the image: ErrImageNeverPull', zh: 'imagePullPolicy: Never 但镜像不存在：ErrImageNeverPull' },
  summary: {
    en: 'The same ReplicationController on a node that does not have web:apache. With imagePullPolicy: Never the kubelet never pulls, so the container cannot be created: it stays waiting with reason ErrImageNeverPull ("Container image "web:apache" is not present with pull policy of Never"), the Pod stays Pending and never joins the Service.',
    zh: '同一个 ReplicationController，但节点上没有 web:apache。imagePullPolicy: Never 时 kubelet 从不拉取镜像，因此容器无法创建：一直处于 waiting，reason 为 ErrImageNeverPull（“Container image "web:apache" is not present with pull policy of Never”），Pod 保持 Pending，也不会加入 Service。',
  },
  source: 'Seed article 2 (inessprobe.yaml)',
  manifest: manifest(),
  until: 120,
  corrections,
} satisfies ScenarioDef;
