/**
 * The built site from a plain static server under a sub-path (relative base), and offline after the
 * first load through the service worker (public/sw.js). No request ever leaves the page's origin,
 * including the service worker's own.
 */
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { PodLife } from './fixtures';

const DIST = process.env.PODLIFE_DIST ?? 'dist';
const TYPES: Record<string, string> = {
  '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.ttf': 'font/ttf', '.json': 'application/json',
};

/** The dumbest static host: files under /some/deep/path/, nothing else (no SPA fallback, no headers). */
function staticHost(prefix: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(prefix)) return void res.writeHead(404).end();
    const rel = normalize(path.slice(prefix.length) || 'index.html').replace(/^(\.\.[/\\])+/, '');
    readFile(join(DIST, rel.endsWith('/') || rel === '.' ? 'index.html' : rel)).then(
      (body) => res.writeHead(200, { 'content-type': TYPES[extname(rel)] ?? 'text/html' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Every request of the context (pages, workers, the service worker) stays on `origin`. */
function guardOrigin(context: BrowserContext, origin: string): string[] {
  const foreign: string[] = [];
  context.on('request', (r) => {
    const u = new URL(r.url());
    if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== origin) foreign.push(r.url());
  });
  return foreign;
}

async function waitForOfflineReady(page: Page) {
  // The worker installs (precaches every built file) and activates after the first load.
  // Polled from here: page.waitForFunction takes a returned Promise as truthy, so an async
  // predicate there would pass at once and the test would race the install.
  await expect
    .poll(() => page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      // Activated, and this page is controlled (clients.claim() has run): only then does a reload
      // with the network off go through the worker for certain.
      return reg?.active?.state === 'activated' && navigator.serviceWorker.controller !== null;
    }), { timeout: 30_000 })
    .toBe(true);
  // Activation follows a complete install: the one PodLife cache holds the shell and the assets.
  const cached = await page.evaluate(async () => {
    const keys = (await caches.keys()).filter((k) => k.startsWith('podlife-'));
    const entries = keys.length === 1 ? await (await caches.open(keys[0]!)).keys() : [];
    return { caches: keys.length, shell: entries.some((r) => new URL(r.url).pathname.endsWith('/')), entries: entries.length };
  });
  expect(cached.caches).toBe(1);
  expect(cached.shell).toBe(true);
  expect(cached.entries).toBeGreaterThan(10);
}

async function simulationWorks(podlife: PodLife) {
  await podlife.ready();
  await podlife.loadScenario('crashloop-backoff');
  await podlife.settled();
  await podlife.seek(120_000);
  await expect(podlife.page.getByTestId('status.get.status')).toHaveText(/CrashLoopBackOff|Error/);
}

test('offline after the first load: reload with the network off finds the editor and a working simulation', async ({ page, context, baseURL }) => {
  const foreign = guardOrigin(context, new URL(baseURL!).origin);
  const podlife = new PodLife(page);
  await podlife.open('?scenario=pod-phases-basics');
  await waitForOfflineReady(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('.monaco-editor .view-line').first()).toBeVisible();
  await simulationWorks(podlife);
  // A scenario URL never visited before also opens offline (the shell ignores the query).
  await page.goto('/?scenario=liveness-exec');
  await podlife.ready();
  expect((await podlife.state()).scenarioId).toBe('liveness-exec');
  await context.setOffline(false);
  expect(foreign).toEqual([]);
});

test('a plain static server under a sub-path serves the build, and it keeps working once the server is gone', async ({ browser }) => {
  const prefix = '/some/deep/path/';
  const server = await staticHost(prefix);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const context = await browser.newContext();
  const foreign = guardOrigin(context, origin);
  try {
    const page = await context.newPage();
    const podlife = new PodLife(page);
    await page.goto(`${origin}${prefix}?scenario=pod-phases-basics`);
    await simulationWorks(podlife);
    await waitForOfflineReady(page);

    await new Promise((r) => server.close(r)); // the host is gone, not just "offline"
    server.closeAllConnections();
    await page.reload();
    await simulationWorks(podlife);
    expect(foreign).toEqual([]);
  } finally {
    await context.close();
    if (server.listening) server.close();
  }
});

test('the built page registers ./sw.js relative to itself, so any sub-path works', async ({ page }) => {
  const podlife = new PodLife(page);
  await podlife.open('?scenario=pod-phases-basics');
  await waitForOfflineReady(page);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
  expect(scope).toBe(new URL('./', page.url()).href);
});
