import { describe, expect, it } from 'vitest';
import { detectLang, translate } from '@/i18n';
import { en } from '@/i18n/en';
import { zh } from '@/i18n/zh';

describe('i18n', () => {
  it('every English key has a Chinese translation that keeps the same placeholders', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(zh[key], key).toBeTruthy();
      expect(names(zh[key]), key).toEqual(names(en[key]));
    }
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
