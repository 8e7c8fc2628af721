import { expect } from 'vitest';
import { movedPaths } from '@integra/contract/legacy-paths';

/**
 * Requests for paths of earlier releases and where a host must send each, written out by hand
 * (not computed by the rules under test): the static server and nginx must answer alike.
 */
export const MOVED_PATH_PROBES: readonly { request: string; location: string }[] = [
  { request: '/lv/services/', location: '/lv/pakalpojumi/' },
  { request: '/lv/services', location: '/lv/pakalpojumi' },
  { request: '/lv/services/uzturesanas-atlauja/', location: '/lv/pakalpojumi/uzturesanas-atlauja/' },
  { request: '/lv/services/category/darbs/', location: '/lv/pakalpojumi/kategorija/darbs/' },
  { request: '/ru/services/audience/studenti/', location: '/ru/uslugi/dlya-kogo/studenti/' },
  { request: '/lv/events/past/', location: '/lv/pasakumi/pagajusie/' },
  { request: '/uk/events/kursy/', location: '/uk/podiyi/kursy/' },
  { request: '/lv/events/kursi.ics', location: '/lv/pasakumi/kursi.ics' },
  { request: '/ru/events.ics', location: '/ru/meropriyatiya.ics' },
  { request: '/lv/dialogue/', location: '/lv/dialoga-platforma/' },
  { request: '/uk/info/pro-nas/', location: '/uk/informatsiia/pro-nas/' },
  { request: '/lv/topics/darbs/rss.xml', location: '/lv/temas/darbs/rss.xml' },
  { request: '/ru/search/?q=%D0%B2%D0%B8%D0%B7%D0%B0&x=1', location: '/ru/poisk/?q=%D0%B2%D0%B8%D0%B7%D0%B0&x=1' },
  { request: '/lv/offline/', location: '/lv/bezsaiste/' },
  // percent-encoded letters are the same path, and an encoded slug stays encoded
  { request: '/lv/servic%65s/', location: '/lv/pakalpojumi/' },
  { request: '/ru/services/%D1%83%D1%81%D0%BB%D1%83%D0%B3%D0%B0/', location: '/ru/uslugi/%D1%83%D1%81%D0%BB%D1%83%D0%B3%D0%B0/' },
];

/** Paths that look like a moved one but are not: served or not found, never redirected. */
export const UNMOVED_PATHS = ['/en/services/', '/en/events/past/', '/lv/servicesx/', '/lv/pakalpojumi/', '/lv/events.icsx', '/lv/'];

/** Asks `origin` for every probe and every rule: a permanent redirect to its place, and none for the others. */
export async function expectMovedPathsRedirected(origin: string) {
  const locationOf = async (request: string) => {
    const response = await fetch(`${origin}${request}`, { redirect: 'manual' });
    expect(response.status, request).toBe(301);
    const location = new URL(response.headers.get('location')!, origin);
    return location.pathname + location.search;
  };
  for (const { request, location } of MOVED_PATH_PROBES) expect(await locationOf(request), request).toBe(location);
  for (const rule of movedPaths()) {
    if (rule.match === 'exact') expect(await locationOf(rule.from), rule.from).toBe(rule.to);
    else expect(await locationOf(`${rule.from}/a/b/`), rule.from).toBe(`${rule.to}/a/b/`);
  }
  for (const request of UNMOVED_PATHS) {
    const response = await fetch(`${origin}${request}`, { redirect: 'manual' });
    expect(response.status, request).not.toBe(301);
  }
}
