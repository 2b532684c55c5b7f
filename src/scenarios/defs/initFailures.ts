import type { ScenarioDef } from '../types';

/** A failing init container under restartPolicy Never and Always (seed article 3's rules 1 and 2). */
function manifest(name: string, policy: 'Never' | 'Always'): string {
  return `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  restartPolicy: ${policy}
  initContainers:
  - name: migrate
    image: busybox:1.36
    command: ["sh", "-c", "echo running migrations; sleep 2; echo 'database unreachable' >&2; exit 1"]
  containers:
  - name: app
    image: nginx:1.27
`;
}

export const initFailsNever = {
  id: 'init-fails-never',
  topic: 'init',
  title: { en: 'Init container fails, restartPolicy Never', zh: 'Init container 失败，restartPolicy Never' },
  summary: {
    en: 'The migrate init container exits 1 after 2 s. With restartPolicy Never nothing is retried: getPhase\'s first rule (a failed regular init container + Never) makes the Pod Failed at once, the app container is never started, and kubectl shows STATUS Init:Error.',
    zh: 'init container migrate 在 2 秒后以 1 退出。restartPolicy 为 Never 时不会重试：getPhase 的第一条规则（常规 init container 失败且 restartPolicy 为 Never）让 Pod 立即变为 Failed，应用容器从未启动，kubectl 显示 STATUS 为 Init:Error。',
  },
  source: 'Seed article 3 §(三) rule 1; kubernetes.io "Init Containers"',
  manifest: manifest('init-fails-never', 'Never'),
  until: 60,
} satisfies ScenarioDef;

export const initFailsAlways = {
  id: 'init-fails-always',
  topic: 'init',
  title: { en: 'Init container fails, restartPolicy Always', zh: 'Init container 失败，restartPolicy Always' },
  summary: {
    en: 'The same failing init container with restartPolicy Always: the kubelet restarts the init container itself with the usual back-off (immediately, then 10 s, 20 s …). The app container never starts, the Pod stays Pending, and STATUS alternates Init:Error / Init:CrashLoopBackOff while RESTARTS counts the init container\'s restarts.',
    zh: '同样失败的 init container，但 restartPolicy 为 Always：kubelet 按常规 back-off 重启这个 init container 本身（第一次立即，然后 10 秒、20 秒……）。应用容器从未启动，Pod 保持 Pending，STATUS 在 Init:Error 与 Init:CrashLoopBackOff 之间交替，RESTARTS 统计的是 init container 的重启次数。',
  },
  source: 'Seed article 3 §(三) rule 2 and seed article 4 §一; kubernetes.io "Init Containers"',
  manifest: manifest('init-fails-always', 'Always'),
  until: 120,
  corrections: [
    {
      en: 'Seed article 4 says Kubernetes "keeps restarting the Pod" until the init container succeeds. What restarts is the init container, inside the same Pod; the Pod is never re-created by the kubelet.',
      zh: '种子文章 4 说 Kubernetes 会“不断地重启该 Pod”直到 init container 成功。实际被重启的是同一个 Pod 里的 init container；kubelet 从不重新创建 Pod。',
    },
  ],
} satisfies ScenarioDef;
