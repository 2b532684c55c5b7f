/**
 * The timeline and time control: lanes drawn from the trace, stepping, keys, speed, scrubbing,
 * zoom, skip idle, the growing horizon and interventions with undo. Time moves only through the
 * test bridge or the UI under test, never by sleeping.
 */
import type { Page } from '@playwright/test';
import { test, expect, hoverUntil, type PodLife } from './fixtures';

/** A roomy dock so every row of the timeline is on screen (the default dock is sized for editing). */
async function bigDock(page: Page, theme: 'light' | 'dark' = 'light') {
  await page.addInitScript((t) => {
    localStorage.setItem('podlife.settings', JSON.stringify({
      version: 1, lang: 'en', theme: t, sizes: { left: 40, problems: 60, dock: 520, timeline: 72 },
    }));
  }, theme);
}

/** Focus somewhere neutral so keys go to the page, not the editor. */
async function focusPage(page: Page) {
  await page.getByTestId('timeline').locator('.panel-title').click();
}

const cursor = (p: PodLife) => p.state().then((s) => s.cursor);
/** The session's intervention lines (the bridge returns them; the shared fixture type omits them). */
const interventions = (p: PodLife) => p.state().then((s) => (s as unknown as { interventions: string[] }).interventions);

test.describe('timeline', () => {
  test('draws a lane per container with reasons, back-off bars, restart marks and the pod bands', async ({ podlife, page }) => {
    await bigDock(page);
    await podlife.open('?scenario=crashloop-backoff');
    const rows = page.getByTestId('timeline.rows');
    await expect(rows.locator('[data-row="c:app"] .seg-waiting-bad').first()).toBeVisible();
    await expect(rows.locator('[data-row="c:app"] .restart').first()).toBeVisible();
    await expect(rows.locator('[data-row="bars:app"] .bar-backoff').first()).toBeVisible();
    await expect(rows.locator('[data-row="phase"] text', { hasText: 'Running' }).first()).toBeVisible();
    // Zoomed onto the first minute, the labels name the reasons and the waits.
    await page.getByTestId('timeline.fit').click();
    for (let i = 0; i < 6; i++) await page.getByTestId('timeline.zoomIn').click();
    await expect(rows.locator('[data-row="c:app"] text', { hasText: 'CrashLoopBackOff' }).first()).toBeVisible();
    await expect(rows.locator('[data-row="bars:app"] text', { hasText: 'back-off 10s' }).first()).toBeVisible();
    await podlife.shot('tl-01-crashloop-zoomed');
  });

  test('← / → step through events, Home / End go to the ends, N jumps to the next condition change', async ({ podlife, page }) => {
    await bigDock(page);
    await podlife.open('?scenario=crashloop-backoff');
    await focusPage(page);
    await page.keyboard.press('Home');
    await expect.poll(() => cursor(podlife)).toBe(0);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => cursor(podlife)).toBe(1000); // Pulling
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => cursor(podlife)).toBe(1550); // Pulled, Created, Started
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => cursor(podlife)).toBe(1000);
    await page.getByTestId('timeline.next').click();
    await expect.poll(() => cursor(podlife)).toBe(1550);
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => cursor(podlife)).toBeGreaterThan(1550);
    await page.keyboard.press('End');
    await expect.poll(() => podlife.state().then((s) => s.cursor === s.until)).toBe(true);
    await expect(page.getByTestId('status.get.status')).toHaveText('CrashLoopBackOff');
    // N walks the phase/condition changes forward: Pending → … → Running within a few presses.
    await page.keyboard.press('Home');
    await expect.poll(() => cursor(podlife)).toBe(0);
    let last = 0;
    for (let i = 0; i < 6 && (await podlife.state()).pod?.phase !== 'Running'; i++) {
      await page.keyboard.press('n');
      await expect.poll(() => cursor(podlife)).toBeGreaterThan(last);
      last = await cursor(podlife);
    }
    expect((await podlife.state()).pod?.phase).toBe('Running');
    await page.keyboard.press('p');
    await expect.poll(() => cursor(podlife)).toBeLessThan(last);
  });

  test('space plays and pauses, number keys set the speed, 1× is marked as real time', async ({ podlife, page }) => {
    await bigDock(page);
    await podlife.open('?scenario=liveness-exec');
    await focusPage(page);
    await page.keyboard.press('2');
    await expect.poll(() => podlife.state().then((s) => s.speed)).toBe(1);
    await expect(page.getByTestId('timeline.speed.1')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('timeline.speed.1')).toContainText('real time');
    await page.keyboard.press('6');
    await expect.poll(() => podlife.state().then((s) => s.speed)).toBe(100);
    await page.keyboard.press('Space');
    await expect.poll(() => podlife.state().then((s) => s.playback)).toBe('playing');
    await expect.poll(() => cursor(podlife)).toBeGreaterThan(5_000);
    await page.keyboard.press('Space');
    await expect.poll(() => podlife.state().then((s) => s.playback)).toBe('paused');
    const stopped = await cursor(podlife);
    // Only proves that nothing moves afterwards: a few frames of a paused clock.
    await page.waitForTimeout(200);
    expect(await cursor(podlife)).toBe(stopped);
    await page.getByTestId('timeline.speed.0.25').click();
    await expect.poll(() => podlife.state().then((s) => s.speed)).toBe(0.25);
  });

  test('clicking an event marker moves the cursor there; hovering shows the event and the kubectl get line', async ({ podlife, page }) => {
    await bigDock(page);
    await podlife.open('?scenario=liveness-exec');
    await podlife.seek(0);
    const marker = page.locator('[data-row="events"] .ev-warning').first();
    await hoverUntil(page, marker, page.getByTestId('timeline.hover'), 'Unhealthy');
    await expect(page.getByTestId('timeline.hover')).toContainText('RESTARTS');
    await podlife.shot('tl-02-hover-event');
    await marker.click();
    await expect.poll(() => cursor(podlife)).toBe(35_000);
    await expect(page.getByTestId('status.get.status')).toHaveText('Running');
    // The overview strip is a slider over the whole horizon.
    const ov = page.getByTestId('timeline.overview');
    const box = (await ov.boundingBox())!;
    await page.getByTestId('timeline.zoomIn').click();
    await page.getByTestId('timeline.zoomIn').click();
    await ov.click({ position: { x: box.width - 10, y: box.height / 2 } });
    await expect.poll(() => cursor(podlife)).toBeGreaterThan(280_000);
  });

  test('zoom: buttons, wheel on the axis, drag-select then zoom to selection, fit', async ({ podlife, page }) => {
    await bigDock(page);
    await podlife.open('?scenario=crashloop-backoff');
    const axis = page.getByTestId('timeline.axis');
    const step0 = Number(await axis.getAttribute('data-step'));
    await page.getByTestId('timeline.zoomIn').click();
    await page.getByTestId('timeline.zoomIn').click();
    await expect.poll(async () => Number(await axis.getAttribute('data-step'))).toBeLessThan(step0);
    await page.getByTestId('timeline.fit').click();
    await expect.poll(async () => Number(await axis.getAttribute('data-step'))).toBe(step0);
    const box = (await axis.boundingBox())!;
    await page.mouse.move(box.x + 300, box.y + 15);
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, -200);
    await expect.poll(async () => Number(await axis.getAttribute('data-step'))).toBeLessThan(step0);
    await page.getByTestId('timeline.fit').click();
    await page.mouse.move(box.x + 200, box.y + 15);
    await page.mouse.down();
    await page.mouse.move(box.x + 260, box.y + 15, { steps: 4 });
    await page.mouse.up();
    await expect(page.getByTestId('timeline.zoomSel')).toBeEnabled();
    await page.getByTestId('timeline.zoomSel').click();
    await expect.poll(async () => Number(await axis.getAttribute('data-step'))).toBeLessThan(step0 / 4);
  });

  test('skip idle jumps through a 5-minute back-off while playing', async ({ podlife, page }) => {
    await bigDock(page);
    await podlife.open('?scenario=crashloop-backoff');
    await focusPage(page);
    await page.keyboard.press('2'); // 1×: without skipping, 5 minutes would take 5 minutes
    await page.getByTestId('timeline.skipIdle').click();
    await expect(page.getByTestId('timeline.skipIdle')).toHaveAttribute('aria-pressed', 'true');
    await podlife.seek(320_000); // inside the first 5m0s wait (313.55 s → 612.55 s)
    await page.keyboard.press('Space');
    // The default timeout (15 s) still proves the skip: at 1× the cursor would reach only ~335 s.
    await expect.poll(() => cursor(podlife)).toBeGreaterThanOrEqual(611_000);
    await page.keyboard.press('Space');
  });

  test('the horizon grows as playback approaches it, and the past does not change', async ({ podlife, page }) => {
    await bigDock(page);
    await podlife.open('?scenario=pod-phases-basics');
    const before = await podlife.state();
    await podlife.seek(Math.round(before.until * 0.9));
    // The status the bridge computes at that moment, once the panel shows it (a read of the panel
    // right after the seek can still be the status at 0 on a slow machine).
    const statusBefore = (await podlife.state()).pod?.get?.status ?? '';
    expect(statusBefore).not.toBe('');
    await expect(page.getByTestId('status.get.status')).toHaveText(statusBefore);
    await focusPage(page);
    await page.keyboard.press('6');
    await page.keyboard.press('Space');
    await expect.poll(() => podlife.state().then((s) => s.until)).toBeGreaterThan(before.until);
    await page.keyboard.press('Space');
    await podlife.settled();
    await podlife.seek(Math.round(before.until * 0.9));
    await expect(page.getByTestId('status.get.status')).toHaveText(statusBefore);
  });

  test('interventions at the cursor: delete with a grace period, then undo restores the old future', async ({ podlife, page }) => {
    await bigDock(page);
    await podlife.open('?scenario=liveness-http');
    await podlife.seek(20_000);
    await page.getByTestId('timeline.act').click();
    await podlife.shot('tl-06-act-menu');
    await page.getByTestId('timeline.menu.grace').fill('5');
    await page.getByTestId('timeline.menu.delete').click();
    await expect.poll(() => interventions(podlife)).toEqual(['20 delete --grace-period=5']);
    await podlife.settled();
    await expect(page.locator('[data-intervention="0"]')).toBeVisible();
    await expect(page.locator('[data-row="deletion"] .flag-term')).toBeVisible();
    await podlife.seek(20_500);
    // TERM ended the container at once (exit 143), so kubectl shows the terminal reason.
    await expect(page.getByTestId('status.get.status')).not.toHaveText('Running');
    await expect(page.locator('[data-row="deletion"] .flag-gone')).toBeVisible();
    await page.getByTestId('timeline.undo').click();
    await expect.poll(() => interventions(podlife)).toEqual([]);
    await podlife.settled();
    await podlife.seek(20_500);
    await expect(page.getByTestId('status.get.status')).toHaveText('Running');
    await expect(page.locator('[data-row="deletion"]')).toHaveCount(0);
  });

  test('a deletion whose container ignores SIGTERM: grace countdown at the cursor, TERM then KILL when the grace runs out', async ({ podlife, page }) => {
    await bigDock(page);
    await podlife.open('?scenario=sigterm-ignored');
    await podlife.seek(25_000);
    await expect(page.getByTestId('timeline.cursor')).toContainText('grace 15s left');
    await expect(page.locator('[data-row="deletion"] .flag-term')).toBeVisible();
    await expect(page.locator('[data-row="deletion"] .flag-kill')).toBeVisible();
    await expect(page.getByTestId('status.get.status')).toHaveText('Terminating');
    await podlife.shot('tl-03-sigterm-ignored-grace');
  });

  test('kill a container with OOM at the cursor: the lane shows OOMKilled and a restart', async ({ podlife, page }) => {
    await bigDock(page);
    await podlife.open('?scenario=pod-phases-basics');
    await podlife.seek(15_000);
    await page.getByTestId('timeline.act').click();
    await page.getByTestId('timeline.menu.signal').selectOption('OOM');
    await page.getByTestId('timeline.menu.kill').click();
    await expect.poll(() => interventions(podlife).then((l) => l[0] ?? '')).toMatch(/^15 kill \S+ --signal=OOM$/);
    await podlife.settled();
    await expect(page.locator('[data-row^="c:"] .restart')).toHaveCount(1);
    await podlife.seek(15_500);
    for (let i = 0; i < 4; i++) await page.getByTestId('timeline.zoomIn').click();
    await expect(page.locator('.seg-failed text', { hasText: 'OOMKilled' }).first()).toBeVisible();
    await podlife.seek(25_000);
    await expect(page.getByTestId('status.get.restarts')).not.toHaveText('0');
  });

  test('shortcut help, readiness and Service bands; projector screenshots in light and dark', async ({ podlife, page }) => {
    await bigDock(page, 'dark');
    await podlife.open('?scenario=readiness-service-endpoints');
    await podlife.seek(45_000);
    await expect(page.locator('[data-row^="svc:"] .band-accent').first()).toBeVisible();
    await expect(page.locator('[data-row$=":readiness"] .pt-failure, [data-row$=":readiness"] .pb-failure').first()).toBeVisible();
    await podlife.shot('tl-04-readiness-dark');
    await focusPage(page);
    await page.keyboard.press('?');
    await expect(page.getByTestId('timeline.shortcuts')).toContainText('play / pause');
    await podlife.shot('tl-05-help-dark');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('timeline.shortcuts')).toHaveCount(0);
  });
});

test('projector: 1280×720 with the default layout still shows the container lane and the controls', async ({ podlife, page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await podlife.open('?scenario=liveness-exec');
  await podlife.seek(50_000);
  await expect(page.getByTestId('timeline.speed.1')).toBeVisible();
  await expect(page.getByTestId('timeline.rows')).toBeVisible();
  await podlife.shot('tl-07-projector-default-layout');
});
