/**
 * Export: each download is opened and checked — the timeline SVG parses and has the lanes, the PNG
 * is the SVG at 2×, the transcript has the `get -w` header and `describe` at the cursor, the JSON is
 * the CLI's document (version 1 with frames). Blob URLs only: the fixture fails on any network.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

async function download(page: Page, item: string): Promise<{ name: string; body: Buffer }> {
  await page.getByTestId('top.export').click();
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(item).click()]);
  expect(d.url()).toMatch(/^blob:/);
  return { name: d.suggestedFilename(), body: readFileSync((await d.path())!) };
}

/** PNG width and height from the IHDR chunk. */
const pngSize = (b: Buffer) => ({ sig: b.subarray(1, 4).toString('latin1'), w: b.readUInt32BE(16), h: b.readUInt32BE(20) });

test.describe('export', () => {
  test.beforeEach(async ({ podlife }) => {
    await podlife.open('?scenario=crashloop-backoff');
    await podlife.seek(60_000);
  });

  test('timeline as SVG: a standalone picture with the container lane, probe and pod rows, styles inlined', async ({ page }) => {
    const { name, body } = await download(page, 'export.svg');
    expect(name).toBe('crashloop-backoff.timeline.svg');
    const text = body.toString('utf8');
    const info = await page.evaluate((src) => {
      const doc = new DOMParser().parseFromString(src, 'image/svg+xml');
      const svg = doc.documentElement;
      return {
        root: svg.tagName,
        error: doc.querySelector('parsererror')?.textContent ?? null,
        width: svg.getAttribute('width'),
        height: Number(svg.getAttribute('height')),
        rows: [...doc.querySelectorAll('[data-row]')].map((g) => g.getAttribute('data-row')),
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
        styledFill: (doc.querySelector('[data-row="c:app"] rect') as SVGElement | null)?.getAttribute('style') ?? '',
        classes: doc.querySelectorAll('.tl-export').length,
      };
    }, text);
    expect(info.error).toBeNull();
    expect(info.root).toBe('svg');
    expect(info.width).toBe('1280');
    expect(info.rows).toEqual(expect.arrayContaining(['events', 'c:app', 'bars:app', 'phase', 'cond:Ready']));
    expect(info.texts).toEqual(expect.arrayContaining(['app', 'phase']));
    expect(info.texts.some((t) => t?.includes('CrashLoopBackOff') || t === 'CLBO')).toBe(true);
    // Stands alone: colours are inline, not in the page's stylesheet.
    expect(info.styledFill).toMatch(/fill:\s*rgb/);
  });

  test('timeline as PNG at 2× the SVG size', async ({ page }) => {
    const svg = await download(page, 'export.svg');
    const height = Number(/height="(\d+)"/.exec(svg.body.toString('utf8'))![1]);
    const { name, body } = await download(page, 'export.png');
    expect(name).toBe('crashloop-backoff.timeline.png');
    const size = pngSize(body);
    expect(size.sig).toBe('PNG');
    expect(size.w).toBe(2560);
    expect(size.h).toBe(height * 2);
    // Not a blank canvas: many distinct bytes in the image data.
    expect(body.length).toBeGreaterThan(30_000);
    // Look at it: the exported picture, scaled to the screenshot width.
    const viewer = await page.context().newPage();
    await viewer.setContent(`<body style="margin:0"><img src="data:image/png;base64,${body.toString('base64')}" style="width:1280px;display:block"></body>`);
    await viewer.screenshot({ path: 'screenshots/export-01-timeline-png.png', fullPage: true });
    await viewer.close();
  });

  test('kubectl transcript: the `get -w` lines with their header, then describe at the cursor', async ({ page }) => {
    const { name, body } = await download(page, 'export.transcript');
    expect(name).toBe('crashloop-backoff.kubectl.txt');
    const text = body.toString('utf8');
    expect(text).toMatch(/^\$ kubectl get pod crashloop -w\nNAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\n/);
    expect(text).toContain('CrashLoopBackOff');
    expect(text).toMatch(/\$ kubectl describe pod crashloop {4}# at 60s\n/);
    expect(text).toMatch(/^Name:\s+crashloop$/m);
    expect(text).toMatch(/^Events:/m);
  });

  test('trace as JSON: the CLI document, version 1 with frames', async ({ page }) => {
    const { name, body } = await download(page, 'export.json');
    expect(name).toBe('crashloop-backoff.trace.json');
    const doc = JSON.parse(body.toString('utf8')) as { version: number; until: number; frames: { t: number; kubectl: { status: string } | null }[]; events: unknown[] };
    expect(doc.version).toBe(1);
    expect(doc.frames.length).toBeGreaterThan(5);
    expect(doc.frames[0]!.t).toBe(0);
    expect(doc.frames.some((f) => f.kubectl?.status === 'CrashLoopBackOff')).toBe(true);
    expect(doc.events.length).toBeGreaterThan(0);
  });
});
