/** Topic feeds and calendars: one per topic and locale, holding what the topic page lists. One build for every browser test file: global-setup.ts. */
import { beforeAll, describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { paths, sectionOf, sectionSegments } from '../../src/utils/urls';
import { html, site, useBrowser } from './built-site';
import type { Page } from 'playwright-core';

const { origin, dist } = site();
let page: Page;
const chromium = useBrowser();
beforeAll(() => {
  ({ page } = chromium());
});

describe('topic feeds', () => {
  const LOCALES = ['lv', 'en', 'ru', 'uk'];
  const hrefs = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]!);
  /** Every address of a topic page: its own and, from the language switcher, its other languages'. */
  const topicSlugs = (page: string, locale: string) =>
    new Set(hrefs(page, new RegExp(`href="/${locale}/${sectionOf('topics', locale)}/([^/"]+)/"`, 'g')));

  it("exist for every topic in every locale, parse, and hold exactly the topic page's documents, each on that topic", async () => {
    let feeds = 0;
    let events = 0;
    for (const locale of LOCALES) {
      const slugs = (await readdir(path.join(dist, locale, ...sectionSegments('topics', locale)), { withFileTypes: true }))
        .filter((d) => d.isDirectory())
        .map((d) => d.name);
      expect(slugs.length, locale).toBeGreaterThan(0);
      for (const slug of slugs) {
        const where = paths.topic(locale, slug).slice(1, -1);
        const page = await html(`${where}/`);
        const onTopic = topicSlugs(page, locale);
        // The cards of the topic page, by type, as the page lists them (the fallback rule applied).
        const links = new Set(hrefs(page, /class="card"[^>]*>\s*<h\d[^>]*>\s*<a href="([^"]+)"/g));

        const xml = await readFile(path.join(dist, where, 'rss.xml'), 'utf8');
        expect(XMLValidator.validate(xml), where).toBe(true);
        const channel = new XMLParser().parse(xml).rss.channel;
        const items: { link: string; pubDate: string }[] = [channel.item ?? []].flat();
        expect(channel.language, where).toBe(locale);
        const itemPaths = items.map((i) => new URL(i.link).pathname);
        expect(new Set(itemPaths), where).toEqual(links);
        const dates = items.map((i) => Date.parse(i.pubDate));
        expect(dates, where).toEqual([...dates].sort((a, b) => b - a));
        for (const item of itemPaths) {
          const target = await html(item);
          expect(
            [...onTopic].some((s) => target.includes(`${paths.topic(locale, s)}"`)),
            `${item} in ${where}/rss.xml`,
          ).toBe(true);
        }

        const ics = await readFile(path.join(dist, where, 'events.ics'), 'utf8');
        const vevents = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
        const eventPaths = vevents.map((e) => new URL(e.component.getFirstPropertyValue('url') as string).pathname);
        expect(new Set(eventPaths), where).toEqual(new Set([...links].filter((l) => l.startsWith(paths.events(locale)))));
        for (const item of eventPaths) {
          const target = await html(item);
          expect(
            [...onTopic].some((s) => target.includes(`${paths.topic(locale, s)}"`)),
            `${item} in ${where}/events.ics`,
          ).toBe(true);
        }
        feeds++;
        events += vevents.length;
      }
    }
    expect(feeds).toBeGreaterThanOrEqual(LOCALES.length);
    expect(events).toBeGreaterThan(0);
  });

  it('are linked from each topic page: rel=alternate in the head and a visible Subscribe pair', async () => {
    for (const locale of LOCALES) {
      for (const slug of await readdir(path.join(dist, locale, ...sectionSegments('topics', locale)))) {
        const url = `${origin}${paths.topic(locale, slug)}`;
        await page.goto(url);
        for (const [type, file] of [
          ['application/rss+xml', 'rss.xml'],
          ['text/calendar', 'events.ics'],
        ] as const) {
          const link = page.locator(`head link[rel="alternate"][type="${type}"][href$="${paths.topic(locale, slug)}${file}"]`);
          expect(await link.count(), `${url} ${type}`).toBe(1);
          expect((await link.getAttribute('title'))?.trim(), `${url} ${type}`).toBeTruthy();
          const href = new URL((await link.getAttribute('href'))!, url).href;
          expect((await fetch(href)).status, href).toBe(200);
          expect(await page.locator(`.subscribe a[href$="${paths.topic(locale, slug)}${file}"]`).isVisible(), `${url} ${file}`).toBe(true);
        }
      }
    }
    expect(await page.textContent('.subscribe h2')).toBeTruthy();
  });
});
