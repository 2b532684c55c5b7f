/**
 * Layout modes at projector size (1280×720) and on a 1080p monitor: Edit gives the editor the
 * height, Watch gives it to the timeline and flow, dragging a divider switches to Custom; the
 * narration folds to one line (by default on short windows) and the scenario banner stays one line.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const P720 = { width: 1280, height: 720 };
const P1080 = { width: 1920, height: 1080 };

/** Pixel figures of the panels on screen (editor lines at Monaco's 21 px line height). */
async function figures(page: Page) {
  return page.evaluate(() => {
    const h = (sel: string) => document.querySelector(sel)?.getBoundingClientRect().height ?? 0;
    return {
      editorLines: Math.floor(h('[data-testid="editor"] .monaco-editor .monaco-scrollable-element') / 21),
      status: Math.round(h('[data-testid="status"]')),
      statusTab: Math.round(h('[data-testid="status"] .tab-panel')),
      timeline: Math.round(h('[data-testid="timeline"]')),
      flow: Math.round(h('[data-testid="flow"]')),
    };
  });
}

/**
 * One figure, for `expect.poll`: splits size with flex at once, but Monaco and React Flow (a lazy
 * chunk) lay out a frame or more later, so each size is polled until it holds instead of read once.
 */
const figure = (page: Page, key: keyof Awaited<ReturnType<typeof figures>>) => () => figures(page).then((f) => f[key]);

test.describe('layout modes', () => {
  test('Edit at 1280×720: at least 10 editor lines, the status Overview readable, the timeline still there', async ({ podlife, page }) => {
    await page.setViewportSize(P720);
    await podlife.open('?scenario=crashloop-backoff');
    await podlife.seek(60_000);
    await expect(page.getByTestId('top.layout.edit')).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(figure(page, 'editorLines')).toBeGreaterThanOrEqual(10);
    await expect.poll(figure(page, 'statusTab')).toBeGreaterThanOrEqual(100);
    await expect.poll(figure(page, 'timeline')).toBeGreaterThanOrEqual(140);
    await podlife.shot('layout-edit-720');
  });

  test('Watch at 1280×720: timeline and flow at least 280 px tall, kubectl get still on screen', async ({ podlife, page }) => {
    await page.setViewportSize(P720);
    await podlife.open('?scenario=crashloop-backoff');
    await podlife.seek(60_000);
    await page.getByTestId('top.layout.watch').click();
    await expect(page.getByTestId('top.layout.watch')).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(figure(page, 'timeline')).toBeGreaterThanOrEqual(280);
    await expect.poll(figure(page, 'flow')).toBeGreaterThanOrEqual(280);
    await expect.poll(figure(page, 'editorLines')).toBeGreaterThanOrEqual(5);
    await expect(page.getByTestId('status.get.status')).toBeInViewport();
    await podlife.shot('layout-watch-720');
    // The mode is remembered.
    await page.reload();
    await podlife.ready();
    await expect(page.getByTestId('top.layout.watch')).toHaveAttribute('aria-pressed', 'true');
  });

  test('presets follow the window height: at 1920×1080 Edit shows 20+ lines and Watch a 480+ px timeline', async ({ podlife, page }) => {
    await page.setViewportSize(P1080);
    await podlife.open('?scenario=crashloop-backoff');
    await podlife.seek(60_000);
    await expect.poll(figure(page, 'editorLines')).toBeGreaterThanOrEqual(20);
    await podlife.shot('layout-edit-1080');
    await page.getByTestId('top.layout.watch').click();
    await expect.poll(figure(page, 'timeline')).toBeGreaterThanOrEqual(480);
    await podlife.shot('layout-watch-1080');
  });

  test('dragging the dock divider switches to Custom and keeps the dragged size across a reload', async ({ podlife, page }) => {
    await page.setViewportSize(P720);
    await podlife.open('?scenario=crashloop-backoff');
    const handle = page.getByTestId('layout.dock').locator('> .split-handle');
    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 4);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y - 60, { steps: 4 });
    await page.mouse.up();
    await expect(page.getByTestId('top.layout.custom')).toHaveAttribute('aria-pressed', 'true');
    const dock = await page.getByTestId('layout.dock').locator('> .split-pane').nth(1).boundingBox();
    await page.reload();
    await podlife.ready();
    await expect(page.getByTestId('top.layout.custom')).toHaveAttribute('aria-pressed', 'true');
    const dockHeight = async () => (await page.getByTestId('layout.dock').locator('> .split-pane').nth(1).boundingBox())!.height;
    await expect.poll(async () => Math.abs((await dockHeight()) - dock!.height)).toBeLessThanOrEqual(1);
    // Edit brings the preset back; Custom the dragged sizes.
    await page.getByTestId('top.layout.edit').click();
    await expect.poll(dockHeight).toBeLessThan(dock!.height - 30);
    await page.getByTestId('top.layout.custom').click();
    await expect.poll(dockHeight).toBeCloseTo(dock!.height, 0);
  });

  test('E and W switch modes from the keyboard, but not while typing in the editor', async ({ podlife, page }) => {
    await page.setViewportSize(P720);
    await podlife.open('?scenario=crashloop-backoff');
    // Focus somewhere neutral (the status heading) so keys go to the page.
    await page.getByTestId('status').locator('.panel-title').click();
    await page.keyboard.press('w');
    await expect(page.getByTestId('top.layout.watch')).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('e');
    await expect(page.getByTestId('top.layout.edit')).toHaveAttribute('aria-pressed', 'true');
    await podlife.caretAfter('name: crashloop');
    await page.keyboard.type('w');
    await expect(page.getByTestId('top.layout.edit')).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => podlife.state().then((s) => s.text)).toContain('name: crashloopw');
  });
});

