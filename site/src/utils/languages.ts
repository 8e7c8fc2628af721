import { localeInfo } from '../i18n/locales';

/** A language's name in the reader's language, from its ISO code ("ru" → "krievu" in Latvian). */
export function languageName(code: string, readerLocale: string): string {
  try {
    return new Intl.DisplayNames([localeInfo(readerLocale).intlLocale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
