import { test, expect, hoverUntil, type PodLife } from './fixtures';
import type { Page } from '@playwright/test';

/** The diagram node `id` (e.g. `c:app:running`). */
const node = (page: Page, id: string) => page.locator(`[data-testid="flow.node"][data-node="${id}"]`);

async function openFlow(podlife: PodLife, page: Page, scenario: string, expand = true) {
  await podlife.open(`?scenario=${scenario}`);
  await expect(page.getByTestId('flow.canvas')).toBeVisible();
  if (expand) {
    await page.getByTestId('flow.expand').click();
    await expect(page.getByTestId('flow')).toHaveAttribute('data-expanded', 'true');
  }
}

/** Waits until every finite CSS transition/animation in the flow panel has finished (infinite pulses ignored). */
const settled = (page: Page) =>
  page.waitForFunction(() => {
    const flow = document.querySelector('[data-testid="flow"]');
    if (!flow) return false;
    return flow.getAnimations({ subtree: true }).every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity);
  });

/** Hovers a diagram node until the tooltip says `text` (see hoverUntil). */
const hoverFor = (page: Page, target: ReturnType<typeof node>, text: string) => hoverUntil(page, target, page.getByTestId('flow.tooltip'), text);

test.describe('the lifecycle flow diagram', () => {
  test('states light up in order while time moves: sidecars first, in order, then the app; deletion last', async ({ podlife, page }) => {
    await openFlow(podlife, page, 'sidecars-start-stop-order');
    const steps: [number, string[]][] = [
      [500, ['pod:pending', 'c:log-shipper:waiting']],
      [2_000, ['pod:initializing', 'c:log-shipper:running', 'c:proxy:waiting', 'c:app:waiting']],
      [3_000, ['c:proxy:running', 'c:app:waiting']],
      [4_000, ['pod:running', 'c:app:pulling']],
      [10_000, ['c:app:running', 'c:log-shipper:running', 'c:proxy:running']],
      [30_050, ['pod:terminating', 'c:app:stopping', 'del:grace']],
      [40_000, ['del:removed', 'c:app:done', 'c:log-shipper:done']],
    ];
    for (const [ms, ids] of steps) {
      await podlife.seek(ms);
      for (const id of ids) await expect(node(page, id), `${id} at ${ms} ms`).toHaveAttribute('data-status', 'active');
    }
    // Only one state per machine is lit.
    await podlife.seek(10_000);
    await expect(page.locator('[data-node^="c:app:"][data-status="active"]')).toHaveCount(1);
    await expect(node(page, 'gate:Initialized')).toHaveAttribute('data-status', 'ok');
    await podlife.seek(30_050);
    await expect(node(page, 'del:grace')).toHaveAttribute('data-status', 'active');
    await settled(page);
    await podlife.shot('flow-01-sidecars-deleting');
  });

  test('clicking a state seeks to the next time it is entered; hovering says when and why', async ({ podlife, page }) => {
    await openFlow(podlife, page, 'crashloop-backoff');
    await podlife.seek(0);
    const backoff = node(page, 'c:app:crashLoopBackOff');
    await hoverFor(page, backoff, 'Next at');
    await backoff.click();
    await expect.poll(() => podlife.state().then((s) => s.cursor)).toBeGreaterThan(0);
    const first = (await podlife.state()).cursor;
    await expect(backoff).toHaveAttribute('data-status', 'active');
    await expect(backoff).toContainText('back-off 10s');
    await backoff.click();
    await expect.poll(() => podlife.state().then((s) => s.cursor)).toBeGreaterThan(first);
    await expect(backoff).toContainText('back-off 20s');
    // Leave, then come back: the tooltip is built on enter.
    await hoverFor(page, backoff, 'from exited on DECIDE');
    await expect(page.locator('[data-edge="c:app|exited-DECIDE[restartInBackOff]-crashLoopBackOff"]')).toContainText('×2');
    await podlife.shot('flow-02-crashloop');
    // Esc closes the expanded view.
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('flow')).toHaveAttribute('data-expanded', 'false');
  });

  test('a liveness probe counts failures and kills the container at the threshold', async ({ podlife, page }) => {
    await openFlow(podlife, page, 'liveness-exec');
    await podlife.seek(41_000);
    await expect(node(page, 'c:liveness:probe:liveness')).toContainText('2/3');
    await expect(node(page, 'c:liveness:running')).toHaveAttribute('data-status', 'active');
    await podlife.seek(46_000);
    await expect(node(page, 'c:liveness:probe:liveness')).toContainText('3/3');
    await expect(node(page, 'c:liveness:stopping')).toHaveAttribute('data-status', 'active');
    await podlife.shot('flow-03-liveness-kill');
  });

  test('typing a space in the editor still works with the diagram mounted', async ({ podlife, page }) => {
    await openFlow(podlife, page, 'pod-phases-basics', false);
    await expect(page.locator('.react-flow__node').first()).toBeAttached();
    await podlife.caretAfter('kind: Pod');
    await page.keyboard.type(' # a b c');
    await expect.poll(() => podlife.state().then((s) => s.text)).toContain('kind: Pod # a b c');
    await podlife.shot('flow-04-docked');
  });

  test('reads in the dark theme and in Chinese on a projector-sized window', async ({ podlife, page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openFlow(podlife, page, 'readiness-service-endpoints', false);
    await page.getByTestId('top.theme').click();
    await page.getByTestId('top.lang.zh').click();
    await page.getByTestId('flow.expand').click();
    await podlife.seek(45_000);
    await expect(page.getByTestId('flow')).toContainText('主容器');
    await expect(page.getByTestId('flow.phase')).toHaveText('Running');
    await expect(node(page, 'c:myapp-container:running')).toHaveAttribute('data-status', 'active');
    await expect(node(page, 'c:init-myservice:done')).toHaveAttribute('data-status', 'active');
    await settled(page); // let the colour transitions finish before the picture
    await podlife.shot('flow-05-dark-zh');
  });
});
