import type { ScenarioDef } from '../types';

/**
 * Seed article 4 §4.4–4.5: myapp with a TCP liveness probe and an HTTP readiness probe behind a
 * Service. Deleting the page makes the Pod unready (endpoint removed); restoring it brings it back.
 */
export const seedMyappReadiness = {
  id: 'readiness-service-endpoints',
  topic: 'network',
  title: { en: 'Readiness removes the Pod from its Service', zh: '就绪探针把 Pod 从 Service 中摘除' },
  summary: {
    en: 'myapp-container has a tcpSocket livenessProbe on port 80 and an httpGet readinessProbe on /hostname.html (period 3 s, failureThreshold 3). At 30 s `rm` deletes the page: nginx answers 404, after three consecutive failures the container becomes unready (READY 0/1) and the endpoints controller removes the Pod from myservice — but nothing restarts, because port 80 is still open for the liveness probe. At 60 s the page is restored; one success (successThreshold 1) makes it ready and the endpoint returns.',
    zh: 'myapp-container 有一个检测 80 端口的 tcpSocket livenessProbe，以及一个请求 /hostname.html 的 httpGet readinessProbe（period 3 秒，failureThreshold 3）。第 30 秒用 `rm` 删除页面：nginx 返回 404，连续三次失败后容器变为未就绪（READY 0/1），endpoints controller 把 Pod 从 myservice 中移除——但不会重启，因为 80 端口仍然开着，存活探针依然成功。第 60 秒恢复页面；一次成功（successThreshold 1）即可恢复就绪，endpoint 重新加入。',
  },
  source: 'Seed article 4 §4.4 存活探针, §4.5 就绪探针',
  manifest: `kind: Service
apiVersion: v1
metadata:
  name: myservice
spec:
  ports:
    - protocol: TCP
      port: 80
      targetPort: 80
  selector:
    app: myapp
---
apiVersion: v1
kind: Pod
metadata:
  name: myapp-pod
  labels:
    app: myapp
spec:
  containers:
  - name: myapp-container
    image: myapp:v1
    imagePullPolicy: IfNotPresent
    livenessProbe:
      tcpSocket:
        port: 80
      initialDelaySeconds: 1
      periodSeconds: 3
      timeoutSeconds: 1
    readinessProbe:
      httpGet:
        path: /hostname.html
        port: 80
      initialDelaySeconds: 1
      periodSeconds: 3
      timeoutSeconds: 1
  initContainers:
  - name: init-myservice
    image: busyboxplus
    command: ['sh', '-c', "until nslookup myservice.default.svc.cluster.local; do echo waiting for myservice; sleep 2; done"]
`,
  interventions: [
    '30 exec myapp-container -- rm /usr/share/nginx/html/hostname.html',
    '60 exec myapp-container -- sh -c "echo myapp-pod > /usr/share/nginx/html/hostname.html"',
  ],
  until: 90,
  corrections: [
    {
      en: 'The article says readiness "before the initial delay defaults to Failure". Precisely: a container with a readinessProbe is unready until the probe\'s first success; one without a readinessProbe is ready as soon as it runs (and its startupProbe, if any, has succeeded).',
      zh: '原文说“初始延迟之前的就绪状态默认为 Failure”。准确地说：有 readinessProbe 的容器在探针第一次成功之前都是未就绪；没有 readinessProbe 的容器一运行（且 startupProbe 已成功，如果有的话）就是就绪。',
    },
    {
      en: 'Probe results are Success, Failure or Unknown; Unknown (e.g. the probe could not be run) takes no action. The kubelet counts consecutive results: failureThreshold failures in a row flip readiness, successThreshold successes flip it back.',
      zh: '探测结果有 Success、Failure、Unknown 三种；Unknown（例如探针无法执行）不会触发任何动作。kubelet 统计连续结果：连续 failureThreshold 次失败才改变就绪状态，连续 successThreshold 次成功才恢复。',
    },
  ],
} satisfies ScenarioDef;
