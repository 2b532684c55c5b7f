/**
 * Workshop mode: narration follows the cursor and links to manifest lines; guided lessons run end
 * to end in English and in Chinese (answer, reveal, next), remember progress and open from links.
 */
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

const lessonTab = (page: Page) => page.getByTestId('narration.tabs').getByTestId('tab.lessons');

/** Line numbers the editor currently highlights (from the gutter decoration). */
async function highlightedLines(page: Page): Promise<number[]> {
  return page.locator('.margin-view-overlays > div:has(.editor-highlight-gutter) .line-numbers').allInnerTexts().then((l) => l.map(Number).sort((a, b) => a - b));
}

test.describe('narration', () => {
  test('follows the cursor, hides what comes next, and a click highlights the field in the editor', async ({ podlife, page }) => {
    await podlife.open('?scenario=liveness-exec');
    const panel = page.getByTestId('narration');
    await podlife.seek(10_000);
    // Nothing from the future is shown: every item is at or before the cursor. Polled: the panel
    // renders the seek after the bridge call returns (on a slow machine the first read is stale).
    const times = () => panel.getByTestId('narration.item').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-t'))));
    await expect.poll(() => times().then((t) => t.length)).toBeGreaterThan(3);
    expect(Math.max(...(await times()))).toBeLessThanOrEqual(10_000);
    await expect(panel.locator('[data-state="ahead"]')).toHaveCount(0);

    await podlife.seek(46_000);
    const now = panel.locator('[data-state="now"]');
    await expect(now.filter({ hasText: 'failed 3 times in a row' })).toHaveCount(1);
    // The third failure and the kill both quote the (defaulted) threshold.
    await expect(now.filter({ hasText: 'failureThreshold: 3 by default' })).toHaveCount(2);
    await expect(now.filter({ hasText: 'restarts at once' })).toHaveCount(1);
    await podlife.shot('narration-liveness-en');

    // Click a probe-failure item: the cursor jumps to it and the livenessProbe lines light up.
    const failure = panel.getByTestId('narration.item').filter({ hasText: 'failure 2 of' }).first();
    await failure.locator('.nar-main').click();
    await expect.poll(() => podlife.state().then((s) => s.cursor)).toBe(40_000);
    await expect.poll(() => highlightedLines(page)).toContain(16);
    const firstLine = (await highlightedLines(page))[0]!;
    await expect(page.locator('.monaco-editor .view-line').filter({ hasText: 'livenessProbe' })).toBeVisible();
    expect(firstLine).toBeGreaterThanOrEqual(16);

    // The concept chip opens a glossary entry; "show what comes next" reveals future items dimmed.
    await failure.getByTestId('narration.concept').click();
    await expect(failure.getByRole('note')).toContainText('failureThreshold');
    await panel.getByTestId('narration.ahead').click();
    await expect(panel.locator('[data-state="ahead"]').first()).toBeVisible();
  });

  test('a deletion names terminationGracePeriodSeconds and its line (Chinese too)', async ({ podlife, page }) => {
    await podlife.open('?scenario=prestop-exceeds-grace');
    await podlife.seek(5_000);
    const del = page.getByTestId('narration.item').filter({ hasText: 'terminationGracePeriodSeconds: 10, line 6' }).first();
    await expect(del).toBeVisible();
    await del.locator('.nar-main').click();
    await expect.poll(() => highlightedLines(page)).toEqual([6]);
    await page.getByTestId('top.lang.zh').click();
    await expect(page.getByTestId('narration.item').filter({ hasText: 'terminationGracePeriodSeconds: 10，第 6 行' }).first()).toBeVisible();
    await podlife.shot('narration-delete-zh');
  });
});

