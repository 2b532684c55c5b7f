/**
 * Nothing lost: a `?lesson=` link replaces the text on screen, but the user's own edited text is kept in a
 * recovery slot that survives a reload and can be restored.
 */
import { test, expect } from './fixtures';

test('a ?lesson= link keeps the autosaved text and offers to restore it, even after a reload', async ({ podlife, page }) => {
  await podlife.open('?scenario=pod-phases-basics');
  await podlife.caretAfter('metadata:');
  await page.keyboard.press('Enter');
  await page.keyboard.type('# my precious edit');
  await expect.poll(() => podlife.state().then((s) => s.text)).toContain('# my precious edit');
  // The autosave is debounced: wait until the edit is in storage, not for a fixed time.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('podlife.session') ?? '')).toContain('# my precious edit');

  await podlife.open('?lesson=probes');
  await expect.poll(() => podlife.state().then((s) => s.text)).not.toContain('# my precious edit');
  await expect(page.getByTestId('recover')).toBeVisible();
  await page.reload();
  await podlife.ready();
  await expect(page.getByTestId('recover')).toBeVisible();
  await page.getByTestId('recover.restore').click();
  await expect.poll(() => podlife.state().then((s) => s.text)).toContain('# my precious edit');
  await expect(page.getByTestId('recover')).toHaveCount(0);
});

test.describe('restoring before a lesson link has finished loading', () => {
  // A served-by-service-worker chunk would bypass page.route; the race needs the network path.
  test.use({ serviceWorkers: 'block' });

  test('the restored text is not replaced by the lesson when its panel arrives late, and a reload keeps it', async ({ podlife, page }) => {
    await podlife.open('?scenario=pod-phases-basics');
    await podlife.caretAfter('metadata:');
    await page.keyboard.press('Enter');
    await page.keyboard.type('# restored before the lesson');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('podlife.session') ?? '')).toContain('# restored before the lesson');
    await podlife.open('?lesson=probes');
    await expect(page.getByTestId('recover')).toBeVisible();

    // Hold the lessons chunk back (a slow projector laptop / network), restore, then let it arrive.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route(/LessonsPanel-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.reload();
    await podlife.ready();
    await page.getByTestId('recover.restore').click();
    await expect.poll(() => podlife.state().then((s) => s.text)).toContain('# restored before the lesson');
    release();
    await expect(page.locator('[data-testid^="lesson"]').first()).toBeVisible();
    await page.waitForTimeout(300); // the lesson effect would run right after the panel mounts
    expect((await podlife.state()).text).toContain('# restored before the lesson');
    // The user chose their own text over the link: a reload does not replace it again.
    expect(new URL(page.url()).searchParams.get('lesson')).toBeNull();
    await page.reload();
    await podlife.ready();
    expect((await podlife.state()).text).toContain('# restored before the lesson');
    await expect(page.getByTestId('recover')).toHaveCount(0);
  });
});
