import { test, expect, PodLife } from './fixtures';

test.describe('the playground page', () => {
  test('loads, runs the default scenario and shows the Pod at the cursor', async ({ podlife, page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => scripts.push(new URL(r.url()).pathname));
    await podlife.open('?scenario=pod-phases-basics');
    // The simulation runs in the Web Worker: the inline fallback chunk is never fetched.
    expect(scripts.some((p) => p.includes('simWorker'))).toBe(true);
    expect(scripts.some((p) => p.includes('runOnce'))).toBe(false);
    await podlife.seek(30_000);
    await expect(page.getByTestId('status.get.status')).toHaveText('Running');
    await expect(page.getByTestId('run.ok')).toBeVisible();
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("default-src 'self'");
    await podlife.shot('01-loaded');
  });

  test('picking a scenario from the picker runs it', async ({ podlife, page }) => {
    await podlife.open('?scenario=pod-phases-basics');
    await page.getByTestId('top.scenario').selectOption('crashloop-backoff');
    await expect.poll(() => podlife.state().then((s) => s.scenarioId)).toBe('crashloop-backoff');
    await podlife.settled();
    await podlife.seek(120_000);
    await expect(page.getByTestId('status.get.status')).toHaveText(/CrashLoopBackOff|Error/);
    await expect(page.getByTestId('top.brief')).toContainText('CrashLoopBackOff');
    await podlife.shot('02-crashloop');
  });

  test('typing a change re-runs the simulation and the status follows', async ({ podlife, page }) => {
    await podlife.open('?scenario=restart-never-exit-0');
    await podlife.seek(100_000);
    const before = (await podlife.state()).pod?.phase;
    expect(before).toBe('Succeeded');
    // restartPolicy Never → Always: the container restarts after exiting 0.
    await podlife.caretAfter('restartPolicy: Never');
    for (let i = 0; i < 'Never'.length; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('Always');
    await expect.poll(() => podlife.state().then((s) => s.text)).toContain('restartPolicy: Always');
    await podlife.settled();
    await podlife.seek(100_000);
    await expect.poll(() => podlife.state().then((s) => s.pod?.phase)).toBe('Running');
    await expect(page.getByTestId('status.get.restarts')).not.toHaveText('0');
  });

  test('an error shows a marker, a problem entry and the stale badge; Space is typed into the editor', async ({ podlife, page }) => {
    await podlife.open('?scenario=pod-phases-basics');
    await podlife.caretAfter('containers:');
    await page.keyboard.press('Enter');
    await page.keyboard.type('bogus field: [unclosed');
    await expect.poll(() => podlife.state().then((s) => s.text)).toContain('bogus field: [unclosed');
    await expect(page.locator('.squiggly-error').first()).toBeVisible();
    await expect(page.getByTestId('run.stale')).toBeVisible();
    await expect(page.getByTestId('problems.item').first()).toBeVisible();
    await podlife.shot('03-error-stale');
    // The problem list jumps to the line.
    await page.getByTestId('problems.item').first().click();
    await expect(page.locator('.editor-highlight-line').first()).toBeVisible();
  });

  test('clicking an Unhealthy event highlights its probe in the manifest', async ({ podlife, page }) => {
    await podlife.open('?scenario=liveness-exec');
    await podlife.seek(60_000);
    await page.getByTestId('tab.events').click();
    const unhealthy = page.locator('[data-testid="status.event"][data-reason="Unhealthy"]').first();
    await unhealthy.click();
    await expect(page.locator('.editor-highlight-line').first()).toBeVisible();
    await expect(page.locator('.view-line', { hasText: 'livenessProbe' }).first()).toBeVisible();
    await podlife.shot('04-event-highlight');
    await page.getByTestId('tab.describe').click();
    await expect(page.getByTestId('status.describe')).toContainText('Events:');
  });

  test('reload finds the edited text and the cursor (autosave)', async ({ podlife, page }) => {
    await podlife.open('?scenario=pod-phases-basics');
    await podlife.caretAfter('metadata:');
    await page.keyboard.press('Enter');
    await page.keyboard.type('# remembered edit');
    await podlife.seek(12_300);
    await expect.poll(() => podlife.state().then((s) => s.text)).toContain('# remembered edit');
    await page.reload();
    await podlife.ready();
    const s = await podlife.state();
    expect(s.text).toContain('# remembered edit');
    expect(s.cursor).toBe(12_300);
  });

  test('a share link lands on the same moment; a damaged one keeps the user\'s own work', async ({ podlife, page, context }) => {
    await podlife.open('?scenario=liveness-exec');
    await podlife.seek(47_000);
    await page.getByTestId('top.share').click();
    await expect(page.getByTestId('top.share')).toHaveAttribute('data-share-url', /#s=/);
    const url = await page.getByTestId('top.share').getAttribute('data-share-url');
    const mine = await podlife.state();

    const other = new PodLife(await context.newPage());
    await other.page.goto(url!);
    await other.ready();
    const shared = await other.state();
    expect(shared.origin).toBe('shared');
    expect(shared.cursor).toBe(47_000);
    expect(shared.text).toBe(mine.text);
    await expect(other.page.getByTestId('top.shared')).toBeVisible();
    await other.shot('05-shared');

    // A damaged link opened fresh: a clear message, and the user's autosaved work (not the link).
    await other.page.goto('about:blank');
    await other.page.goto('/#s=garbage!!');
    await other.ready();
    await expect(other.page.getByTestId('notice.notice.share.bad')).toBeVisible();
    expect((await other.state()).text).toBe(mine.text);
    expect((await other.state()).origin).not.toBe('shared');
    await other.shot('05b-bad-link');
    // The same damaged link pasted into an open tab (hash change only).
    await other.page.evaluate(() => (window.location.hash = '#s=AAAA'));
    await expect(other.page.getByTestId('notice.notice.share.bad')).toHaveCount(2);
    await other.page.close();
  });

  test('switching language translates the UI but keeps Kubernetes terms', async ({ podlife, page }) => {
    await podlife.open('?scenario=pod-phases-basics');
    await podlife.seek(30_000);
    await page.getByTestId('top.lang.zh').click();
    await expect(page.getByTestId('tab.overview')).toHaveText('概览');
    await expect(page.getByTestId('status.get.status')).toHaveText('Running');
    // Set in an effect after the render the assertion above saw: poll, do not read once.
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await podlife.shot('06-zh');
    await page.reload();
    await podlife.ready();
    await expect(page.getByTestId('tab.overview')).toHaveText('概览');
  });

  test('dark theme and playback', async ({ podlife, page }) => {
    await podlife.open('?scenario=liveness-exec');
    await page.getByTestId('top.theme').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.getByTestId('timebar.speed').selectOption('60');
    await page.getByTestId('timebar.play').click();
    await expect.poll(() => podlife.state().then((s) => s.cursor)).toBeGreaterThan(10_000);
    await page.getByTestId('timebar.play').click();
    await expect.poll(() => podlife.state().then((s) => s.playback)).toBe('paused');
    await podlife.seek(80_000);
    await podlife.shot('07-dark');
  });
});
