import type lv from './ui/lv';
import { DEFAULT_LOCALE, localeInfo } from './locales';

export type UiKey = keyof typeof lv;
/** A locale's dictionary: every key of the default (Latvian) one, with its own words. */
export type UiDictionary = Record<UiKey, string>;

/**
 * One dictionary per locale, found by file name (ui/<code>.ts): a new locale only adds its
 * file. A missing key falls back to the default language, and the dictionaries test fails on it.
 */
export const DICTIONARIES: Record<string, Partial<UiDictionary>> = Object.fromEntries(
  Object.entries(import.meta.glob<{ default: Partial<UiDictionary> }>('./ui/*.ts', { eager: true })).map(([file, module]) => [
    file.replace(/^.*\/(.+)\.ts$/, '$1'),
    module.default,
  ]),
);

const merged = new Map<string, Readonly<UiDictionary>>();

/**
 * Every UI string a locale shows: its own, and the default language's where it has none. One
 * frozen object per locale, so that page cache keys can digest it once (src/lib/cache-keys.ts).
 */
export function dictionaryFor(locale: string): Readonly<UiDictionary> {
  let dictionary = merged.get(locale);
  if (!dictionary)
    merged.set(locale, (dictionary = Object.freeze({ ...(DICTIONARIES[DEFAULT_LOCALE] as UiDictionary), ...DICTIONARIES[locale] })));
  return dictionary;
}

/** The UI strings of a locale, e.g. `t('nav.home')`, with `{name}` placeholders filled in. */
export function useTranslations(locale: string) {
  const own = DICTIONARIES[locale] ?? {};
  const fallback = DICTIONARIES[DEFAULT_LOCALE] as UiDictionary;
  return (key: UiKey, vars: Record<string, string | number> = {}): string => {
    const text = own[key] ?? fallback[key];
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
  };
}

export type Translate = ReturnType<typeof useTranslations>;

/**
 * The `lang` of UI strings on a page for `locale`: labels and notes are in the reader's language,
 * even around content that is the untranslated original in another.
 */
export const uiLangOf = (locale: string) => localeInfo(locale).htmlLang;
