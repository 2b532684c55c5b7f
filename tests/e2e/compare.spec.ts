/**
 * What-if comparison: a scenario pair on one shared clock (startupProbe vs none), the diff marked,
 * and "compare with…" on the current manifest with an editable copy B.
 */
import { test, expect } from './fixtures';

test.use({ viewport: { width: 1280, height: 720 } });

test.describe('what-if comparison', () => {
  test('startupProbe vs none: one clock, two kubectl rows, differences marked, a one-line verdict', async ({ podlife, page }) => {
    await podlife.open('?scenario=startup-probe-slow-start');
    // The picker's scenario has a twin: the button beside it opens the pair.
    await expect(page.getByTestId('top.comparePair')).toHaveText('⇄ without');
    await podlife.shot('compare-00-topbar-pair-button');
    await page.getByTestId('top.comparePair').click();
    const cmp = page.getByTestId('compare');
    await expect(cmp).toBeVisible();
    await expect(page.getByTestId('compare.summary')).toHaveText(/^with startupProbe: never restarted, Ready at [\d.]+ s; without: killed at [\d.]+ s, \d+ restarts/);
    // The table marks restarts and first kill as different.
    await expect(page.locator('[data-testid="compare.table"] tr[data-key="restarts"]')).toHaveAttribute('data-differs', 'true');
    await expect(page.locator('[data-testid="compare.table"] tr[data-key="firstKill"]')).toHaveAttribute('data-differs', 'true');
    // Both compact timelines are drawn from the timeline model.
    await expect(page.getByTestId('compare.a').locator('[data-row="c:app"]')).toHaveCount(1);
    await expect(page.getByTestId('compare.b').locator('[data-row="p:app:liveness"]')).toHaveCount(1);
    // One shared clock: PageDown steps to the next event of either pod; both rows follow it.
    await page.getByTestId('compare.time').click();
    await page.keyboard.press('End');
    await expect(page.getByTestId('compare.time')).toHaveText('5:00.0 / 5:00.0');
    await expect(page.getByTestId('compare.a.status')).toHaveText('Running');
    await expect(page.getByTestId('compare.b.status')).toHaveText(/CrashLoopBackOff|Running|Completed/);
    await page.keyboard.press('Home');
    await expect(page.getByTestId('compare.time')).toHaveText('0:00.0 / 5:00.0');
    await page.keyboard.press('PageDown');
    await expect(page.getByTestId('compare.time')).not.toHaveText('0:00.0 / 5:00.0');
    // The page's own cursor did not move underneath.
    expect((await podlife.state()).cursor).toBe(0);
    await page.getByTestId('compare.slider').fill('45000');
    await expect(page.getByTestId('compare.a.row')).toContainText('0/1');
    await expect(page.getByTestId('compare.b.row').locator('.cmp-diff').first()).toBeVisible();
    await podlife.shot('compare-01-startup-probe');
    await page.keyboard.press('Escape');
    await expect(cmp).toHaveCount(0);
  });

  test('compare with… a copy: editing B (restartPolicy Never) changes its lane and the verdict', async ({ podlife, page }) => {
    await podlife.open('?scenario=restart-always-exit-1');
    await page.getByTestId('top.workshop').click();
    await page.getByTestId('workshop.compareCopy').click();
    await expect(page.getByTestId('compare.summary')).toHaveText(/^same outcome: /);
    const b = page.getByTestId('compare.bText');
    await b.fill((await b.inputValue()).replace('restartPolicy: Always', 'restartPolicy: Never'));
    await expect(page.getByTestId('compare.summary')).toHaveText(/; your copy: never restarted, Ready at 1\.6 s, Failed$/);
    await expect(page.locator('[data-testid="compare.table"] tr[data-key="phase"] td').nth(1)).toHaveText('Failed');
    // B with an intervention: delete at 2 s, the pod is gone before it ever fails.
    await page.getByTestId('compare.bInterventions').fill('2 delete --grace-period=0');
    await expect(page.locator('[data-testid="compare.table"] tr[data-key="status"] td').nth(1)).toHaveText('—');
    await podlife.shot('compare-02-copy-edited');
  });
});
