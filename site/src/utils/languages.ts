import { localeInfo } from '../i18n/locales';
import { memoize } from './memo';

const displayNames = memoize((readerLocale: string) => new Intl.DisplayNames([localeInfo(readerLocale).intlLocale], { type: 'language' }));

/** A language's name in the reader's language, from its ISO code ("ru" → "krievu" in Latvian). */
export function languageName(code: string, readerLocale: string): string {
  try {
    return displayNames(readerLocale).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Languages an entry is offered in, named in the reader's language as one line ("latviešu, angļu"). */
export const languageList = (languages: { code: string }[], readerLocale: string) =>
  languages.map((language) => languageName(language.code, readerLocale)).join(', ');
