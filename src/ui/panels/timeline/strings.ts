/**
 * The timeline's own words, English and Chinese. Kept beside the panel (the shared catalogue in
 * src/i18n belongs to the page); Kubernetes reasons (CrashLoopBackOff …) are never translated.
 */
import { useSession } from '@/state/hooks';

const en = {
  title: 'Timeline',
  prevEvent: 'Previous event (←)',
  nextEvent: 'Next event (→)',
  nextChange: 'Next phase or condition change (N)',
  prevChange: 'Previous phase or condition change (P)',
  skipIdle: 'Skip idle stretches while playing (I)',
  zoomIn: 'Zoom in (+)',
  zoomOut: 'Zoom out (−)',
  fit: 'Fit the whole run (F)',
  zoomSel: 'Zoom to selection (Z)',
  help: 'Keyboard shortcuts (?)',
  realTime: 'real time',
  speed: 'Speed',
  act: 'Act at cursor',
  actShort: 'Act',
  undo: 'Undo',
  undoTitle: 'Remove the last intervention and restore the old future',
  deletePod: 'Delete pod',
  grace: 'grace s',
  force: 'force',
  kill: 'Kill container',
  exec: 'Exec',
  service: 'Service',
  node: 'Node',
  gate: 'Readiness gate',
  apply: 'apply',
  remove: 'delete',
  lose: 'lose node',
  restore: 'restore node',
  run: 'Run',
  noService: 'no Service in this run',
  noGate: 'no readinessGates in the spec',
  hint: 'drag: pan · wheel on the axis: zoom · ctrl+wheel: zoom · drag on the axis: select · click: move the cursor',
  getAt: 'kubectl get pod at',
  close: 'Close',
  fitShort: 'fit',
  selShort: 'sel',
  idleShort: 'idle',
  overview: 'overview',
  rowEvents: 'events',
  rowBars: 'hooks · waits',
  rowPod: 'pod',
  rowDeletion: 'deletion',
} as const;

export type TlKey = keyof typeof en;
/** Every word the timeline has (the keys of the English table). */
export const TL_KEYS = Object.keys(en) as readonly TlKey[];

const zh: Record<TlKey, string> = {
  title: '时间线',
  prevEvent: '上一个事件 (←)',
  nextEvent: '下一个事件 (→)',
  nextChange: '下一次阶段或条件变化 (N)',
  prevChange: '上一次阶段或条件变化 (P)',
  skipIdle: '播放时跳过空闲时段 (I)',
  zoomIn: '放大 (+)',
  zoomOut: '缩小 (−)',
  fit: '显示整个运行 (F)',
  zoomSel: '缩放到选区 (Z)',
  help: '键盘快捷键 (?)',
  realTime: '实时',
  speed: '速度',
  act: '在游标处操作',
  actShort: '操作',
  undo: '撤销',
  undoTitle: '移除最后一次干预，恢复原来的未来',
  deletePod: '删除 Pod',
  grace: '宽限秒数',
  force: '强制',
  kill: '杀死容器',
  exec: '执行命令',
  service: 'Service',
  node: '节点',
  gate: '就绪门控',
  apply: '创建',
  remove: '删除',
  lose: '节点失联',
  restore: '节点恢复',
  run: '执行',
  noService: '本次运行没有 Service',
  noGate: 'spec 中没有 readinessGates',
  hint: '拖动：平移 · 在刻度上滚轮：缩放 · ctrl+滚轮：缩放 · 在刻度上拖动：选区 · 点击：移动游标',
  getAt: 'kubectl get pod，时间',
  close: '关闭',
  fitShort: '全部',
  selShort: '选区',
  idleShort: '跳过空闲',
  overview: '总览',
  rowEvents: '事件',
  rowBars: '钩子 · 等待',
  rowPod: 'Pod',
  rowDeletion: '删除',
};

/** Shortcut list for the help overlay: [keys, English, Chinese]. */
export const SHORTCUTS: readonly [string, string, string][] = [
  ['Space', 'play / pause', '播放 / 暂停'],
  ['← / →', 'previous / next event', '上一个 / 下一个事件'],
  ['Shift + ← / →', 'step back / forward (a tenth of the view)', '后退 / 前进（视图的十分之一）'],
  ['P / N', 'previous / next phase or condition change', '上一次 / 下一次阶段或条件变化'],
  ['Home / End', 'start / end of the run', '运行开始 / 结束'],
  ['1 – 6', 'speed 0.25× · 1× · 5× · 10× · 30× · 100×', '速度 0.25× · 1× · 5× · 10× · 30× · 100×'],
  ['I', 'skip idle on / off', '跳过空闲 开 / 关'],
  ['+ / − / F / Z', 'zoom in / out / fit / to selection', '放大 / 缩小 / 全部 / 选区'],
  ['?', 'this help', '本帮助'],
];

/** The timeline's translator for `lang` (pure: also used off screen, by the picture export). */
export function tlFor(lang: string | undefined): (key: TlKey) => string {
  return (key) => (lang === 'zh' ? zh[key] : en[key]);
}

/** The timeline's translator for the session language. */
export function useTl(): (key: TlKey) => string {
  return tlFor(useSession((s) => s.settings.lang));
}

/** True when the session language is Chinese (for the shortcut table). */
export function useIsZh(): boolean {
  return useSession((s) => s.settings.lang === 'zh');
}
