import { createHash } from 'node:crypto';

/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page is reused
 * from the previous build only while its key is unchanged, so a key must cover everything the
 * page prints. Astro itself adds the page's code (its module graph, which includes the UI
 * dictionaries) and the lockfile; the keys here cover the data: the document with all its
 * fields (relations as embedded by the loader: category, provider, topics…), whether it is a
 * fallback, its language versions, the site settings of the page's locale (header, footer) and
 * the UI dictionary of the locale, and for a page that lists documents, the whole list.
 */

/** Bumped when the shape of a key changes, so that old keys never match new ones. */
export const CACHE_KEY_VERSION = 2;

/**
 * JSON with object keys sorted, so equal data gives equal text whatever order the CMS or the
 * loader put the fields in. Dates are ISO strings (objects with toJSON are what it returns),
 * Maps and Sets are arrays; like JSON,
 * undefined fields are left out and undefined array items become null.
 */
export function stableStringify(value: unknown): string {
  return JSON.stringify(normalize(value)) ?? 'null';
}

/** Content entries' data objects, each with its loader digest (see keyByDigest). */
const entryDigests = new WeakMap<object, string>();

/**
 * Lets keys take `digest` in place of `data`, the data of a content entry: the loader's hash of
 * the entry as the CMS sent it, relations included (src/lib/cms/loader.ts). Hashing a 15k-page
 * site's entries again for every page that shows them cost seconds per build. The data is what
 * the collection's schema makes of that entry, so the schema's code must be in the key as well
 * (LocaleContext.contentCode).
 */
export function keyByDigest(data: object, digest: string): void {
  entryDigests.set(data, digest);
}

/**
 * Gives `derived`, a copy of entry data `from` with some fields replaced, a digest of its own:
 * from's digest and the replacements'. Without one, keys would hash the whole copy.
 */
export function keyDerivedByDigest(from: object, derived: object, replaced: unknown): void {
  const digest = entryDigests.get(from);
  if (digest !== undefined) entryDigests.set(derived, cacheKeyOf({ from: digest, replaced }));
}

function normalize(value: unknown): unknown {
  if (value && typeof value === 'object' && entryDigests.has(value)) return { entryDigest: entryDigests.get(value) };
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Map) return [...value.entries()].map(([k, v]) => [normalize(k), normalize(v)]);
  if (value instanceof Set) return [...value].map(normalize);
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : normalize(item)));
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'function' || typeof value === 'symbol') {
    throw new TypeError('a cache key can only be made of data, not of functions or symbols');
  }
  if (value && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    // URL and other classes whose own fields are not their data
    return normalize((value as { toJSON: () => unknown }).toJSON());
  }
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const field = (value as Record<string, unknown>)[key];
      if (field !== undefined) out[key] = normalize(field);
    }
    return out;
  }
  return value;
}

/** The key of some data: a SHA-256 hex digest of its stable JSON. */
export function cacheKeyOf(data: unknown): string {
  return createHash('sha256')
    .update(stableStringify({ v: CACHE_KEY_VERSION, data }))
    .digest('hex');
}

/** What every page of a locale shows besides its own content: the header, footer and labels. */
export interface LocaleContext {
  locale: string;
  /** Site settings as the page's locale sees them (its own, or the default language's). */
  settings: unknown;
  /** The UI dictionary of the locale (with the keys it falls back on, if any). */
  dictionary: unknown;
  /** A digest of the code that turns CMS entries into page data (see keyByDigest). */
  contentCode?: string;
}

/**
 * The props a document page renders from (see documentPaths in src/lib/content.ts): the
 * document, whether it is a fallback, its language versions, and whatever else the page is
 * given (the Latvian original's title, the original's date on an outdated translation…). The
 * key covers every prop, so a prop added later cannot be forgotten in it.
 */
export interface DocumentPageData {
  entry: unknown;
  isFallback: boolean;
  alternates: unknown;
  [prop: string]: unknown;
}

/**
 * The digest of a locale's context, made once per settings and dictionary object rather than
 * once per page: they are the same objects on every page of a locale, and larger than most pages.
 */
const contextDigests = new WeakMap<object, WeakMap<object, string>>();
function contextDigest(context: LocaleContext): string {
  const { settings, dictionary } = context;
  if (!settings || typeof settings !== 'object' || !dictionary || typeof dictionary !== 'object') {
    return cacheKeyOf({ settings: settings ?? null, dictionary: dictionary ?? null });
  }
  let bySettings = contextDigests.get(settings);
  if (!bySettings) contextDigests.set(settings, (bySettings = new WeakMap()));
  let digest = bySettings.get(dictionary);
  if (!digest) bySettings.set(dictionary, (digest = cacheKeyOf({ settings, dictionary })));
  return digest;
}

/** The key of a page of `kind` in the context's locale, rendered from `data`. */
const pageKey = (kind: 'document' | 'list', context: LocaleContext, data: Record<string, unknown>) =>
  cacheKeyOf({ kind, locale: context.locale, context: contextDigest(context), contentCode: context.contentCode ?? null, ...data });

/**
 * The key of one document page in one locale. `members` is what the page lists besides the
 * document itself (the services of a category, everything tagged with a topic), in the order
 * the page lists them: any change to a member, its arrival or its removal changes the key.
 */
export const documentPageKey = (context: LocaleContext, page: DocumentPageData, members?: unknown): string =>
  pageKey('document', context, { page, members: members ?? null });

/**
 * The key of a page that shows lists (a section's index, the home page): everything it renders
 * from is in `lists` (its props) and the locale's context, so any change to a member, its arrival,
 * its removal or its move between lists (an event that has passed) changes the key.
 */
export const listPageKey = (context: LocaleContext, lists: Record<string, unknown>): string => pageKey('list', context, { lists });
