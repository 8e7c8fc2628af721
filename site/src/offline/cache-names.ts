/**
 * Names of the offline caches, shared by the service worker's configuration (built at the end of
 * the site build) and the page modules that save and list pages. Caches whose content belongs to
 * one release carry the release id in their name, so a new release's worker can tell stale
 * caches from its own (docs/site.md, "Offline reading").
 */
export const CACHE_PREFIX = 'integra';

/** Pages the reader visited or saved, as this release renders them. */
export const pagesCache = (release: string) => `${CACHE_PREFIX}-pages-${release}`;

/** The search bundle files the reader's searches fetched. */
export const searchCache = (release: string) => `${CACHE_PREFIX}-search-${release}`;

/** Pagefind's entry file, fetched with a new ?ts= each time: kept apart to cap its copies. */
export const searchEntryCache = (release: string) => `${CACHE_PREFIX}-search-entry-${release}`;

/** Built files a page of a newer release referenced before this worker was replaced. */
export const assetsCache = (release: string) => `${CACHE_PREFIX}-assets-${release}`;

/** Uploaded files (/media/…): content-hashed names, never stale, so not per release. */
export const MEDIA_CACHE = `${CACHE_PREFIX}-media`;

/** localStorage key of the pages the reader saved with "Save for offline". */
export const SAVED_PAGES_KEY = `${CACHE_PREFIX}:saved-pages`;
