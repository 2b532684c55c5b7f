/**
 * The timeline's own words (src/ui/panels/timeline/strings.ts) in Chinese: every key has a Chinese
 * text, shortcut hints name the same key in both languages, and Kubernetes names stay English.
 */
import { describe, expect, it } from 'vitest';
import { SHORTCUTS, TL_KEYS, tlFor, type TlKey } from '@/ui/panels/timeline/strings';

const en = tlFor('en');
const zh = tlFor('zh');
const KEYS = TL_KEYS;
const CJK = /[\u4e00-\u9fff]/;
// Words that are Kubernetes or kubectl names, kept in English on purpose.
const SAME = new Set<TlKey>(['service', 'rowPod']);

describe('timeline words in Chinese', () => {
  it('every key has a non-empty Chinese text with Chinese characters, unless it is a Kubernetes name', () => {
    expect(KEYS.length).toBeGreaterThan(40);
    for (const k of KEYS) {
      expect(zh(k), k).toBeTruthy();
      if (SAME.has(k)) expect(zh(k).toLowerCase()).toBe(en(k).toLowerCase());
      else expect(zh(k), k).toMatch(CJK);
    }
  });

  it('the shortcut in parentheses is the same key in both languages', () => {
    for (const k of KEYS) {
      const hint = /\(([^)]+)\)\s*$/.exec(en(k))?.[1];
      if (hint) expect(zh(k), k).toContain(`(${hint})`);
    }
  });

  it('the shortcut help has a Chinese line for every key', () => {
    for (const [keys, english, chinese] of SHORTCUTS) {
      expect(english, keys).toBeTruthy();
      expect(chinese, keys).toMatch(CJK);
    }
  });
});
