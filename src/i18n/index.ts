/**
 * The one translation layer: English and Simplified Chinese. All user-visible strings go through
 * `translate`; Kubernetes vocabulary stays in English in both (see en.ts).
 */
import { en, type MessageKey } from './en';
import { zh } from './zh';

export type { MessageKey } from './en';
export type Lang = 'en' | 'zh';
export const LANGS: readonly { id: Lang; label: string }[] = [
  { id: 'en', label: 'EN' },
  { id: 'zh', label: '中文' },
];

const TABLES: Record<Lang, Record<MessageKey, string>> = { en, zh };

export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

/** Looks a key up and fills `{name}` placeholders; an unknown placeholder is left visible. */
export function translate(lang: Lang, key: MessageKey, vars?: Vars): string {
  const template = TABLES[lang][key] ?? en[key];
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) =>
    name in vars ? String(vars[name]) : m,
  );
}

/** Picks the UI language from a BCP 47 tag such as navigator.language (`zh-CN` → zh). */
export function detectLang(tag: string | undefined | null): Lang {
  return tag && /^zh\b/i.test(tag) ? 'zh' : 'en';
}

/** Narrows unknown input (storage, URLs) to a supported language. */
export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'zh';
}

/** A bound translator for one language. */
export function translator(lang: Lang): Translate {
  return (key, vars) => translate(lang, key, vars);
}
