import { LOCALES } from '@integra/contract/locales';
import type { SectionKey } from '@integra/contract/content-types';
import type { PageSegmentKey } from '@integra/contract/page-segments';
import { pageSegment, sectionOf } from '../utils/urls';

/** The one locale definition, shared with the CMS and the publisher. */
export { DEFAULT_LOCALE, LOCALE_INFO, LOCALES, TIME_ZONE, isLocale, localeInfo } from '@integra/contract/locales';

/** getStaticPaths() for a page that exists once per locale. */
export const localePaths = () => LOCALES.map((locale) => ({ params: { locale } }));

/**
 * A page file under a type's section names the section's folder after the registry key
 * (src/pages/[locale]/[services]/…, [...categories] for a section of more than one segment),
 * so each locale's pages get its own section name: { services: 'pakalpojumi' } in Latvian.
 */
export const sectionParam = <K extends SectionKey>(type: K, locale: string) => ({ [type]: sectionOf(type, locale) }) as Record<K, string>;

/** getStaticPaths() for a type's section index: /lv/pakalpojumi/, /en/services/, … */
export const sectionPaths = (type: SectionKey) => LOCALES.map((locale) => ({ params: { locale, ...sectionParam(type, locale) } }));

/** getStaticPaths() for one of the site's own pages, its file named after its key: [search].astro. */
export const pageSegmentPaths = (page: PageSegmentKey) =>
  LOCALES.map((locale) => ({ params: { locale, [page]: pageSegment(page, locale) } }));
