import type { ScenarioDef } from '../types';

/** The simplest lifecycle: Pending → ContainerCreating → Running, with every condition turning True. */
export const podPhasesBasics = {
  id: 'pod-phases-basics',
  topic: 'basics',
  title: { en: 'Pod phases: an nginx Pod starts', zh: 'Pod 相位：一个 nginx Pod 的启动' },
  summary: {
    en: 'The scheduler binds the Pod (PodScheduled), the kubelet creates the sandbox (PodReadyToStartContainers), pulls nginx (STATUS ContainerCreating, phase Pending) and starts it. With no readinessProbe the container is ready as soon as it runs, so ContainersReady and Ready turn True and the phase is Running. The phase is a summary computed by the kubelet\'s getPhase from the container states; the conditions carry the detail.',
    zh: 'scheduler 绑定 Pod（PodScheduled），kubelet 创建 sandbox（PodReadyToStartContainers），拉取 nginx 镜像（STATUS 显示 ContainerCreating，phase 为 Pending），然后启动容器。没有 readinessProbe 时容器一运行就是 ready，于是 ContainersReady 和 Ready 变为 True，phase 变为 Running。phase 只是 kubelet 的 getPhase 根据容器状态算出的概括，细节在 conditions 里。',
  },
  source: 'Seed articles 1 and 3 (Pod 相位, PodStatus 结构体); kubernetes.io "Pod Lifecycle"',
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: nginx
  labels:
    app: nginx
spec:
  containers:
  - name: nginx
    image: nginx:1.27
    ports:
    - containerPort: 80
`,
  until: 60,
  corrections: [
    {
      en: 'Phase Unknown: the API still lists it, but it "isn\'t being set since 2015". When a node is lost, the node controller only sets the Ready condition to False; the phase stays (usually Running) and kubectl may print STATUS Unknown for a deleted pod on a lost node.',
      zh: 'Unknown 相位：API 里仍然保留，但“自 2015 年起已不再设置”。节点失联时，node controller 只把 Ready condition 设为 False，phase 保持原样（通常是 Running）；只有节点失联且 Pod 被删除时 kubectl 才可能在 STATUS 列显示 Unknown。',
    },
    {
      en: 'Conditions: besides PodScheduled, Initialized and Ready there are now PodReadyToStartContainers (sandbox and network ready, default since 1.29) and ContainersReady. PodScheduled=True means the Pod has been bound to a node (not "is being scheduled"); Initialized=True means every init container has completed successfully (not merely started).',
      zh: 'Conditions：除了 PodScheduled、Initialized、Ready 之外，现在还有 PodReadyToStartContainers（sandbox 与网络就绪，1.29 起默认开启）和 ContainersReady。PodScheduled=True 表示 Pod 已被绑定到节点（不是“处在调度过程中”）；Initialized=True 表示所有 init container 都已成功运行完成（而不仅仅是启动）。',
    },
    {
      en: 'Running means the Pod is bound and at least one container is running or restarting — not that "all containers have been created". The kubelet talks to the runtime through the CRI (containerd, CRI-O); Docker as a runtime (dockershim) was removed in 1.24.',
      zh: 'Running 表示 Pod 已绑定到节点且至少有一个容器正在运行或正在重启，而不是“所有容器都已被创建”。kubelet 通过 CRI（containerd、CRI-O）与运行时交互；dockershim 已在 1.24 中移除，kubelet 不再直接调用 docker。',
    },
  ],
} satisfies ScenarioDef;
