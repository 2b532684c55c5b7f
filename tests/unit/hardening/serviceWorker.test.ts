/**
 * public/sw.js run in a sandbox with fake caches and network: precache on install, cache-first for
 * same-origin GETs, the shell for navigations (offline at any query), old versions dropped, and
 * requests to other origins never touched. Plus the Content-Security-Policy's shape.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { CSP } from '@/app/csp';

const ORIGIN = 'https://podlife.example';
const SCOPE = `${ORIGIN}/app/`;
type Req = { url: string; method: string; mode: string; headers: Headers };
const req = (url: string, init: Partial<Req> = {}): Req => ({ url: new URL(url, SCOPE).href, method: 'GET', mode: 'cors', headers: new Headers(), ...init });

function loadWorker(files: string[], version = 'v1') {
  const source = readFileSync('public/sw.js', 'utf8').replace(/\/\*__PRECACHE__\*\/[^;]*;/, `${JSON.stringify({ version, files })};`);
  const handlers: Record<string, (e: unknown) => void> = {};
  const stores = new Map<string, Map<string, Response>>();
  const network: string[] = [];
  const key = (r: Req | Request | string, ignoreSearch = false) => {
    const u = new URL(typeof r === 'string' ? r : r.url);
    if (ignoreSearch) u.search = '';
    return u.href;
  };
  const open = async (name: string) => {
    const m = stores.get(name) ?? new Map<string, Response>();
    stores.set(name, m);
    return {
      addAll: async (rs: Request[]) => { for (const r of rs) m.set(key(r), new Response(`cached ${key(r)}`)); },
      put: async (r: Req, res: Response) => void m.set(key(r), res),
      match: async (r: Req | string, o?: { ignoreSearch?: boolean; ignoreVary?: boolean }) => {
        // Like a real cache, a stored `Vary: Origin` response misses unless the match ignores Vary.
        if (!o?.ignoreVary) return undefined;
        const k = key(r, o?.ignoreSearch);
        for (const [url, res] of m) if ((o?.ignoreSearch ? key(url, true) : url) === k) return res.clone();
        return undefined;
      },
    };
  };
  const self = {
    location: new URL(`${SCOPE}sw.js`),
    registration: { scope: SCOPE },
    clients: { claim: async () => {} },
    addEventListener: (type: string, fn: (e: unknown) => void) => void (handlers[type] = fn),
  };
  const caches = { open, keys: async () => [...stores.keys()], delete: async (n: string) => stores.delete(n) };
  const fetch = async (r: Req) => {
    network.push(r.url);
    return Object.defineProperty(new Response(`net ${r.url}`), 'type', { value: 'basic' });
  };
  runInNewContext(source, { self, caches, fetch, Request, Response, URL, Promise, JSON });
  const lifecycle = async (type: string) => {
    let done: Promise<unknown> = Promise.resolve();
    handlers[type]!({ waitUntil: (p: Promise<unknown>) => void (done = p) });
    await done;
  };
  const fetchEvent = async (r: Req) => {
    let answer: Promise<Response> | null = null;
    handlers.fetch!({ request: r, respondWith: (p: Promise<Response>) => void (answer = p) });
    return answer ? await (answer as Promise<Response>).then((res) => res.text()) : null;
  };
  return { stores, network, lifecycle, fetchEvent };
}

describe('service worker (public/sw.js)', () => {
  const files = ['./', './index.html', './assets/index-abc.js', './assets/Monaco-def.js'];

  it('install precaches the shell and every listed asset under a versioned cache', async () => {
    const sw = loadWorker(files);
    await sw.lifecycle('install');
    expect([...sw.stores.keys()]).toEqual(['podlife-v1']);
    expect([...sw.stores.get('podlife-v1')!.keys()]).toEqual(files.map((f) => new URL(f, SCOPE).href));
  });

  it('serves precached assets from the cache without touching the network (works offline)', async () => {
    const sw = loadWorker(files);
    await sw.lifecycle('install');
    expect(await sw.fetchEvent(req('./assets/Monaco-def.js'))).toBe(`cached ${SCOPE}assets/Monaco-def.js`);
    expect(sw.network).toEqual([]);
  });

  it('a navigation with a query (?scenario=…) gets the cached shell', async () => {
    const sw = loadWorker(files);
    await sw.lifecycle('install');
    expect(await sw.fetchEvent(req('./?scenario=crashloop-backoff', { mode: 'navigate' }))).toBe(`cached ${SCOPE}`);
    expect(sw.network).toEqual([]);
  });

  it('a same-origin GET not precached goes to the network once, then comes from the cache', async () => {
    const sw = loadWorker(files);
    await sw.lifecycle('install');
    expect(await sw.fetchEvent(req('./extra.json'))).toBe(`net ${SCOPE}extra.json`);
    expect(await sw.fetchEvent(req('./extra.json'))).toBe(`net ${SCOPE}extra.json`);
    expect(sw.network).toEqual([`${SCOPE}extra.json`]);
  });

  it('never handles another origin, a POST or a range request', async () => {
    const sw = loadWorker(files);
    await sw.lifecycle('install');
    expect(await sw.fetchEvent(req('https://cdn.jsdelivr.net/npm/monaco-editor/min/loader.js'))).toBeNull();
    expect(await sw.fetchEvent(req('./assets/index-abc.js', { method: 'POST' }))).toBeNull();
    expect(await sw.fetchEvent(req('./assets/index-abc.js', { headers: new Headers({ range: 'bytes=0-9' }) }))).toBeNull();
    expect(sw.network).toEqual([]);
  });

  it('activating a new version deletes older PodLife caches and nothing else', async () => {
    const sw = loadWorker(files, 'v2');
    sw.stores.set('podlife-v1', new Map());
    sw.stores.set('someone-else', new Map());
    await sw.lifecycle('install');
    await sw.lifecycle('activate');
    expect([...sw.stores.keys()].sort()).toEqual(['podlife-v2', 'someone-else']);
  });
});

describe('Content-Security-Policy (src/app/csp.ts)', () => {
  const directives = new Map(CSP.split(';').map((d) => {
    const [name, ...values] = d.trim().split(/\s+/);
    return [name!, values] as const;
  }));

  it('scripts only from our own origin: no inline, no eval, no host', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
  });

  it('no directive names another origin or a wildcard; network (connect) is self only', () => {
    for (const [name, values] of directives) {
      for (const v of values) expect(v, name).toMatch(/^('self'|'none'|'unsafe-inline'|data:|blob:)$/);
    }
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(CSP).not.toContain('unsafe-eval');
  });
});
