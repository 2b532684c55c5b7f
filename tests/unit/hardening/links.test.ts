/**
 * Share links and storage as hostile input: every damaged link is a ShareError with a short
 * reason (boot turns it into a notice and keeps the user's saved work), and a link that decodes to
 * markup is only ever data. Storage that throws (private mode, quota) is reported, not thrown.
 */
import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, ShareError, type SharePayload } from '@/state/share';
import { browserStorage, loadSession, MAX_SAVED_TEXT, saveSession, SESSION_KEY, STORAGE_VERSION } from '@/state/persistence';
import type { SessionData } from '@/state/types';

const payload: SharePayload = {
  text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n', interventions: [], seed: 1,
  until: 60_000, cursor: 0, speed: 5, scenarioId: null,
};

const pack = async (raw: string) => {
  const bytes = new TextEncoder().encode(raw);
  const packed = new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
  return '#s=' + Buffer.from(packed).toString('base64url');
};

describe('damaged share links', () => {
  it.each([
    ['truncated to half', (h: string) => h.slice(0, 3 + Math.floor((h.length - 3) / 2))],
    ['truncated by one character', (h: string) => h.slice(0, -1)],
    ['the whole link pasted twice, prefix included', (h: string) => h + h],
    ['standard base64 with padding instead of base64url', (h: string) => h.replace(/-/g, '+').replace(/_/g, '/') + '=='],
    ['not base64 at all', () => '#s=<script>alert(1)</script>'],
    ['percent-encoded garbage', () => '#s=%3Cimg%20src%3Dx%3E'],
    ['empty', () => '#s='],
  ])('%s → ShareError', async (_name, damage) => {
    const good = await encodeShare(payload);
    const bad = damage(good);
    expect(bad).not.toBe(good);
    const err = await decodeShare(bad).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(ShareError);
    expect((err as Error).message.length).toBeGreaterThan(3);
  });

  it('the body pasted twice: an error, or (where the inflater ignores trailing data) exactly the original', async () => {
    // Chromium's DecompressionStream rejects junk after the stream end (the e2e test sees a notice);
    // Node's ignores it. Either way the link can never decode to anything but what was shared.
    const good = await encodeShare(payload);
    const res = await decodeShare(good + good.slice(3)).then((p) => p, (e: unknown) => e);
    if (res instanceof ShareError) expect(res.message.length).toBeGreaterThan(3);
    else expect(res).toEqual(payload);
  });

  it('a valid deflate stream that is HTML, not JSON → ShareError', async () => {
    await expect(decodeShare(await pack('<html><script>alert(1)</script></html>'))).rejects.toBeInstanceOf(ShareError);
  });

  it('JSON with the wrong shapes (text as object, prototype keys) → ShareError or clean data', async () => {
    await expect(decodeShare(await pack(JSON.stringify({ v: 1, text: { toString: 'x' } })))).rejects.toBeInstanceOf(ShareError);
    const clean = await decodeShare(await pack('{"v":1,"text":"a: b","__proto__":{"polluted":1},"until":-5,"speed":1e309}'));
    expect(clean.text).toBe('a: b');
    expect(clean.until).toBe(300_000); // out-of-range numbers fall back to defaults
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a link whose manifest is markup decodes to exactly that text (the page shows it as text)', async () => {
    const text = 'metadata:\n  name: "<img src=x onerror=alert(1)>"\n# </textarea><script>alert(2)</script>\n';
    expect((await decodeShare(await encodeShare({ ...payload, text }))).text).toBe(text);
  });
});

describe('storage that fails', () => {
  const data: SessionData = {
    text: 'x', origin: 'custom', scenarioId: null, interventions: [], seed: 1, until: 60_000, cursor: 0, speed: 5,
  } as SessionData;

  it('a quota error on save is returned as a message, never thrown', () => {
    const full = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    expect(saveSession(full, data)).toBe('QuotaExceededError');
  });

  it('no storage at all (private mode refused it) → "storage unavailable", and loading gives null', () => {
    expect(saveSession(null, data)).toBe('storage unavailable');
    expect(loadSession(null)).toBeNull();
  });

  it('a localStorage getter that throws (sandboxed frame) gives null instead of crashing the boot', () => {
    const g = globalThis as { localStorage?: unknown };
    const before = Object.getOwnPropertyDescriptor(g, 'localStorage');
    Object.defineProperty(g, 'localStorage', { configurable: true, get() { throw new DOMException('denied', 'SecurityError'); } });
    try {
      expect(browserStorage()).toBeNull();
    } finally {
      if (before) Object.defineProperty(g, 'localStorage', before);
      else delete g.localStorage;
    }
  });

  it('getItem throwing on read is treated as no saved session', () => {
    const broken = { getItem: () => { throw new Error('boom'); }, setItem: () => {} };
    expect(loadSession(broken)).toBeNull();
  });

  it('a big manifest (2 MB, under the 5 MB parser limit) survives save and reload — never dropped silently', () => {
    const store = new Map<string, string>();
    const kv = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    const text = 'a: b\n'.repeat(400_000);
    expect(saveSession(kv, { ...data, text })).toBeNull();
    expect(JSON.parse(store.get(SESSION_KEY)!).version).toBe(STORAGE_VERSION);
    expect(loadSession(kv)?.text).toBe(text);
    expect(MAX_SAVED_TEXT).toBeGreaterThanOrEqual(5 * 1024 * 1024);
  });
});
