import { describe, expect, it } from 'vitest';
import { localePagePattern, runtimeCaching, serviceWorkerOptions } from '../../src/offline/sw-config';
import { releaseScript, releaseScriptName } from '../../src/offline/release-script';

const routeFor = (url: string) => runtimeCaching('abc123', ['lv', 'en']).find((r) => (r.urlPattern as RegExp).test(url));

describe('service worker routes', () => {
  it('treat the pages of a locale as pages, on any origin, with or without a query', () => {
    const en = localePagePattern('en');
    for (const url of ['https://x.lv/en/', 'http://127.0.0.1:4321/en/services/work/', 'https://x.lv/en/search/?q=darbs'])
      expect(en.test(url), url).toBe(true);
    for (const url of [
      'https://x.lv/lv/',
      'https://x.lv/pagefind/en/pagefind.js',
      'https://x.lv/en/rss.xml',
      'https://x.lv/media/en/a.pdf',
    ])
      expect(en.test(url), url).toBe(false);
  });

  it('serve pages network first with the locale’s offline page as the last resort, in the release’s cache', () => {
    expect(routeFor('https://x.lv/en/services/work/')).toMatchObject({
      handler: 'NetworkFirst',
      options: { cacheName: 'integra-pages-abc123', networkTimeoutSeconds: 3, precacheFallback: { fallbackURL: '/en/offline/' } },
    });
    expect(routeFor('https://x.lv/')?.options?.cacheName).toBe('integra-pages-abc123');
  });

  it('keep the search bundle per release, Pagefind’s entry file apart and matched without its ?ts=', () => {
    expect(routeFor('https://x.lv/pagefind/en/pagefind-entry.json?ts=1764460000')).toMatchObject({
      options: { cacheName: 'integra-search-entry-abc123', matchOptions: { ignoreSearch: true }, expiration: { maxEntries: 8 } },
    });
    expect(routeFor('https://x.lv/pagefind/en/index/en_4f2a.pf_index')?.options?.cacheName).toBe('integra-search-abc123');
  });

  it('keep uploads in one cache across releases: their names carry their bytes’ hash', () => {
    expect(routeFor('https://x.lv/media/form.0123456789ab.pdf')).toMatchObject({
      handler: 'CacheFirst',
      options: { cacheName: 'integra-media' },
    });
  });

  it('name the precache after the release and import the release’s hand-over script', () => {
    const options = serviceWorkerOptions('/site', 'abc123', ['lv'], releaseScriptName('abc123'));
    expect(options).toMatchObject({ cacheId: 'integra-abc123', swDest: '/site/sw.js', importScripts: ['/sw-release.abc123.js'] });
  });
});

describe('release hand-over script', () => {
  it('refetches old pages into the release’s pages cache and spares the precache and uploads', () => {
    const script = releaseScript('abc123');
    expect(script).toContain('caches.open("integra-pages-abc123")');
    expect(script).toContain("name.includes('-precache-')");
    expect(script).toContain('name === "integra-media"');
    expect(() => new Function(script)).not.toThrow();
  });
});
