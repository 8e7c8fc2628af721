import { getCollection, type CollectionEntry } from 'astro:content';
import type { DocumentCollectionKey } from '@integra/contract/content-types';
import { DEFAULT_LOCALE, LOCALES, sectionParam } from '../i18n/locales';
import { groupByDocument, resolveAll, resolveVersion, type Resolved } from '../utils/fallback';
import { originalProps, type OriginalProps } from '../utils/original-props';
import { CmsError } from './cms/errors';
import { memoize } from '../utils/memo';
import { documentPageKey, keyByDigest, keyDerivedByDigest, listPageKey } from './cache-keys';
import { createHash } from 'node:crypto';
import { dictionaryFor } from '../i18n/ui';

/** A content collection of documents: a registry type the site reads, other than a single type. */
export type DocumentCollection = DocumentCollectionKey;
export type DocumentData<C extends DocumentCollection> = CollectionEntry<C>['data'];

/** One language of a document as a page links to it. */
export interface Alternate {
  locale: string;
  url: string;
  /** False when that locale shows the original (no translation). */
  translated: boolean;
}

/** The alternates of a page that every locale has, at its locale's own path (a section's index, search). */
export const inEveryLocale = (urlFor: (locale: string) => string): Alternate[] =>
  LOCALES.map((locale) => ({ locale, url: urlFor(locale), translated: true }));

/** What a document page gets: its version, its language versions, and what it shows of the original. */
export interface DocumentPageProps<C extends DocumentCollection> extends Resolved<DocumentData<C>>, OriginalProps {
  alternates: Alternate[];
}

/** What a document's page lists besides the document itself (see documentPaths). */
export type MembersOf<C extends DocumentCollection> = (locale: string, entry: DocumentData<C>) => Promise<unknown>;

// A static build reads content that cannot change while it runs, so each collection and each
// locale's view of it are computed once, not once per page. The dev server must see edits.
const cached = <A extends unknown[], R>(fn: (...args: A) => R) => (import.meta.env.DEV ? fn : memoize(fn));

const loadData = cached(async (collection: DocumentCollection) =>
  (await getCollection(collection)).map((e) => {
    // Cache keys take the loader's digest in place of the entry (src/lib/cache-keys.ts).
    if (e.digest !== undefined && typeof e.data === 'object') keyByDigest(e.data, String(e.digest));
    return e.data;
  }),
);

/**
 * The code that turns CMS entries into page data (the collections' schemas and loader): part of
 * every page's cache key, since keys name entries by the digest of what the CMS sent.
 */
const CONTENT_CODE = createHash('sha256')
  .update(
    Object.entries(import.meta.glob(['../content.config.ts', './cms/*.ts'], { query: '?raw', import: 'default', eager: true }))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([file, source]) => `${file}\0${String(source)}`)
      .join('\0'),
  )
  .digest('hex');
const dataOf = <C extends DocumentCollection>(collection: C) => loadData(collection) as Promise<DocumentData<C>[]>;
const resolvedFor = cached(async (collection: DocumentCollection, locale: string) =>
  Promise.all(resolveAll(await loadData(collection), locale, DEFAULT_LOCALE).map((resolved) => withLocalTaxonomy(resolved, locale))),
);

/** The relation fields that hold taxonomy entries, and the taxonomy of each. */
const TAXONOMY_FIELDS = { category: 'categories', topics: 'topics', audiences: 'audiences', topic: 'topics' } as const;
type TaxonomyCollection = (typeof TAXONOMY_FIELDS)[keyof typeof TAXONOMY_FIELDS];
interface TaxonomyLink {
  documentId: string;
  name: string;
  slug: string;
}

/** A taxonomy's entries as a reader in `locale` sees them (translation or original), by documentId. */
const taxonomyById = cached(
  async (collection: TaxonomyCollection, locale: string) =>
    new Map((await taxonomy(collection, locale)).map((entry) => [entry.documentId, entry])),
);

/**
 * A fallback page shows the original, and with it the original's taxonomy entries: in the
 * reader's locale their pages live at that locale's slugs (the original's where untranslated)
 * and bear that locale's names. Each is swapped for the reader's version, so that its link
 * works and its name is in the reader's language.
 */
async function withLocalTaxonomy<T extends Resolved<object>>(resolved: T, locale: string): Promise<T> {
  if (!resolved.isFallback) return resolved;
  const entry = resolved.entry as Record<string, unknown>;
  const replaced: Record<string, unknown> = {};
  for (const [field, collection] of Object.entries(TAXONOMY_FIELDS)) {
    const value = entry[field] as TaxonomyLink | TaxonomyLink[] | null | undefined;
    if (!value) continue;
    const local = await taxonomyById(collection, locale);
    const swap = (link: TaxonomyLink) => {
      const own = local.get(link.documentId);
      return own ? { ...link, name: own.name, slug: own.slug } : link;
    };
    replaced[field] = Array.isArray(value) ? value.map(swap) : swap(value);
  }
  if (Object.keys(replaced).length === 0) return resolved;
  const localized = { ...entry, ...replaced };
  keyDerivedByDigest(entry, localized, replaced);
  return { ...resolved, entry: localized };
}

