import type { ScenarioDef } from '../types';

/**
 * restartPolicy × exit code: six small Pods. One generator keeps the six manifests identical except
 * for the two knobs, so the comparison in the picker is fair.
 */
type Policy = 'Always' | 'OnFailure' | 'Never';

const outcome: Record<Policy, Record<0 | 1, { en: string; zh: string }>> = {
  Always: {
    0: {
      en: 'Even a successful exit is restarted: the container goes to CrashLoopBackOff with growing back-off and the phase stays Running (getPhase: all stopped + Always → Running). STATUS alternates Completed / CrashLoopBackOff.',
      zh: '即使正常退出也会被重启：容器进入 CrashLoopBackOff，back-off 越来越长，phase 保持 Running（getPhase：全部停止且 restartPolicy 为 Always → Running）。STATUS 在 Completed 与 CrashLoopBackOff 之间交替。',
    },
    1: {
      en: 'A failing container is restarted at once, then after 10 s, 20 s, 40 s … (CrashLoopBackOff); the phase stays Running and RESTARTS keeps growing.',
      zh: '失败的容器第一次立即重启，之后依次等待 10 秒、20 秒、40 秒……（CrashLoopBackOff）；phase 一直保持 Running，RESTARTS 不断增长。',
    },
  },
  OnFailure: {
    0: {
      en: 'Exit 0 is success: nothing is restarted and the phase becomes Succeeded (STATUS Completed).',
      zh: '退出码 0 表示成功：OnFailure 只在失败时重启，所以不会重启，phase 变为 Succeeded（STATUS 显示 Completed），READY 为 0/1。',
    },
    1: {
      en: 'Exit 1 is a failure: the container is restarted with back-off and the phase stays Running (getPhase: OnFailure with a failed container → Running).',
      zh: '退出码 1 表示失败：容器按 back-off 重启，phase 保持 Running（getPhase：OnFailure 且有失败容器 → Running）。',
    },
  },
  Never: {
    0: {
      en: 'Nothing is restarted; every container exited 0, so the phase is Succeeded (STATUS Completed).',
      zh: 'Never 表示从不重启；所有常规容器都以 0 退出，所以 phase 为 Succeeded（STATUS 显示 Completed）。',
    },
    1: {
      en: 'Nothing is restarted; a container exited non-zero, so the phase is Failed (STATUS Error).',
      zh: 'Never 表示从不重启；有常规容器以非 0 退出，所以 phase 为 Failed（STATUS 显示 Error）。',
    },
  },
};

function restartScenario(policy: Policy, code: 0 | 1): ScenarioDef {
  const lower = policy.toLowerCase();
  return {
    id: `restart-${lower}-exit-${code}`,
    topic: 'restarts',
    title: {
      en: `restartPolicy ${policy}, container exits ${code}`,
      zh: `restartPolicy ${policy}，容器以 ${code} 退出`,
    },
    summary: {
      en: `The container runs for 5 s and exits with code ${code}. ${outcome[policy][code].en}`,
      zh: `容器运行 5 秒后以退出码 ${code} 结束。${outcome[policy][code].zh}`,
    },
    source: 'Seed article 1 §四 (容器的重启策略); kubernetes.io "Pod Lifecycle — Container restart policy"',
    manifest: `apiVersion: v1
kind: Pod
metadata:
  name: restart-${lower}-exit-${code}
spec:
  restartPolicy: ${policy}
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "echo working; sleep 5; exit ${code}"]
`,
    until: 120,
  };
}

export const restartAlwaysExit0 = restartScenario('Always', 0);
export const restartAlwaysExit1 = restartScenario('Always', 1);
export const restartOnFailureExit0 = restartScenario('OnFailure', 0);
export const restartOnFailureExit1 = restartScenario('OnFailure', 1);
export const restartNeverExit0 = restartScenario('Never', 0);
export const restartNeverExit1 = restartScenario('Never', 1);
