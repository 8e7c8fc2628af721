import localeConfig from '@integra/config/locales.json';

/** The one locale definition (config/locales.json), shared with the CMS. */
export interface LocaleInfo {
  code: string;
  name: string;
  nativeName: string;
  htmlLang: string;
  /** Locale for dates and numbers (Intl), e.g. en-GB for day-month order and a 24-hour clock. */
  intlLocale: string;
}

export const LOCALE_INFO: readonly LocaleInfo[] = localeConfig.locales;
export const LOCALES: readonly string[] = LOCALE_INFO.map((l) => l.code);
export const DEFAULT_LOCALE: string = localeConfig.defaultLocale;
export const TIME_ZONE: string = localeConfig.timeZone;

export const isLocale = (value: unknown): value is string => typeof value === 'string' && LOCALES.includes(value);

export function localeInfo(code: string): LocaleInfo {
  const info = LOCALE_INFO.find((l) => l.code === code);
  if (!info) throw new Error(`Unknown locale "${code}". Known: ${LOCALES.join(', ')}`);
  return info;
}

/** getStaticPaths() for a page that exists once per locale. */
export const localePaths = () => LOCALES.map((locale) => ({ params: { locale } }));
