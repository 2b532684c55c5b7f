/**
 * Shared Playwright fixtures: a `podlife` page object over the test bridge (`window.__podlife`) and
 * guards that every test checks: no request leaves 127.0.0.1 and no console errors.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export interface BridgeState {
  text: string;
  origin: string;
  scenarioId: string | null;
  cursor: number;
  until: number;
  speed: number;
  lang: string;
  playback: string;
  run: { status: string; stale: boolean; error: string | null; hasTrace: boolean; diagnostics: { severity: string; message: string; line?: number }[] };
  pod: { phase: string; get: { status: string; ready: string; restarts: string } | null } | null;
}

/**
 * Hovers `target` until `tip` contains `text`. Tooltips are built on mouseenter; while a panel is
 * still being fitted to its new size (the expanded flow diagram re-fits on every resize) the target
 * can move between Playwright's aim and the mouse arriving, and on a slow CI the enter never happens
 * (seen once in a clean-clone run). Leaving and entering again is what a person would do.
 */
export async function hoverUntil(page: Page, target: Locator, tip: Locator, text: string | RegExp) {
  await expect(async () => {
    await page.mouse.move(5, 5);
    await target.hover();
    await expect(tip).toContainText(text, { timeout: 1500 });
  }).toPass({ timeout: 15_000 });
}

export class PodLife {
  constructor(readonly page: Page) {}

  async open(query = '') {
    await this.page.goto(`/${query}`);
    await this.ready();
  }
  /** Editor rendered and the first run finished. */
  async ready() {
    await expect(this.page.locator('.monaco-editor .view-line').first()).toBeVisible();
    await expect.poll(() => this.state().then((s) => s.run.status)).not.toMatch(/idle|running/);
  }
  state(): Promise<BridgeState> {
    return this.page.evaluate(() => (window as unknown as { __podlife: { getState(): BridgeState } }).__podlife.getState());
  }
  /**
   * The newest run has answered. 'idle' is not an answer: loadData resets the run to idle, and a
   * run queued behind one still in flight stays idle until it starts (slow machine).
   */
  async settled() {
    await expect.poll(() => this.state().then((s) => s.run.status)).not.toMatch(/idle|running/);
  }
  seek(ms: number) {
    return this.page.evaluate((t) => (window as unknown as { __podlife: { seek(ms: number): void } }).__podlife.seek(t), ms);
  }
  loadScenario(id: string) {
    return this.page.evaluate((i) => (window as unknown as { __podlife: { loadScenario(id: string): boolean } }).__podlife.loadScenario(i), id);
  }
  /**
   * Clicks the editor line containing `text`, then presses End. Monaco renders only the visible lines,
   * so scroll from the top until the line is rendered (short editors on small screens).
   */
  async caretAfter(text: string) {
    const line = this.page.locator('.monaco-editor .view-line', { hasText: text }).first();
    if (!(await line.isVisible())) {
      const lines = this.page.locator('.monaco-editor .view-lines').first();
      await lines.hover();
      await this.page.mouse.wheel(0, -100_000);
      for (let i = 0; i < 60 && !(await line.isVisible()); i++) await this.page.mouse.wheel(0, 60);
    }
    await line.click();
    await this.page.keyboard.press('End');
  }
  async shot(name: string) {
    await this.page.screenshot({ path: `screenshots/${name}.png` });
  }
}

export const test = base.extend<{ podlife: PodLife }>({
  podlife: async ({ page }, use) => {
    const external: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (!['127.0.0.1', 'localhost'].includes(u.hostname) && !['data:', 'blob:'].includes(u.protocol)) external.push(r.url());
    });
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await use(new PodLife(page));
    expect(external, 'requests that left 127.0.0.1').toEqual([]);
    expect(errors, 'console errors').toEqual([]);
  },
});

export { expect };
