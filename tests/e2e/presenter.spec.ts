/**
 * Presenter view: `?present=1` and the top-bar toggle, large clock and kubectl row, editor hidden,
 * PageDown/PageUp step through events, B blanks, F goes fullscreen (not the timeline's "fit"),
 * Escape ends the show. Screenshots at 1280×720, the projector size.
 */
import type { Page } from '@playwright/test';
import { test, expect, type PodLife } from './fixtures';

test.use({ viewport: { width: 1280, height: 720 } });

async function openPresenting(podlife: PodLife, page: Page, query: string) {
  await page.goto(`/${query}`);
  await expect(page.getByTestId('presenter')).toBeVisible();
  await expect.poll(() => podlife.state().then((s) => s.run.status)).toBe('ok');
}
const cursor = (p: PodLife) => p.state().then((s) => s.cursor);

test.describe('presenter view', () => {
  test('?present=1 opens it: editor hidden, big clock and speed, kubectl row, latest events', async ({ podlife, page }) => {
    await openPresenting(podlife, page, '?scenario=crashloop-backoff&present=1');
    await expect(page.locator('.monaco-editor')).toHaveCount(0);
    await podlife.seek(30_000);
    await expect(page.getByTestId('presenter.clock')).toHaveText('0:30.0');
    await expect(page.getByTestId('presenter.speed')).toContainText('×5');
    await expect(page.getByTestId('presenter.get')).toContainText(/NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE/);
    await expect(page.getByTestId('presenter.get')).toContainText(/CrashLoopBackOff|Error|Running/);
    await expect(page.getByTestId('presenter.events').locator('li').first()).toBeVisible();
    // Large type: the clock reads from the back of the room.
    const clockPx = await page.getByTestId('presenter.clock').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(clockPx).toBeGreaterThanOrEqual(40);
    const getPx = await page.getByTestId('presenter.get').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(getPx).toBeGreaterThanOrEqual(22);
    // The whole view fits the projector: nothing scrolls the page.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(720);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    const side = await page.locator('.pv-side').boundingBox();
    expect(side!.x + side!.width).toBeLessThanOrEqual(1280);
    await expect(page.getByTestId('timeline')).toBeVisible();
    await podlife.shot('present-01-crashloop-light');
  });

  test('PageDown / PageUp (a presentation remote) step through the events; arrows still work', async ({ podlife, page }) => {
    await openPresenting(podlife, page, '?scenario=crashloop-backoff&present=1');
    await podlife.seek(0);
    await page.keyboard.press('PageDown');
    await expect.poll(() => cursor(podlife)).toBe(1000); // Pulling
    await page.keyboard.press('PageDown');
    await expect.poll(() => cursor(podlife)).toBe(1550); // Pulled, Created, Started
    await page.keyboard.press('PageUp');
    await expect.poll(() => cursor(podlife)).toBe(1000);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => cursor(podlife)).toBe(1550);
    await page.getByTestId('presenter.next').click();
    await expect.poll(() => cursor(podlife)).toBeGreaterThan(1550);
  });

  test('B blanks the screen and any key brings it back; F toggles fullscreen', async ({ podlife, page }) => {
    await openPresenting(podlife, page, '?scenario=crashloop-backoff&present=1');
    await page.keyboard.press('b');
    await expect(page.getByTestId('presenter.blank')).toBeVisible();
    const before = await cursor(podlife);
    await page.keyboard.press('PageDown');
    await expect(page.getByTestId('presenter.blank')).toHaveCount(0);
    expect(await cursor(podlife)).toBe(before); // the key only un-blanked
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await expect(page.getByTestId('presenter')).toHaveAttribute('data-fullscreen', 'true');
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
  });

  test('the top-bar toggle enters and leaves it, keeping ?present=1 in the address in sync', async ({ podlife, page }) => {
    await page.addInitScript(() => {
      localStorage.setItem('podlife.settings', JSON.stringify({ version: 1, lang: 'en', theme: 'dark', sizes: { left: 40, problems: 60, dock: 300, timeline: 60 } }));
    });
    await podlife.open('?scenario=startup-probe-missing');
    await page.getByTestId('top.present').click();
    await expect(page.getByTestId('presenter')).toBeVisible();
    await expect(page).toHaveURL((u) => u.searchParams.get('present') === '1');
    await podlife.seek(45_000);
    await podlife.shot('present-02-startup-missing-dark');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('presenter')).toHaveCount(0);
    await expect(page.locator('.monaco-editor').first()).toBeVisible();
    await expect(page).toHaveURL((u) => u.searchParams.get('present') === null);
  });
});

test('with a guided lesson open, PageDown / PageUp walk its steps (and the address follows)', async ({ podlife, page }) => {
  await openPresenting(podlife, page, '?lesson=restarts-and-backoff&step=1&present=1');
  await expect(page.getByTestId('presenter.title')).toContainText('1/4');
  await expect(page.getByTestId('presenter.lesson')).not.toBeEmpty();
  // The link opened the step's own run, with the cursor where the step starts.
  await expect.poll(() => podlife.state().then((s) => s.scenarioId)).toBe('restart-always-exit-0');
  await expect.poll(() => podlife.state().then((s) => s.cursor)).toBe(3000);
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('presenter.title')).toContainText('2/4');
  await expect.poll(() => podlife.state().then((s) => s.scenarioId)).toBe('restart-onfailure-exit-0');
  await expect.poll(() => podlife.state().then((s) => s.cursor)).toBe(3000);
  await expect(page).toHaveURL((u) => u.searchParams.get('step') === '2');
  await page.keyboard.press('PageUp');
  await expect(page.getByTestId('presenter.title')).toContainText('1/4');
  await expect.poll(() => podlife.state().then((s) => s.scenarioId)).toBe('restart-always-exit-0');
  // Arrows still step through the events of the step's run.
  const before = await cursor(podlife);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => cursor(podlife)).toBeGreaterThan(before);
  // A long lesson title never pushes the side panel or the buttons off the projector.
  const side = await page.locator('.pv-side').boundingBox();
  expect(side!.x + side!.width).toBeLessThanOrEqual(1280);
  const exit = await page.getByTestId('presenter.exit').boundingBox();
  expect(exit!.x + exit!.width).toBeLessThanOrEqual(1280);
  await podlife.shot('present-03-lesson-step');
});
