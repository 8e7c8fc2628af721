import type { GenerateSWOptions, RuntimeCaching } from 'workbox-build';
import { LOCALES } from '@integra/contract/locales';
import { paths } from '../utils/urls';
import { assetsCache, MEDIA_CACHE, pagesCache, searchCache, searchEntryCache } from './cache-names';

/** The service worker's file, at the site root so that its scope is the whole site. */
export const SW_FILE = 'sw.js';

/** How long a page or search file may take on the network before the cached copy is shown. */
export const NETWORK_TIMEOUT_SECONDS = 3;

/** A locale's offline page: what the reader saved, shown for an unsaved page when offline. */
export const offlinePath = (locale: string) => paths.offline(locale);

/**
 * What every reader gets on the first visit, with a revision each: this release's stylesheets
 * and scripts (hashed names), Pagefind's UI, the offline pages and the icons. Pages and search
 * bundles are cached as the reader uses them.
 */
export const PRECACHE_GLOBS = [
  '_astro/**/*.{css,js,woff2}',
  'pagefind/pagefind-ui.{js,css}',
  ...LOCALES.map((locale) => `${offlinePath(locale).slice(1)}index.html`),
  'icons/*.png',
  'favicon.svg',
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches a page of a locale (a path under /<locale>/ ending in a slash), any origin. */
export const localePagePattern = (locale: string) => new RegExp(`^https?://[^/]+/${escape(locale)}/(?:[^?#]*/)?(?:\\?[^#]*)?$`);

/**
 * The runtime routes, first match wins. Pages: network first (fresh when online), the cached copy
 * after NETWORK_TIMEOUT_SECONDS or offline, the locale's offline page when neither answers. Search
 * bundle: network first too, since its entry file names the index chunks of the release that
 * built it. Built files of a newer release: kept, so that a page of that release cached before
 * this worker is replaced still finds its stylesheet. Uploads: cache first (hashed names).
 */
export function runtimeCaching(release: string, locales: readonly string[]): RuntimeCaching[] {
  const network = { networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS };
  return [
    ...locales.map((locale): RuntimeCaching => ({
      urlPattern: localePagePattern(locale),
      handler: 'NetworkFirst',
      options: { ...network, cacheName: pagesCache(release), precacheFallback: { fallbackURL: offlinePath(locale) } },
    })),
    { urlPattern: /^https?:\/\/[^/]+\/(?:\?[^#]*)?$/, handler: 'NetworkFirst', options: { ...network, cacheName: pagesCache(release) } },
    {
      // Pagefind adds ?ts=<now> to its entry file: matched without the query, a few copies kept.
      urlPattern: /\/pagefind\/[^?#]*pagefind-entry\.json(?:\?|$)/,
      handler: 'NetworkFirst',
      options: { ...network, cacheName: searchEntryCache(release), matchOptions: { ignoreSearch: true }, expiration: { maxEntries: 8 } },
    },
    { urlPattern: /\/pagefind\//, handler: 'NetworkFirst', options: { ...network, cacheName: searchCache(release) } },
    { urlPattern: /\/_astro\//, handler: 'CacheFirst', options: { cacheName: assetsCache(release) } },
    { urlPattern: /\/media\//, handler: 'CacheFirst', options: { cacheName: MEDIA_CACHE } },
  ];
}

/**
 * workbox-build's generateSW options for a release built into `dir`. `releaseScript` is the
 * release's cache hand-over (release-script.ts), imported by the worker.
 */
export function serviceWorkerOptions(dir: string, release: string, locales: readonly string[], releaseScript: string): GenerateSWOptions {
  return {
    globDirectory: dir,
    globPatterns: PRECACHE_GLOBS,
    swDest: `${dir}/${SW_FILE}`,
    // The precache's own name follows the release too; its entries carry revisions.
    cacheId: `integra-${release}`,
    // Hashed names need no revision query when fetched.
    dontCacheBustURLsMatching: /^_astro\//,
    modifyURLPrefix: { '': '/' },
    manifestTransforms: [
      async (entries) => ({ manifest: entries.map((e) => ({ ...e, url: e.url.replace(/index\.html$/, '') })), warnings: [] }),
    ],
    importScripts: [`/${releaseScript}`],
    runtimeCaching: runtimeCaching(release, locales),
    // A new release's worker takes over open pages at once (no page mixes releases: see docs).
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
  };
}
