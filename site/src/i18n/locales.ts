import { LOCALES } from '@integra/contract/locales';

/** The one locale definition, shared with the CMS and the publisher. */
export { DEFAULT_LOCALE, LOCALE_INFO, LOCALES, TIME_ZONE, isLocale, localeInfo, type LocaleInfo } from '@integra/contract/locales';

/** getStaticPaths() for a page that exists once per locale. */
export const localePaths = () => LOCALES.map((locale) => ({ params: { locale } }));
