/**
 * Words on the diagram, in the kubelet's vocabulary (en) and the seed articles' (zh). State keys
 * come from the machine definitions; a key this table does not know is shown as-is, so a state
 * added to a machine still appears (the picture follows the definition, the words are extra).
 */
import type { ContainerLane, GraphEdge } from '@/engine';
import type { AriaLabelConfig } from '@xyflow/react';
import type { Vocab } from './layout';

type Lang = 'en' | 'zh';

type Words = Record<string, [string, string?]>;

const CONTAINER: Record<Lang, Words> = {
  en: {
    waiting: ['Waiting', 'ContainerCreating'], pulling: ['Pulling', 'image pull'], imagePullBackOff: ['ImagePullBackOff', 'ErrImagePull'],
    starting: ['Starting', 'create + start'], running: ['Running'], stopping: ['Stopping', 'Killing'],
    exited: ['Terminated', 'restart?'], crashLoopBackOff: ['CrashLoopBackOff', 'back-off'], done: ['Done', 'will not run again'],
  },
  zh: {
    waiting: ['等待', 'ContainerCreating'], pulling: ['拉取镜像', 'Pulling'], imagePullBackOff: ['ImagePullBackOff', '拉取失败退避'],
    starting: ['启动中', '创建并启动'], running: ['运行中', 'Running'], stopping: ['终止中', 'Killing'],
    exited: ['已终止', '是否重启?'], crashLoopBackOff: ['CrashLoopBackOff', '重启退避'], done: ['结束', '不再运行'],
  },
};
const POD: Record<Lang, Words> = {
  en: {
    pending: ['Pending', 'sandbox'], initializing: ['Initializing', 'init containers'], running: ['Running', 'containers started'],
    terminating: ['Terminating', 'killing containers'], succeeded: ['Succeeded'], failed: ['Failed'], gone: ['Removed', 'object deleted'],
  },
  zh: {
    pending: ['Pending', '创建沙箱'], initializing: ['初始化', '初始化容器'], running: ['Running', '容器已启动'],
    terminating: ['Terminating', '终止容器'], succeeded: ['Succeeded'], failed: ['Failed'], gone: ['已删除', '对象已移除'],
  },
};
const ACTORS: Record<Lang, Record<string, string>> = {
  en: { kubectl: 'kubectl', apiserver: 'API server', etcd: 'etcd', scheduler: 'scheduler', kubelet: 'kubelet', runtime: 'runtime (CRI)' },
  zh: { kubectl: 'kubectl', apiserver: 'API server', etcd: 'etcd', scheduler: '调度器', kubelet: 'kubelet', runtime: '容器运行时 (CRI)' },
};
const DELETION: Record<Lang, Record<string, string>> = {
  en: { delete: 'kubectl delete', terminating: 'Terminating', endpoints: 'endpoints removed', preStop: 'preStop hook', sigterm: 'SIGTERM', grace: 'grace period', sigkill: 'SIGKILL', removed: 'object removed' },
  zh: { delete: 'kubectl delete', terminating: 'Terminating', endpoints: '移出端点', preStop: 'preStop 钩子', sigterm: 'SIGTERM', grace: '宽限期', sigkill: 'SIGKILL', removed: '对象移除' },
};
const SECTIONS: Record<Lang, Record<string, string>> = {
  en: { cp: 'Control plane · creation', del: 'Deletion', pod: 'Pod', init: 'Init containers · one at a time, in order', sidecar: 'Sidecars · started in order, keep running', app: 'App containers · in parallel' },
  zh: { cp: '控制平面 · 创建过程', del: '删除过程', pod: 'Pod', init: '初始化容器 · 按顺序逐个运行', sidecar: '边车容器 · 按序启动并保持运行', app: '主容器 · 并行运行' },
};
const EDGE: Record<Lang, Record<string, string>> = {
  en: {
    willNotRestart: 'no restart', restartInBackOff: 'back-off', restartNow: 'restart now', BACK_OFF_EXPIRED: 'back-off over',
    RETRY: 'retry', PULL: 'pull again', hasInitContainers: 'has init', succeeded: 'all exit 0', TERMINATE: 'delete / deadline',
  },
  zh: {
    willNotRestart: '不重启', restartInBackOff: '退避', restartNow: '立即重启', BACK_OFF_EXPIRED: '退避结束',
    RETRY: '重试', PULL: '再次拉取', hasInitContainers: '有初始化容器', succeeded: '全部退出 0', TERMINATE: '删除 / 超时',
  },
};
const ORDER: Record<Lang, Record<string, string>> = {
  en: { 'exited 0': 'after exit 0', started: 'after started' },
  zh: { 'exited 0': '成功退出后', started: '启动后' },
};

