import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SIZES, SESSION_KEY, loadSession, loadSettings, saveSession, saveSettings, type KeyValueStore,
} from '@/state/persistence';
import type { SessionData } from '@/state/types';

function memory(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

const session: SessionData = {
  text: 'apiVersion: v1\nkind: Pod\n', origin: 'custom', scenarioId: null, interventions: ['10 delete'],
  seed: 7, until: 120_000, cursor: 4500, speed: 10,
};

describe('autosave', () => {
  it('round-trips text, interventions, cursor and speed in a version-stamped record', () => {
    const store = memory();
    expect(saveSession(store, session)).toBeNull();
    expect(JSON.parse(store.data.get(SESSION_KEY)!).version).toBe(1);
    expect(loadSession(store)).toMatchObject({ text: session.text, interventions: ['10 delete'], cursor: 4500, speed: 10, seed: 7 });
  });

  it('ignores records of another version and malformed JSON instead of crashing', () => {
    const store = memory();
    store.data.set(SESSION_KEY, JSON.stringify({ version: 99, text: 'x' }));
    expect(loadSession(store)).toBeNull();
    store.data.set(SESSION_KEY, '{not json');
    expect(loadSession(store)).toBeNull();
  });

  it('drops out-of-range numbers from stored data', () => {
    const store = memory();
    store.data.set(SESSION_KEY, JSON.stringify({ version: 1, text: 'a', cursor: -5, until: 1e12, speed: 'fast' }));
    const s = loadSession(store)!;
    expect(s.cursor).toBeUndefined();
    expect(s.until).toBeUndefined();
    expect(s.speed).toBeUndefined();
  });

  it('reports a quota error as a message instead of throwing', () => {
    const full: KeyValueStore = {
      getItem: () => null,
      setItem: () => {
        throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      },
    };
    expect(saveSession(full, session)).toBe('QuotaExceededError');
    expect(saveSession(null, session)).toBe('storage unavailable');
  });

  it('a shared session is saved as the user\'s own once it is written (origin custom)', () => {
    const store = memory();
    saveSession(store, { ...session, origin: 'shared' });
    expect(loadSession(store)!.origin).toBe('custom');
  });
});

describe('settings', () => {
  it('defaults the language from navigator.language (zh-CN → zh) and remembers a choice', () => {
    const store = memory();
    expect(loadSettings(store, 'zh-CN').lang).toBe('zh');
    expect(loadSettings(store, 'de-DE').lang).toBe('en');
    saveSettings(store, { lang: 'zh', theme: 'dark', sizes: { ...DEFAULT_SIZES, left: 60 } });
    const s = loadSettings(store, 'en-US');
    expect(s).toMatchObject({ lang: 'zh', theme: 'dark' });
    expect(s.sizes.left).toBe(60);
  });
});
