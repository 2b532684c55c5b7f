/**
 * The growing horizon in the real page: the worker keeps its simulation and sends only what is new
 * (src/state/incremental.ts); the page appends it. The past on screen must not change, and an edit
 * afterwards is an ordinary full run again.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

type Run = { status: string; extended: boolean; probes: number; hasTrace: boolean };
const run = (page: Page) =>
  page.evaluate(() => (window as unknown as { __podlife: { getState(): { run: Run; until: number } } }).__podlife.getState());

test('extending the horizon appends a delta from the worker; the status at an earlier moment is unchanged; an edit runs in full', async ({ podlife, page }) => {
  await podlife.open('?scenario=liveness-exec');
  const first = await run(page);
  expect(first.run.extended).toBe(false);
  await podlife.seek(100_000);
  const get = page.getByTestId('status.get.status');
  const before = await podlife.state().then((s) => s.pod?.get?.status ?? '');
  expect(before).not.toBe('');
  await expect(get).toHaveText(before);

  await page.evaluate((h) => (window as unknown as { __podlife: { extendHorizon(ms: number): void } }).__podlife.extendHorizon(h), first.until * 2);
  await expect.poll(() => run(page).then((s) => s.until === first.until * 2 && s.run.status === 'ok')).toBe(true);
  const after = await run(page);
  expect(after.run.extended).toBe(true);
  expect(after.run.probes).toBeGreaterThan(first.run.probes);
  // The badge says what the time was spent on: only the new stretch.
  await expect(page.getByTestId('run.ok')).toContainText('Extended to');
  await podlife.seek(100_000);
  await expect(get).toHaveText(before);
  // The new stretch is there: the restart count keeps growing past the old horizon.
  await podlife.seek(first.until * 2 - 1000);
  await expect.poll(() => podlife.state().then((s) => Number(s.pod?.get?.restarts.split(' ')[0] ?? 0))).toBeGreaterThan(3);

  // An edit is a new scenario: simulated and sent whole.
  await podlife.caretAfter('periodSeconds');
  await page.keyboard.press('Enter');
  await page.keyboard.type('# edited');
  await expect.poll(() => run(page).then((s) => s.run.status === 'ok' && !s.run.extended)).toBe(true);
  await expect(page.getByTestId('run.ok')).toContainText('Simulated');
});
