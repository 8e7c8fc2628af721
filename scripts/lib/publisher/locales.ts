import { LOCALE_INFO } from '@integra/contract/locales';

/** Locales a release must contain: each one's home page and search index. */
export const RELEASE_LOCALES = LOCALE_INFO.map((l) => ({ code: l.code, htmlLang: l.htmlLang }));
