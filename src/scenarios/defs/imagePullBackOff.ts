import type { ScenarioDef } from '../types';

/** A tag that does not exist: ErrImagePull, then ImagePullBackOff with growing back-off. */
export const imagePullBackOff = {
  id: 'image-pull-backoff',
  topic: 'restarts',
  title: { en: 'ImagePullBackOff: a tag that does not exist', zh: 'ImagePullBackOff：不存在的镜像标签' },
  summary: {
    en: 'nginx:doesnotexist cannot be pulled. The first attempt fails with ErrImagePull (Warning Failed "Failed to pull image …"); the kubelet then backs off per image — 10 s, doubling to 300 s — and the container waits with reason ImagePullBackOff between attempts. The Pod stays Pending (STATUS alternates ErrImagePull / ImagePullBackOff); nothing ever starts, so RESTARTS stays 0.',
    zh: 'nginx:doesnotexist 无法拉取。第一次拉取以 ErrImagePull 失败（Warning Failed “Failed to pull image …”）；之后 kubelet 针对该镜像进行 back-off——10 秒起，翻倍直到 300 秒——两次尝试之间容器处于 waiting，reason 为 ImagePullBackOff。Pod 保持 Pending（STATUS 在 ErrImagePull 与 ImagePullBackOff 之间交替）；容器从未启动，所以 RESTARTS 一直为 0。',
  },
  source: 'kubernetes.io "Images — Image pull back-off"',
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: bad-image
spec:
  containers:
  - name: web
    image: nginx:doesnotexist
`,
  until: 180,
} satisfies ScenarioDef;
