import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZES, LEGACY_STORY_KEY, SETTINGS_KEY, loadSettings, saveSettings, type KeyValueStore } from '@/state/persistence';

function memory(init: Record<string, unknown> = {}): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>(Object.entries(init).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('layout settings', () => {
  it('a first visit opens in Edit mode with the default sizes kept for Custom', () => {
    const s = loadSettings(memory(), 'en');
    expect(s.sizes).toMatchObject({ ...DEFAULT_SIZES, mode: 'edit' });
    expect(s.sizes.storyCollapsed).toBeUndefined();
  });

  it('settings saved before layout modes keep dragged sizes as Custom; untouched defaults get Edit', () => {
    const dragged = memory({ [SETTINGS_KEY]: { version: 1, lang: 'en', theme: 'light', sizes: { left: 40, problems: 60, dock: 520, timeline: 72 } } });
    expect(loadSettings(dragged).sizes).toMatchObject({ left: 40, problems: 60, dock: 520, timeline: 72, mode: 'custom' });
    const untouched = memory({ [SETTINGS_KEY]: { version: 1, lang: 'zh', theme: 'dark', sizes: DEFAULT_SIZES } });
    expect(loadSettings(untouched).sizes.mode).toBe('edit');
  });

  it('mode, fold, banner and narration share round-trip; junk values are dropped', () => {
    const store = memory();
    saveSettings(store, { lang: 'en', theme: 'light', sizes: { ...DEFAULT_SIZES, mode: 'watch', storyCollapsed: false, briefHidden: true, story: 44 } });
    expect(loadSettings(store).sizes).toMatchObject({ mode: 'watch', storyCollapsed: false, briefHidden: true, story: 44 });
    store.data.set(SETTINGS_KEY, JSON.stringify({ version: 1, sizes: { mode: 'huge', storyCollapsed: 'yes', briefHidden: 1, story: 99 } }));
    const s = loadSettings(store).sizes;
    expect(s.mode).toBe('edit');
    expect(s.storyCollapsed).toBeUndefined();
    expect(s.briefHidden).toBeUndefined();
    expect(s.story).toBeUndefined();
  });

  it('the narration share saved under the old key is picked up once it is the only one', () => {
    expect(loadSettings(memory({ [LEGACY_STORY_KEY]: '52' })).sizes.story).toBe(52);
    expect(loadSettings(memory({ [LEGACY_STORY_KEY]: '52', [SETTINGS_KEY]: { version: 1, sizes: { story: 30 } } })).sizes.story).toBe(30);
    expect(loadSettings(memory({ [LEGACY_STORY_KEY]: 'abc' })).sizes.story).toBeUndefined();
  });
});
