import type { ScenarioDef } from '../types';

/** The same Pod with the article's field-name typos kept: `prestop` and `psth`. */
export const hooksWarDeployTypos = {
  id: 'hooks-war-deploy-typos',
  topic: 'hooks',
  title: { en: 'The same hooks with the article\'s typos', zh: '保留原文拼写错误的同一个钩子示例' },
  summary: {
    en: 'With `prestop` instead of `preStop`, the apiserver does not know the field: kubectl warns `unknown field "spec.containers[0].lifecycle.prestop"` and drops it (with strict validation it would refuse the object). The apiserver reports only that outermost unknown field, since `psth` is dropped along with it; PodLife points at `psth` as well. The Pod runs without any preStop hook: when it is deleted at 20 s there is no FailedPreStopHook, just SIGTERM.',
    zh: '写成 `prestop` 而不是 `preStop` 时，apiserver 不认识这个字段：kubectl 警告 `unknown field "spec.containers[0].lifecycle.prestop"` 并将其丢弃（开启严格校验时会直接拒绝该对象）。apiserver 只会报告最外层的未知字段，里面的 `psth` 随之一起被丢弃；PodLife 也会额外指出 `psth`。Pod 运行时没有任何 preStop 钩子：第 20 秒删除时不会出现 FailedPreStopHook，只有 SIGTERM。',
  },
  source: 'Seed article 2, 例1 (部署代码), typos kept',
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
      prestop:
        httpGet:
          host: monitor.com
          psth: /waring
          port: 8080
          scheme: HTTP
`,
  interventions: ['20 delete'],
  until: 60,
  corrections: [
    {
      en: 'Field names are case-sensitive: `prestop` is not `preStop`. Since 1.27 kubectl validates fields on the server by default and prints unknown fields as warnings (`--validate=strict` turns them into errors).',
      zh: '字段名区分大小写：`prestop` 不是 `preStop`。从 1.27 起 kubectl 默认在服务端校验字段，并把未知字段作为警告打印（`--validate=strict` 会把它们变成错误）。',
    },
  ],
} satisfies ScenarioDef;
