import { CACHE_PREFIX, pagesCache } from './cache-names';

/** File name of a release's cache hand-over script; the release id in it changes sw.js too. */
export const releaseScriptName = (release: string) => `sw-release.${release}.js`;

/**
 * The script a release's service worker imports: when it activates, the pages cached under an
 * earlier release are fetched again as this release renders them (a page of release A links
 * release A's stylesheet, which this worker no longer holds), and every per-release cache of
 * another release is deleted. Workbox has no hook for this hand-over; it touches no request.
 * A page that cannot be fetched again (removed, or the reader went offline meanwhile) is dropped.
 */
export function releaseScript(release: string): string {
  const own = JSON.stringify(`-${release}`);
  return `// Cache hand-over of release ${release} (site/src/offline/release-script.ts).
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const prefix = ${JSON.stringify(`${CACHE_PREFIX}-`)};
    const pages = await caches.open(${JSON.stringify(pagesCache(release))});
    for (const name of await caches.keys()) {
      if (!name.startsWith(prefix) || name.endsWith(${own}) || name.includes('-precache-') || name === ${JSON.stringify(`${CACHE_PREFIX}-media`)}) continue;
      if (name.startsWith(${JSON.stringify(`${CACHE_PREFIX}-pages-`)})) {
        const old = await caches.open(name);
        await Promise.all((await old.keys()).map((request) => pages.add(request.url).catch(() => undefined)));
      }
      await caches.delete(name);
    }
  })());
});
`;
}