test.describe('guided lessons', () => {
  test('a full lesson in English: answer, check, reveal, next, finish; progress is remembered', async ({ podlife, page }) => {
    await podlife.open();
    await lessonTab(page).click();
    await page.getByTestId('lesson.open.sidecars').click();
    const lesson = page.getByTestId('lesson');
    await expect(lesson).toHaveAttribute('data-step', '1');
    await expect.poll(() => podlife.state().then((s) => s.scenarioId)).toBe('sidecars-start-stop-order');
    await expect(page).toHaveURL(/lesson=sidecars&step=1/);

    await lesson.getByTestId('lesson.choice').and(page.locator('[value="Init:1/2"]')).check();
    await lesson.getByTestId('lesson.check').click();
    await expect(lesson.getByTestId('lesson.result')).toContainText('Correct!');
    await expect(lesson.getByTestId('lesson.answer')).toContainText('Init:1/2');
    // Revealing moves the cursor to the moment asked about, where the status panel agrees.
    await expect.poll(() => podlife.state().then((s) => s.cursor)).toBe(2_500);
    expect((await podlife.state()).pod?.get?.status).toBe('Init:1/2');
    await podlife.shot('lesson-sidecars-en');

    await lesson.getByTestId('lesson.next').click();
    await expect(lesson).toHaveAttribute('data-step', '2');
    await expect.poll(() => podlife.state().then((s) => s.cursor)).toBe(29_000);
    await lesson.getByTestId('lesson.reveal').click();
    await expect(lesson.getByTestId('lesson.answer')).toContainText('Running');
    await expect(lesson.getByTestId('lesson.explain')).toContainText('reverse spec order');
    await lesson.getByTestId('lesson.finish').click();
    await expect(lesson.getByTestId('lesson.complete')).toContainText('1 of 2');

    // Reloading keeps the step (the URL is a link to it) and the progress (localStorage).
    await expect(page).toHaveURL(/lesson=sidecars&step=2/);
    await page.reload();
    await podlife.ready();
    await expect(page.getByTestId('lesson')).toHaveAttribute('data-step', '2');
    await page.getByTestId('lesson.close').click();
    await expect(page).not.toHaveURL(/lesson=/);
    await expect(page.getByTestId('lesson.open.sidecars')).toContainText('Done');
  });

  test('a full lesson in Chinese, with a wrong answer and free input; a link opens a step', async ({ podlife, page }) => {
    await podlife.open('?lesson=init-containers&step=1');
    await page.getByTestId('top.lang.zh').click();
    const lesson = page.getByTestId('lesson');
    await expect(lesson.getByTestId('lesson.progress')).toHaveText('第 1 步，共 3 步');
    await lesson.getByTestId('lesson.choice').and(page.locator('[value="Running"]')).check();
    await lesson.getByTestId('lesson.check').click();
    await expect(lesson.getByTestId('lesson.result')).toContainText('不太对');
    await expect(lesson.getByTestId('lesson.answer')).toContainText('Init:0/1');
    await lesson.getByTestId('lesson.next').click();

    // Free input, checked against the Started event of the simulation (seconds, unit optional).
    await expect(lesson.getByTestId('lesson.check')).toBeDisabled();
    await lesson.getByTestId('lesson.input').fill('23 秒');
    await lesson.getByTestId('lesson.check').click();
    await expect(lesson.getByTestId('lesson.result')).toContainText('正确');
    await podlife.shot('lesson-init-zh');
    await lesson.getByTestId('lesson.next').click();

    await lesson.getByTestId('lesson.reveal').click();
    await expect(lesson.getByTestId('lesson.answer')).toContainText('Failed');
    await expect(lesson.getByTestId('lesson.explain')).toContainText('restartPolicy 为 Never');
    await lesson.getByTestId('lesson.finish').click();
    await expect(lesson.getByTestId('lesson.complete')).toContainText('课程完成');

    // The address bar is a link to the current step.
    await page.goto('/?lesson=jobs&step=3');
    await podlife.ready();
    await expect(page.getByTestId('lesson')).toHaveAttribute('data-step', '3');
    await expect.poll(() => podlife.state().then((s) => s.scenarioId)).toBe('active-deadline-exceeded');
    await expect.poll(() => podlife.state().then((s) => s.cursor)).toBe(20_000);
  });
});
