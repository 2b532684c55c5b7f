/**
 * UI strings of the narration panel and the lessons, kept here (not in src/i18n) so that these
 * panels can change without touching the shared tables. Kubernetes terms stay English in zh.
 */
import { useSession } from '@/state/hooks';
import type { Lang } from '@/i18n';

const en = {
  'tab.narration': 'Narration',
  'tab.lessons': 'Lessons',
  'narration.empty': 'Nothing simulated yet.',
  'narration.before': 'Move the cursor (or press play): the story of the Pod appears here as it happens.',
  'narration.upcoming': '{n} more ahead',
  'narration.showUpcoming': 'Show what comes next',
  'narration.hideUpcoming': 'Hide what comes next',
  'narration.rule': 'rule',
  'narration.line': 'line {line}',
  'narration.concept': 'What is {title}?',
  'narration.stale': 'The manifest has errors: narrating the last good run.',
  'narration.earlier': 'Show {n} earlier',
  'lessons.title': 'Guided lessons',
  'lessons.intro': 'Each lesson loads scenarios, asks you to predict what the Pod does, then shows why.',
  'lessons.start': 'Start',
  'lessons.continue': 'Continue (step {n})',
  'lessons.done': 'Done ✓',
  'lessons.steps': '{n} steps',
  'lessons.step': 'Step {n} of {total}',
  'lessons.back': 'Back',
  'lessons.next': 'Next',
  'lessons.finish': 'Finish',
  'lessons.close': 'All lessons',
  'lessons.check': 'Check',
  'lessons.reveal': 'Reveal',
  'lessons.yourAnswer': 'Your answer',
  'lessons.correct': 'Correct!',
  'lessons.wrong': 'Not quite.',
  'lessons.answerIs': 'The simulation says: {answer}',
  'lessons.loading': 'Simulating the scenario…',
  'lessons.complete': 'Lesson complete: {score} of {total} answered right first time.',
  'lessons.copyLink': 'Copy link to this step',
  'lessons.copied': 'Link copied',
  'lessons.unknown': 'Unknown lesson “{id}”.',
  'lessons.none': '(gone)',
  'narration.fold': 'Fold the narration to one line',
  'narration.unfold': 'Show the whole narration',
} as const;

export type Key = keyof typeof en;

const zh: Record<Key, string> = {
  'tab.narration': '讲解',
  'tab.lessons': '课程',
  'narration.empty': '尚未模拟。',
  'narration.before': '移动时间轴（或按播放）：Pod 的故事会随着时间在这里出现。',
  'narration.upcoming': '后面还有 {n} 条',
  'narration.showUpcoming': '显示接下来的内容',
  'narration.hideUpcoming': '隐藏接下来的内容',
  'narration.rule': '规则',
  'narration.line': '第 {line} 行',
  'narration.concept': '什么是 {title}？',
  'narration.stale': '清单有错误：正在讲解上一次成功的运行。',
  'narration.earlier': '显示更早的 {n} 条',
  'lessons.title': '引导课程',
  'lessons.intro': '每节课加载场景，先请你预测 Pod 的行为，再解释原因。',
  'lessons.start': '开始',
  'lessons.continue': '继续（第 {n} 步）',
  'lessons.done': '已完成 ✓',
  'lessons.steps': '{n} 步',
  'lessons.step': '第 {n} 步，共 {total} 步',
  'lessons.back': '上一步',
  'lessons.next': '下一步',
  'lessons.finish': '完成',
  'lessons.close': '全部课程',
  'lessons.check': '检查',
  'lessons.reveal': '揭晓',
  'lessons.yourAnswer': '你的答案',
  'lessons.correct': '正确！',
  'lessons.wrong': '不太对。',
  'lessons.answerIs': '模拟结果：{answer}',
  'lessons.loading': '正在模拟场景……',
  'lessons.complete': '课程完成：{total} 题中 {score} 题一次答对。',
  'lessons.copyLink': '复制本步骤的链接',
  'lessons.copied': '链接已复制',
  'lessons.unknown': '未知课程“{id}”。',
  'lessons.none': '（已不存在）',
  'narration.fold': '把讲解收成一行',
  'narration.unfold': '展开完整讲解',
};

export type T = (key: Key, vars?: Record<string, string | number>) => string;

/** A translator for these panels in the session's language. */
export function useLocal(): { t: T; lang: Lang } {
  const lang = useSession((s) => s.settings.lang);
  const table = lang === 'zh' ? zh : en;
  const t: T = (key, vars) => table[key].replace(/\{(\w+)\}/g, (m, k: string) => (vars && k in vars ? String(vars[k]) : m));
  return { t, lang };
}
