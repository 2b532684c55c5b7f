import type { ScenarioDef } from '../types';

const APP_CONFIG = `apiVersion: v1
kind: ConfigMap
metadata:
  name: app-config
data:
  LOG_LEVEL: debug
  app.properties: |
    port=8080
    greeting=hello
`;

/** env from a ConfigMap that does not exist yet: CreateContainerConfigError until it is applied. */
export const missingConfigMap = {
  id: 'missing-configmap',
  topic: 'basics',
  title: { en: 'CreateContainerConfigError: the ConfigMap is missing', zh: 'CreateContainerConfigError：ConfigMap 不存在' },
  summary: {
    en: 'The container takes LOG_LEVEL from configMapKeyRef app-config, which was never created. The image is pulled, then generateContainerConfig fails: the container waits with reason CreateContainerConfigError and message `configmap "app-config" not found`, and each sync records Warning Failed "Error: configmap …". Nothing is created, so there is no CrashLoopBackOff and RESTARTS stays 0; the pod worker simply retries every 10 s. At 20 s `kubectl apply` creates the ConfigMap and the next retry starts the container.',
    zh: '容器通过 configMapKeyRef 从 app-config 读取 LOG_LEVEL，但这个 ConfigMap 从未创建。镜像先被拉取，随后 generateContainerConfig 失败：容器处于 waiting，reason 为 CreateContainerConfigError，message 为 `configmap "app-config" not found`，每次同步都会记录 Warning Failed “Error: configmap …”。由于容器根本没有被创建，不会进入 CrashLoopBackOff，RESTARTS 一直为 0；pod worker 每 10 秒重试一次。第 20 秒用 `kubectl apply` 创建该 ConfigMap 后，下一次重试就启动了容器。',
  },
  source: 'kubernetes.io "Configure a Pod to Use a ConfigMap"; kubelet kuberuntime_container.go startContainer',
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: config-demo
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "echo LOG_LEVEL=$LOG_LEVEL; sleep 3600"]
    env:
    - name: LOG_LEVEL
      valueFrom:
        configMapKeyRef:
          name: app-config
          key: LOG_LEVEL
    readinessProbe:
      exec:
        command: ["sh", "-c", "test \\"$LOG_LEVEL\\" = debug"]
      periodSeconds: 10
`,
  interventions: ['20 apply app-config.yaml'],
  files: { 'app-config.yaml': APP_CONFIG },
  until: 60,
} satisfies ScenarioDef;

/** A configMap volume whose ConfigMap is missing: FailedMount, the pod stays ContainerCreating. */
export const missingConfigMapVolume = {
  id: 'missing-configmap-volume',
  topic: 'basics',
  title: { en: 'FailedMount: a configMap volume without its ConfigMap', zh: 'FailedMount：configMap 卷引用的 ConfigMap 不存在' },
  summary: {
    en: 'The same missing ConfigMap, used as a volume this time. The volume manager cannot set the volume up (Warning FailedMount: MountVolume.SetUp failed for volume "config" : configmap "app-config" not found) and retries with back-off: 0.5 s, 1 s, 2 s, 4 s … up to about 2 min. The sandbox is never created, so the Pod has no IP and stays Pending / ContainerCreating, with no CreateContainerConfigError at all. Once the ConfigMap is applied at 30 s, the next mount retry succeeds and the files appear under /etc/config.',
    zh: '同样是缺失的 ConfigMap，这次作为卷使用。卷管理器无法完成挂载（Warning FailedMount “MountVolume.SetUp failed for volume "config" : configmap "app-config" not found”），并按退避重试：0.5 秒、1 秒、2 秒、4 秒……最长约 2 分钟。由于 sandbox 始终没有创建，Pod 没有 IP，一直是 Pending / ContainerCreating，而不会出现 CreateContainerConfigError。第 30 秒 apply 了 ConfigMap 之后，下一次挂载重试成功，文件出现在 /etc/config 下。',
  },
  source: 'kubernetes.io "ConfigMaps — Using ConfigMaps as files from a Pod"; kubelet volumemanager',
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: config-volume-demo
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "cat /etc/config/app.properties; sleep 3600"]
    volumeMounts:
    - name: config
      mountPath: /etc/config
    readinessProbe:
      exec:
        command: ["grep", "port=8080", "/etc/config/app.properties"]
      periodSeconds: 10
  volumes:
  - name: config
    configMap:
      name: app-config
`,
  interventions: ['30 apply app-config.yaml'],
  files: { 'app-config.yaml': APP_CONFIG },
  until: 90,
} satisfies ScenarioDef;