/** Every document of a collection as a reader in `locale` sees it (translation or original). */
export async function documentsFor<C extends DocumentCollection>(collection: C, locale: string): Promise<Resolved<DocumentData<C>>[]> {
  return (await resolvedFor(collection, locale)) as Resolved<DocumentData<C>>[];
}

/**
 * getStaticPaths() for a document page: one page per document and locale. A locale without a
 * translation gets the original under the original's slug, marked as a fallback. Each page has
 * a cacheKey (src/lib/cache-keys.ts) for Astro's incremental build, made from everything it
 * shows: its props, the locale's settings and dictionary, and `members`, what the page lists.
 */
export async function documentPaths<C extends DocumentCollection>(
  collection: C,
  urlFor: (locale: string, slug: string) => string,
  members?: MembersOf<C>,
) {
  const routes: { params: { locale: string; slug: string } & Record<C, string>; props: DocumentPageProps<C>; cacheKey: string }[] = [];
  const taken = new Map<string, string>();
  for (const versions of groupByDocument(await dataOf(collection)).values()) {
    const resolved = LOCALES.map((locale) => ({ locale, version: resolveVersion(versions, locale, DEFAULT_LOCALE) }));
    const alternates: Alternate[] = resolved
      .filter((r) => r.version)
      .map(({ locale, version }) => ({ locale, url: urlFor(locale, version!.entry.slug), translated: !version!.isFallback }));
    for (const { locale, version } of resolved) {
      if (!version) continue;
      const key = `${locale}/${version.entry.slug}`;
      const clash = taken.get(key);
      if (clash && clash !== version.entry.documentId) {
        throw new CmsError(`two documents would both live at /${key}/`, { contentType: collection, locale, entry: version.entry.slug });
      }
      taken.set(key, version.entry.documentId);
      const props = { ...(await withLocalTaxonomy(version, locale)), alternates, ...originalProps(versions, version, DEFAULT_LOCALE) };
      const context = await localeContext(locale);
      const cacheKey = documentPageKey(context, props, members ? await members(locale, version.entry) : undefined);
      routes.push({ params: { locale, ...sectionParam(collection, locale), slug: version.entry.slug }, props, cacheKey });
    }
  }
  return routes;
}

/** What every page of a locale shows besides its own data: settings, dictionary, the content code. */
const localeContext = async (locale: string) => ({
  locale,
  settings: await siteSettings(locale),
  dictionary: dictionaryFor(locale),
  contentCode: CONTENT_CODE,
});

/**
 * getStaticPaths() for a page that shows lists (a section's index, the home page), once per
 * locale: `listsFor` gives everything the page renders from, as its props, and the page's
 * cacheKey covers them with the locale's context, so Astro's incremental build copies the page
 * while none of it changed. The page must render from its props, never load data of its own.
 */
export async function listPaths<Lists extends Record<string, unknown>>(
  paramsFor: (locale: string) => Record<string, string>,
  listsFor: (locale: string) => Promise<Lists>,
) {
  return Promise.all(
    LOCALES.map(async (locale) => {
      const props = await listsFor(locale);
      return { params: { locale, ...paramsFor(locale) }, props, cacheKey: listPageKey(await localeContext(locale), props) };
    }),
  );
}

/** The services a category's page lists, in a locale. */
export async function servicesInCategory(locale: string, categoryId: string) {
  return (await documentsFor('services', locale)).filter((s) => s.entry.category?.documentId === categoryId);
}

/** The services an audience's page lists, in a locale. */
export async function servicesForAudience(locale: string, audienceId: string) {
  return (await documentsFor('services', locale)).filter((s) => s.entry.audiences.some((a) => a.documentId === audienceId));
}

/** Site settings in the reader's language, or the default language's when untranslated. */
export const siteSettings = cached(async (locale: string) => {
  const all = await getCollection('global');
  const pick = (code: string) => all.find((e) => e.id === code)?.data;
  return pick(locale) ?? pick(DEFAULT_LOCALE);
});

/** Taxonomy entries (categories, topics, audiences) of one locale, by documentId. */
export async function taxonomy(collection: 'categories' | 'topics' | 'audiences', locale: string) {
  const resolved = resolveAll(
    (await getCollection(collection)).map((e) => e.data),
    locale,
    DEFAULT_LOCALE,
  );
  return resolved.map((r) => r.entry).sort((a, b) => (a.order ?? 100) - (b.order ?? 100) || a.name.localeCompare(b.name, locale));
}

/** A standing page found by its slug in the default language (stable across translations). */
export async function pageByOriginalSlug(slug: string, locale: string) {
  const pages = (await getCollection('pages')).map((e) => e.data);
  const original = pages.find((p) => p.locale === DEFAULT_LOCALE && p.slug === slug);
  if (!original) return undefined;
  return resolveVersion(groupByDocument(pages).get(original.documentId)!, locale, DEFAULT_LOCALE);
}
