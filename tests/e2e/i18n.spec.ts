/**
 * The Chinese page (the first audience reads Chinese): with 中文 chosen (a zh-CN browser on first
 * visit), the presenter view, the what-if comparison, the real-pod dialog and the flow diagram's
 * hover text carry no English prose — Kubernetes terms and cluster messages stay as they are.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, hoverUntil, type PodLife } from './fixtures';

test.use({ locale: 'zh-CN', viewport: { width: 1280, height: 720 } });

/** English sentences these views used to show (one per kind of string: chrome, verdict, explain). */
const ENGLISH = [
  'What just happened', 'Why', 'What-if comparison', 'never restarted', 'killed at', 'same outcome',
  'Real pod explained', 'Why it looks like this', 'keeps exiting', 'restarted 4 times', 'so the pod stays Running',
  'Next at', 'click to jump', 'Entered', 'Never True in this run', 'Has not run yet',
];
async function noEnglish(page: Page, testId: string) {
  const text = await page.getByTestId(testId).innerText();
  for (const s of ENGLISH) expect(text, `"${s}" in ${testId}`).not.toContain(s);
}
async function openZh(podlife: PodLife, query: string) {
  await podlife.open(query);
  expect((await podlife.state()).lang).toBe('zh');
}

test.describe('the Chinese UI', () => {
  test('presenter view: headings and the explain reasons are Chinese', async ({ podlife, page }) => {
    await page.goto('/?scenario=crashloop-backoff&present=1');
    await expect(page.getByTestId('presenter')).toBeVisible();
    await expect.poll(() => podlife.state().then((s) => s.run.status)).toBe('ok');
    await podlife.seek(60_000);
    const view = page.getByTestId('presenter');
    await expect(view).toContainText('刚刚发生了什么');
    await expect(view).toContainText('没有容器在运行，但 restartPolicy Always 会重启它们');
    await expect(view).toContainText('条件 Ready 为 False（ContainersNotReady');
    await noEnglish(page, 'presenter');
    await podlife.shot('i18n-01-presenter-zh');
  });

  test('what-if comparison: the pair button, headline and table are Chinese', async ({ podlife, page }) => {
    await openZh(podlife, '?scenario=startup-probe-slow-start');
    await expect(page.getByTestId('top.comparePair')).toHaveText('⇄ 不加 startupProbe');
    await page.getByTestId('top.comparePair').click();
    await expect(page.getByTestId('compare.summary')).toHaveText(/^有 startupProbe：从未重启，[\d.]+ s 时 Ready；不加 startupProbe：[\d.]+ s 时被杀，重启 \d+ 次/);
    await expect(page.getByTestId('compare.table')).toContainText('首次被杀');
    await expect(page.getByTestId('compare')).toContainText('假设对比');
    await noEnglish(page, 'compare');
    await podlife.shot('i18n-02-compare-zh');
  });

  test('real pod explained: the verdict and every reason are Chinese, cluster messages untouched', async ({ podlife, page }) => {
    await openZh(podlife, '?scenario=pod-phases-basics');
    await page.getByTestId('top.workshop').click();
    await page.getByTestId('workshop.realpod').click();
    await page.getByTestId('realpod.pod').fill(readFileSync('tests/fixtures/realpod/crashloop.yaml', 'utf8'));
    await page.getByTestId('realpod.explain').click();
    await expect(page.getByTestId('realpod.status')).toHaveText('CrashLoopBackOff');
    const reasons = page.getByTestId('realpod.reasons');
    await expect(reasons).toContainText('处于 CrashLoopBackOff：它反复退出');
    await expect(reasons).toContainText('已重启 4 次');
    await expect(page.getByTestId('realpod')).toContainText('为什么是这个样子');
    await expect(page.getByTestId('realpod.match')).toContainText('重放在');
    await noEnglish(page, 'realpod');
    await podlife.shot('i18n-03-realpod-zh');
  });

  test('flow diagram: hovering a state and a condition says it in Chinese', async ({ podlife, page }) => {
    await openZh(podlife, '?scenario=crashloop-backoff');
    await page.getByTestId('flow.expand').click();
    await podlife.seek(0);
    const tip = page.getByTestId('flow.tooltip');
    await hoverUntil(page, page.locator('[data-testid="flow.node"][data-node="c:app:crashLoopBackOff"]'), tip, 'app · crashLoopBackOff');
    await expect(tip).toContainText(/下一次在 \d+:\d\d\.\d，点击跳转/);
    await noEnglish(page, 'flow.tooltip');
    await hoverUntil(page, page.locator('[data-testid="flow.node"][data-node="gate:Ready"]'), tip, '条件 Ready');
    await expect(tip).toContainText('本次运行中从未为 True。');
    await podlife.shot('i18n-04-flow-tooltip-zh');
  });
});