/** The diagram's word for a state (the key itself when the table does not know it); no side effects. */
export function stateLabel(lang: string, machine: 'pod' | 'container', key: string): string {
  return ((machine === 'pod' ? POD : CONTAINER)[lang === 'zh' ? 'zh' : 'en'][key] ?? [key])[0];
}

/** The diagram's words in `lang` (unknown keys fall back to the key itself). */
export function vocabFor(lang: string): Vocab {
  const l: Lang = lang === 'zh' ? 'zh' : 'en';
  return {
    state(machine, key, lane?: ContainerLane) {
      const [label, hint] = (machine === 'pod' ? POD : CONTAINER)[l][key] ?? [key];
      // Hooks run inside these states: say so where the lane defines them.
      if (machine === 'container' && key === 'starting' && lane?.hooks.postStart) return { label, hint: 'postStart' };
      if (machine === 'container' && key === 'stopping' && lane?.hooks.preStop) return { label, hint: 'preStop → TERM' };
      return hint ? { label, hint } : { label };
    },
    // Zero-width spaces at camelCase joins let long condition names wrap onto two lines.
    gate: (c) => c.replace(/([a-z])([A-Z])/g, '$1\u200b$2'),
    actor: (a) => ACTORS[l][a] ?? a,
    deletion: (s) => DELETION[l][s] ?? s,
    section: (id) => SECTIONS[l][id] ?? id,
    order: (w) => ORDER[l][w] ?? w,
    edge: (e: GraphEdge) => EDGE[l][e.guard ?? e.event] ?? e.guard ?? e.event,
  };
}

const WORDS = {
  en: {
    legend: 'Legend', active: 'current state', visited: 'visited', just: 'transition just taken', gateTrue: 'condition True',
    expand: 'Expand', collapse: 'Close', expandTip: 'Show the diagram over the whole window (Esc closes)', collapseTip: 'Back to the dock (Esc)',
    fit: 'Fit', clickHint: 'Click to jump to the next time it is entered',
  },
  zh: {
    legend: '图例', active: '当前状态', visited: '经历过', just: '刚发生的转换', gateTrue: '条件为 True',
    expand: '放大', collapse: '关闭', expandTip: '全窗口显示流程图(Esc 关闭)', collapseTip: '返回(Esc)',
    fit: '适应', clickHint: '点击跳到下一次进入该状态的时刻',
  },
};

/** Panel chrome words (legend, buttons) in `lang`. */
export function flowWords(lang: string): (typeof WORDS)['en'] {
  return WORDS[lang === 'zh' ? 'zh' : 'en'];
}

/**
 * React Flow's own screen-reader and control texts in Chinese (its defaults are English), for
 * `<ReactFlow ariaLabelConfig={flowAriaLabels(lang)}>`; English keeps the library defaults.
 */
export function flowAriaLabels(lang: string): Partial<AriaLabelConfig> {
  if (lang !== 'zh') return {};
  return {
    'node.a11yDescription.default': '按 Enter 或空格选中节点，按 Esc 取消。',
    'node.a11yDescription.keyboardDisabled': '按 Enter 或空格选中节点，按 Esc 取消。',
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) => `已将选中的节点向${direction}移动，新位置 x: ${x}，y: ${y}`,
    'edge.a11yDescription.default': '按 Enter 或空格选中连线，按 Esc 取消。',
    'controls.ariaLabel': '控制面板',
    'controls.zoomIn.ariaLabel': '放大',
    'controls.zoomOut.ariaLabel': '缩小',
    'controls.fitView.ariaLabel': '适应视图',
    'controls.interactive.ariaLabel': '切换交互',
    'minimap.ariaLabel': '缩略图',
    'handle.ariaLabel': '连接点',
  };
}
