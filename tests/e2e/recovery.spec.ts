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