/** A Secret consumed both ways: env (secretKeyRef) and files (secret volume). */
export const secretEnvAndVolume = {
  id: 'secret-env-and-volume',
  topic: 'basics',
  title: { en: 'A Secret as env and as a volume', zh: 'Secret 同时作为环境变量和卷' },
  summary: {
    en: 'The Secret db-credentials (data is base64: YWRtaW4= is "admin") is read twice: DB_USER comes from secretKeyRef, and the secret volume puts every key as a file under /etc/db. The kubelet decodes the data, so the container sees plain text in both places. The readiness probe checks both — $DB_USER equals admin and /etc/db/password exists — and the Pod becomes Ready. Delete the Secret document and the same Pod shows FailedMount instead.',
    zh: 'Secret db-credentials（data 为 base64：YWRtaW4= 即 "admin"）被读取两次：DB_USER 来自 secretKeyRef，secret 卷则把每个 key 作为文件放在 /etc/db 下。kubelet 会解码数据，所以容器在两处看到的都是明文。readiness 探针同时检查两者——$DB_USER 等于 admin 且 /etc/db/password 存在——于是 Pod 变为 Ready。删掉 Secret 文档，同一个 Pod 就会改为出现 FailedMount。',
  },
  source: 'kubernetes.io "Distribute Credentials Securely Using Secrets"',
  manifest: `apiVersion: v1
kind: Secret
metadata:
  name: db-credentials
type: Opaque
data:
  username: YWRtaW4=
  password: czNjcjN0
---
apiVersion: v1
kind: Pod
metadata:
  name: secret-demo
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "echo user=$DB_USER; ls /etc/db; sleep 3600"]
    env:
    - name: DB_USER
      valueFrom:
        secretKeyRef:
          name: db-credentials
          key: username
    volumeMounts:
    - name: creds
      mountPath: /etc/db
      readOnly: true
    readinessProbe:
      exec:
        command: ["sh", "-c", "test \\"$DB_USER\\" = admin && test -f /etc/db/password"]
      periodSeconds: 10
  volumes:
  - name: creds
    secret:
      secretName: db-credentials
`,
  until: 30,
} satisfies ScenarioDef;

/** An image name the kubelet cannot parse: InvalidImageName, never pulled. */
export const invalidImageName = {
  id: 'invalid-image-name',
  topic: 'restarts',
  title: { en: 'InvalidImageName: an upper-case image name', zh: 'InvalidImageName：镜像名含大写字母' },
  summary: {
    en: 'The apiserver only checks that image is not empty, so "Nginx:Latest" is accepted. On the node, the kubelet normalises the name before pulling (applyDefaultImageTag) and repository names must be lower case: the container waits with reason InvalidImageName, Warning InspectFailed "Failed to apply default image tag … invalid reference format: repository name (library/Nginx) must be lowercase" and Warning Failed "Error: InvalidImageName". No pull is ever attempted, so there is no ImagePullBackOff: every sync retry fails the same way.',
    zh: 'apiserver 只检查 image 不为空，所以 "Nginx:Latest" 会被接受。到了节点上，kubelet 在拉取前先规范化镜像名（applyDefaultImageTag），而仓库名必须是小写：容器处于 waiting，reason 为 InvalidImageName，并出现 Warning InspectFailed “Failed to apply default image tag … invalid reference format: repository name (library/Nginx) must be lowercase” 和 Warning Failed “Error: InvalidImageName”。镜像从未被拉取，因此不会有 ImagePullBackOff：每次同步重试都以同样的方式失败。',
  },
  source: 'kubelet images/image_manager.go EnsureImageExists; distribution/reference ParseNormalizedNamed',
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: bad-name
spec:
  containers:
  - name: web
    image: Nginx:Latest
`,
  until: 60,
} satisfies ScenarioDef;