test.describe('narration fold', () => {
  test('folded to the current sentence by default at 720 px; the toggle is remembered across reloads', async ({ podlife, page }) => {
    await page.setViewportSize(P720);
    await podlife.open('?scenario=crashloop-backoff');
    await podlife.seek(60_000);
    const panel = page.getByTestId('narration.panel');
    await expect(panel).toHaveAttribute('data-folded', 'true');
    await expect(page.getByTestId('narration.line-now')).toContainText('CrashLoopBackOff');
    await expect.poll(async () => (await panel.boundingBox())!.height).toBeLessThanOrEqual(48);
    await page.getByTestId('narration.fold').click();
    await expect(panel).toHaveAttribute('data-folded', 'false');
    await expect(page.getByTestId('narration.item').first()).toBeVisible();
    await page.reload();
    await podlife.ready();
    await expect(page.getByTestId('narration.panel')).toHaveAttribute('data-folded', 'false');
    await page.getByTestId('narration.fold').click();
    await page.reload();
    await podlife.ready();
    await expect(page.getByTestId('narration.panel')).toHaveAttribute('data-folded', 'true');
    await podlife.shot('layout-folded-720');
  });

  test('open by default on a 1080 px window', async ({ podlife, page }) => {
    await page.setViewportSize(P1080);
    await podlife.open('?scenario=crashloop-backoff');
    await expect(page.getByTestId('narration.panel')).toHaveAttribute('data-folded', 'false');
  });
});

test.describe('scenario banner', () => {
  test('is one line at 1280 px, opens its summary over the page, and can be dismissed and brought back', async ({ podlife, page }) => {
    await page.setViewportSize(P720);
    await podlife.open('?scenario=crashloop-backoff');
    const brief = page.getByTestId('top.brief');
    expect((await brief.boundingBox())!.height).toBeLessThanOrEqual(33);
    const editorTop = (await page.getByTestId('editor').boundingBox())!.y;
    await brief.locator('.brief-main').click();
    await expect(page.getByTestId('top.brief.card')).toContainText('restartPolicy Always');
    // The card floats: the panels below do not move.
    expect((await page.getByTestId('editor').boundingBox())!.y).toBe(editorTop);
    await podlife.shot('layout-brief-card');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('top.brief.card')).toHaveCount(0);
    await page.getByTestId('top.brief.dismiss').click();
    await expect(brief).toHaveCount(0);
    await page.reload();
    await podlife.ready();
    await expect(page.getByTestId('top.brief')).toHaveCount(0);
    await page.getByTestId('top.brief.show').click();
    await expect(page.getByTestId('top.brief')).toContainText('CrashLoopBackOff');
  });
});
