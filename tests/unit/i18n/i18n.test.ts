import { describe, expect, it } from 'vitest';
import { detectLang, translate } from '@/i18n';
import { en } from '@/i18n/en';
import { zh } from '@/i18n/zh';
import { EXPLAIN_ZH } from '@/i18n/explain';

describe('i18n', () => {
  it('every English key has a Chinese translation that keeps the same placeholders', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(zh[key], key).toBeTruthy();
      expect(names(zh[key]), key).toEqual(names(en[key]));
    }
  });

  it('every Chinese key is an English key too (no orphans left behind by a rename)', () => {
    const enKeys = new Set(Object.keys(en));
    expect(Object.keys(zh).filter((k) => !enKeys.has(k))).toEqual([]);
    expect(Object.keys(zh)).toHaveLength(Object.keys(en).length);
  });

  it('no Chinese string is English prose: three lowercase English words in a row (outside `code` and "quotes") means an untranslated copy', () => {
    const prose = (s: string) => s.replace(/`[^`]*`/g, '').replace(/"[^"]*"/g, '').match(/\b[a-z]+(?: [a-z]+){2,}\b/)?.[0];
    const tables = { ...zh, ...EXPLAIN_ZH };
    expect(Object.entries(tables).flatMap(([k, v]) => (prose(v) ? [`${k}: ${prose(v)}`] : []))).toEqual([]);
    // The detector itself: it flags a copied English sentence and passes Kubernetes terms.
    expect(prose(en['ws.noEvents'])).toBeTruthy();
    expect(prose('{probe} 连续失败 {run}/{threshold}')).toBeUndefined();
  });

  it('fills placeholders and keeps Kubernetes terms untranslated', () => {
    expect(translate('zh', 'status.probe.failures', { probe: 'livenessProbe', run: 2, threshold: 3 })).toBe('livenessProbe 连续失败 2/3');
    expect(translate('en', 'status.probe.failures', { probe: 'livenessProbe', run: 2, threshold: 3 })).toBe('livenessProbe 2/3 failures');
  });

  it('detects Chinese from zh, zh-CN, zh-Hans-CN and falls back to English', () => {
    expect(['zh', 'zh-CN', 'zh-Hans-CN'].map(detectLang)).toEqual(['zh', 'zh', 'zh']);
    expect([undefined, 'en-GB', 'fr'].map(detectLang)).toEqual(['en', 'en', 'en']);
  });
});
