import type { ScenarioDef } from '../types';

/**
 * Seed article 2's `extensions/v1beta1` Deployment with the 1.5-era init-container annotation.
 * Presented runnable: the annotation value is a quoted JSON string (annotation values must be
 * strings — the article's YAML list is rejected by the apiserver) and it sits on the pod template,
 * where 1.5–1.7 read it (the article put it on the Deployment's own metadata, where it never did
 * anything). It is ignored today either way.
 */
export const deploymentInitAnnotation = {
  id: 'deployment-init-annotation',
  topic: 'workloads',
  title: {
    en: 'Deprecated init-container annotation (extensions/v1beta1 Deployment)',
    zh: '已废弃的 init container annotation（extensions/v1beta1 Deployment）',
  },
  summary: {
    en: 'The article\'s Deployment uses apiVersion extensions/v1beta1 (removed in 1.16: use apps/v1) and declares an init container through the annotation pod.beta.kubernetes.io/init-containers (ignored since 1.8: use spec.initContainers). PodLife warns about both and runs the pod template: no init container runs, webapache starts directly and the Pod is Running. replicas: 1 and minReadySeconds only matter to the Deployment controller, which PodLife does not simulate; one Pod is shown.',
    zh: '文中的 Deployment 使用 apiVersion extensions/v1beta1（1.16 起已移除，应使用 apps/v1），并通过 annotation pod.beta.kubernetes.io/init-containers 声明 init container（1.8 起被忽略，应使用 spec.initContainers）。PodLife 对两者都给出警告，然后运行 Pod 模板：没有任何 init container 运行，webapache 直接启动，Pod 进入 Running。replicas: 1 与 minReadySeconds 只对 Deployment controller 有意义，PodLife 不模拟它，只展示一个 Pod。',
  },
  source: 'Seed article 2 (lykops-deploy-init-container.yaml)',
  manifest: `apiVersion: extensions/v1beta1
kind: Deployment
metadata:
  name: lykops-deploy-init-container
  labels:
    project: lykops
    app: init-container
    version: v1
spec:
  replicas: 1
  minReadySeconds: 30
  selector:
    matchLabels:
      name: lykops-deploy-init-container
      project: lykops
      app: init-container
      version: v1
  template:
    metadata:
      labels:
        name: lykops-deploy-init-container
        project: lykops
        app: init-container
        version: v1
      annotations:
        pod.beta.K8S.io/init-containers: '[{"name": "apache-web", "image": "web:apache", "command": ["sh", "httpd -t"]}]'
    spec:
      containers:
      - name: webapache
        image: web:apache
        command: [ "sh", "/etc/run.sh" ]
        ports:
        - containerPort: 80
          name: http
          protocol: TCP
`,
  until: 60,
  options: { presentImages: ['web:apache'] },
  corrections: [
    {
      en: 'The article writes the annotation value as a YAML list. Annotation values must be strings, so the apiserver rejects it; in 1.5–1.7 the value was a JSON array in a string, and it had to be on the Pod (template) metadata, not on the Deployment. Since 1.8 the annotation is ignored: use spec.initContainers. Here it is shown as a quoted JSON string on the pod template.',
      zh: '原文把 annotation 的值写成了 YAML 列表。annotation 的值必须是字符串，apiserver 会拒绝它；在 1.5–1.7 中，该值是字符串形式的 JSON 数组，而且必须写在 Pod（模板）的 metadata 上，而不是 Deployment 上。1.8 起该 annotation 被忽略，请使用 spec.initContainers。这里把它写成 Pod 模板上带引号的 JSON 字符串。',
    },
    {
      en: 'extensions/v1beta1 Deployment was deprecated in 1.9 and removed in 1.16; use apps/v1, where spec.selector is required and must match the template labels.',
      zh: 'extensions/v1beta1 Deployment 在 1.9 中被废弃、1.16 中被移除；请使用 apps/v1，其中 spec.selector 是必填项且必须与模板的 labels 匹配。',
    },
    {
      en: '`command: ["sh", "httpd -t"]` asks sh to run a script file literally named "httpd -t"; the intended form is `["sh", "-c", "httpd -t"]`. The article\'s init container would fail even if it ran.',
      zh: '`command: ["sh", "httpd -t"]` 会让 sh 去执行一个名为 “httpd -t” 的脚本文件；正确写法是 `["sh", "-c", "httpd -t"]`。即使该 init container 被执行，也会失败。',
    },
  ],
} satisfies ScenarioDef;
