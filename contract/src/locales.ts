/**
 * The one locale definition. The CMS creates these locales at boot; the site builds one tree,
 * one `<html lang>` and one search index per locale; the publisher checks every one is in a
 * release. Adding a language is one entry here plus the site's dictionary (site/src/i18n/ui/).
 */
export interface LocaleInfo {
  /** The locale's code in Strapi and its first URL segment. */
  code: string;
  /** English name, shown in the CMS admin. */
  name: string;
  /** The language's own name, for readers choosing it. */
  nativeName: string;
  htmlLang: string;
  /** Locale for dates and numbers (Intl), e.g. en-GB for day-month order and a 24-hour clock. */
  intlLocale: string;
}

export const LOCALE_INFO = [
  { code: 'lv', name: 'Latvian', nativeName: 'Latviešu', htmlLang: 'lv', intlLocale: 'lv-LV' },
  { code: 'en', name: 'English', nativeName: 'English', htmlLang: 'en', intlLocale: 'en-GB' },
  { code: 'ru', name: 'Russian', nativeName: 'Русский', htmlLang: 'ru', intlLocale: 'ru-RU' },
  { code: 'uk', name: 'Ukrainian', nativeName: 'Українська', htmlLang: 'uk', intlLocale: 'uk-UA' },
] as const satisfies readonly LocaleInfo[];

export type Locale = (typeof LOCALE_INFO)[number]['code'];

/** Every locale's code, the default first. */
export const LOCALES: readonly Locale[] = LOCALE_INFO.map((l) => l.code);

/** The language originals are written in; a reader of another locale falls back to it. */
export const DEFAULT_LOCALE = 'lv' satisfies Locale;

/** The centre's time zone: event times, the nightly rebuild, dates on the site. */
export const TIME_ZONE = 'Europe/Riga';

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/** A locale's definition; throws on a code that is not configured. */
export function localeInfo(code: string): LocaleInfo {
  const info = LOCALE_INFO.find((l) => l.code === code);
  if (!info) throw new Error(`Unknown locale "${code}". Known: ${LOCALES.join(', ')}`);
  return info;
}

/** A value per locale: adding a locale makes every such value that lacks it a type error. */
export type PerLocale<T> = Readonly<Record<Locale, T>>;
