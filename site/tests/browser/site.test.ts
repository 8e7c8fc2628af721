import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import sharp from 'sharp';
import { createStaticServer } from '@integra/harness/static-server';
import { startCms, freePort, type CmsServer } from '../helpers/cms-server';
import { buildSite } from '@integra/harness/build-site';
import { launchBrowser } from '../helpers/browser';
import { checkHtml, formatHtmlErrors } from '../helpers/html-check';
import { brokenInternalLinks } from '../helpers/internal-links';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { SECTION_KEYS } from '@integra/contract/content-types';
import { LOCALES } from '@integra/contract/locales';
import { paths, sectionOf, sectionSegments } from '../../src/utils/urls';
import { gzipSync } from 'node:zlib';

let cms: CmsServer;
let browser: Browser;
let page: Page;
let dist: string;
let work: string;
let origin: string;
let server: ReturnType<typeof createStaticServer>;

/** The title of a draft that exists in the CMS while the public site is built. */
const DRAFT_MARKER = 'Nepublicēts-melnraksts-K9';
/** The Dialogue meeting whose Latvian original is saved again before the build: its translations become outdated. */
const OUTDATED_TITLE = 'Dialoga platforma turpinās iebraucēju integrāciju Latvijā';
const outdated = { documentId: '', updatedAt: '', paths: {} as Record<string, string> };
/** A service published in Latvian only: other languages show it as a fallback page, which is not indexed. */
const LATVIAN_ONLY = {
  title: 'Kultūrorientācijas nodarbības jaunajiem iedzīvotājiem',
  slug: 'kulturorientacijas-nodarbibas',
  summary: 'Bezmaksas nodarbību cikls par ikdienas dzīvi Latvijā: valsts iestādes, nodokļi, veselības aprūpe un paražas.',
};

beforeAll(async () => {
  cms = await startCms();
  const draft = await fetch(`${cms.url}/api/services?locale=lv&status=draft`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${cms.token}` },
    body: JSON.stringify({ data: { title: DRAFT_MARKER, slug: 'nepublicets-k9', summary: DRAFT_MARKER } }),
  });
  if (draft.status !== 201) throw new Error(`could not create the draft: ${draft.status}`);
  const latvianOnly = await fetch(`${cms.url}/api/services?locale=lv`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${cms.token}` },
    body: JSON.stringify({ data: LATVIAN_ONLY }),
  });
  if (latvianOnly.status !== 201) throw new Error(`could not create the Latvian-only service: ${latvianOnly.status}`);
  await saveOriginalAgain();
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  work = await mkdtemp(path.join(os.tmpdir(), 'integra-site-build-'));
  dist = (await buildSite({ cmsUrl: cms.url, siteUrl: origin, outDir: path.join(work, 'dist'), cacheDir: path.join(work, 'cache') }))
    .outDir;
  server = createStaticServer({ root: dist, port });
  await server.listen();
  browser = await launchBrowser();
  page = await (await browser.newContext()).newPage();
}, 300_000);

/**
 * Saves the meeting's Latvian original again, unchanged but later than its translations (a REST
 * write publishes it), and notes its pages and the original's new updatedAt.
 */
async function saveOriginalAgain() {
  const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${cms.token}` };
  const query = `filters[title][$eq]=${encodeURIComponent(OUTDATED_TITLE)}`;
  const [original] = (
    (await (await fetch(`${cms.url}/api/dialogue-meetings?locale=lv&${query}`, { headers })).json()) as {
      data: { documentId: string; summary: string }[];
    }
  ).data;
  if (!original) throw new Error(`no meeting "${OUTDATED_TITLE}"`);
  const saved = await fetch(`${cms.url}/api/dialogue-meetings/${original.documentId}?locale=lv`, {
    method: 'PUT',
    headers,
    body: JSON.stringify({ data: { summary: original.summary } }),
  });
  if (saved.status !== 200) throw new Error(`could not save the meeting: ${saved.status}`);
  outdated.documentId = original.documentId;
  outdated.updatedAt = ((await saved.json()) as { data: { updatedAt: string } }).data.updatedAt;
  for (const locale of ['lv', 'en', 'ru']) {
    const version = await fetch(`${cms.url}/api/dialogue-meetings/${original.documentId}?locale=${locale}`, { headers });
    outdated.paths[locale] = paths.meeting(locale, ((await version.json()) as { data: { slug: string } }).data.slug);
  }
  // No Ukrainian translation: the Ukrainian page shows the original, under the original's slug.
  outdated.paths.uk = outdated.paths.lv!.replace(paths.dialogue('lv'), paths.dialogue('uk'));
}

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await cms?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

/** Types a query into Pagefind's UI on a locale's search page; returns the result links. */
async function search(locale: string, query: string): Promise<string[]> {
  await page.goto(`${origin}${paths.search(locale)}`);
  await page.fill('#search-input', query);
  await page.waitForSelector('.pagefind-ui__message');
  await page.waitForFunction(() => !document.querySelector('.pagefind-ui__message')?.textContent?.includes('…'));
  await page.waitForTimeout(300);
  return page.$$eval('.pagefind-ui__result-link', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('content types of the registry', () => {
  it("each have pages in every locale, under that locale's section", async () => {
    for (const key of SECTION_KEYS) {
      for (const locale of LOCALES) {
        const section = path.join(dist, locale, ...sectionSegments(key, locale));
        const pages = (await readdir(section, { withFileTypes: true })).filter((entry) => entry.isDirectory());
        expect(pages.length, `${key} in ${locale}: ${path.relative(dist, section)}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('search', () => {
  it('finds a Latvian query with diacritics, without them, and in another case', async () => {
    const target = '/lv/pakalpojumi/uzturesanas-atlaujas-pieprasisana/';
    for (const query of ['uzturēšanās atļauja', 'uzturesanas atlauja', 'uzturēšanās atļauju']) {
      const results = await search('lv', query);
      expect(results, query).toContain(target);
      expect(
        results.every((url) => url.startsWith('/lv/')),
        query,
      ).toBe(true);
    }
  });

  it('finds Russian and Ukrainian content in its own locale only', async () => {
    const ru = await search('ru', 'вид на жительство');
    expect(ru.length).toBeGreaterThan(0);
    expect(ru.every((url) => url.startsWith('/ru/'))).toBe(true);
    const uk = await search('uk', 'латиська мова');
    expect(uk.length).toBeGreaterThan(0);
    expect(uk.every((url) => url.startsWith('/uk/'))).toBe(true);
  });

  it('labels the search input so screen readers announce it, and a click on the label focuses it', async () => {
    await page.goto(`${origin}${paths.search('en')}`);
    await page.waitForSelector('#search-input');
    expect(await page.getAttribute('#search-input', 'aria-labelledby')).toBe('search-label');
    expect(await page.textContent('#search-label')).toBe('Search the site');
    expect(await page.getAttribute('#search-label', 'for')).toBe('search-input');
    await page.click('#search-label');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
  });
});

describe('search across languages', () => {
  /**
   * Searches on a locale's search page until the Latvian follow-up has answered this query;
   * returns the reader's own result links and the Latvian list's links (none when hidden).
   */
  async function searchWithLatvian(locale: string, query: string) {
    const own = await search(locale, query);
    const section = page.locator('#search-lv');
    await page.waitForFunction((q) => document.getElementById('search-lv')?.dataset.query === q, query);
    const latvian = (await section.isVisible())
      ? await section.locator('a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
      : [];
    return { own, latvian };
  }
  const onlyLatvian = `/lv/pakalpojumi/${LATVIAN_ONLY.slug}/`;

  it('finds a document that exists only in Latvian from the English search page, labelled and linked as Latvian', async () => {
    const { own, latvian } = await searchWithLatvian('en', 'kultūrorientācija');
    expect(own).toEqual([]);
    expect(latvian).toContain(onlyLatvian);
    const section = page.locator('#search-lv');
    expect(await section.getByRole('heading', { level: 2 }).textContent()).toBe('Results in Latvian');
    const link = section.locator(`a[href="${onlyLatvian}"]`);
    expect(await link.textContent()).toBe(LATVIAN_ONLY.title);
    expect(await link.getAttribute('lang')).toBe('lv');
    expect(await link.getAttribute('hreflang')).toBe('lv');
    const excerpt = section.locator('li', { has: page.locator(`a[href="${onlyLatvian}"]`) }).locator('.search-lv__excerpt');
    expect(await excerpt.getAttribute('lang')).toBe('lv');
    expect(await excerpt.locator('mark').count()).toBeGreaterThan(0);
    expect(await page.textContent('#search-lv-status')).toContain('Found in Latvian too: ');
    await link.click();
    await page.waitForURL(`${origin}${onlyLatvian}`);
    expect(await page.textContent('h1')).toBe(LATVIAN_ONLY.title);
  });

  it('finds it from the Russian and Ukrainian search pages too, with the heading in their language', async () => {
    for (const [locale, heading] of [
      ['ru', 'Результаты на латышском'],
      ['uk', 'Результати латиською'],
    ] as const) {
      const { latvian } = await searchWithLatvian(locale, 'kulturorientacijas nodarbibas');
      expect(latvian, locale).toContain(onlyLatvian);
      expect(await page.textContent('#search-lv-heading'), locale).toBe(heading);
    }
  });

  it('shows no Latvian list when the reader’s language has enough results', async () => {
    const { own, latvian } = await searchWithLatvian('en', 'residence permit');
    expect(own.length).toBeGreaterThanOrEqual(3);
    expect(latvian).toEqual([]);
    expect(await page.textContent('#search-lv-status')).toBe('');
  });

  it('ranks the reader’s own results first, above the Latvian list and apart from it', async () => {
    // English pages carry their Latvian original's title: two services are found in English.
    const { own, latvian } = await searchWithLatvian('en', 'uzturēšanās');
    expect(own.length).toBeGreaterThan(0);
    expect(own.length).toBeLessThan(3);
    expect(own.every((url) => url.startsWith('/en/'))).toBe(true);
    expect(latvian.length).toBeGreaterThan(0);
    expect(latvian.every((url) => url.startsWith('/lv/'))).toBe(true);
    // Their Latvian originals are not listed again.
    expect(own).toContain('/en/services/applying-for-a-residence-permit/');
    expect(latvian).not.toContain('/lv/pakalpojumi/uzturesanas-atlaujas-pieprasisana/');
    const lastOwn = (await page.locator('.pagefind-ui__result').last().boundingBox())!;
    const firstLatvian = (await page.locator('#search-lv li').first().boundingBox())!;
    expect(lastOwn.y + lastOwn.height).toBeLessThanOrEqual(firstLatvian.y);
  });

  it('has no Latvian list on the Latvian search page', async () => {
    await page.goto(`${origin}/lv/meklet/`);
    expect(await page.locator('#search-lv').count()).toBe(0);
  });

  it('axe finds no WCAG 2.1 AA violations on the search page with the Latvian list shown', async () => {
    const { latvian } = await searchWithLatvian('en', 'kultūrorientācija');
    expect(latvian.length).toBeGreaterThan(0);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

describe('topic feeds', () => {
  const LOCALES = ['lv', 'en', 'ru', 'uk'];
  const html = (url: string) => readFile(path.join(dist, url, 'index.html'), 'utf8');
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

describe('the Latvian title beside a translation', () => {
  const service = { lv: '/lv/pakalpojumi/uzturesanas-atlaujas-pieprasisana/', en: '/en/services/applying-for-a-residence-permit/' };
  const latvian = 'Uzturēšanās atļaujas pieprasīšana';

  it('stands under the English title, in Latvian, with a label screen readers read in English', async () => {
    await page.goto(`${origin}${service.en}`);
    expect(await page.textContent('h1')).toBe('Applying for a residence permit');
    expect(await page.textContent('h1 + .original-title span[lang="lv"]')).toBe(latvian);
    expect(await page.textContent('.original-title .visually-hidden')).toBe('In Latvian:');
    expect(await page.locator('[data-pagefind-body] .original-title').count()).toBe(1);
    const [title, original] = await Promise.all(
      ['h1', '.original-title'].map((s) => page.$eval(s, (e) => parseFloat(getComputedStyle(e).fontSize))),
    );
    expect(original!).toBeLessThan(title!);
  });

  it('is not shown on the Latvian page or on a fallback page showing the original', async () => {
    // (The class name itself is in the inlined stylesheet of every page.)
    expect(await html(service.lv)).not.toMatch(/<p class="original-title/);
    expect(await html('/uk/posluhy/uzturesanas-atlaujas-pieprasisana/')).not.toMatch(/<p class="original-title/);
    expect(await html(service.en)).toMatch(/<p class="original-title/);
  });

  it('finds the English page when searching its Latvian title in English', async () => {
    expect(await search('en', latvian)).toContain(service.en);
  });

  const html = (url: string) => readFile(path.join(dist, url, 'index.html'), 'utf8');
});

describe('the outdated notice on a translation', () => {
  const html = (url: string) => readFile(path.join(dist, url, 'index.html'), 'utf8');
  /** The date as a reader of that language reads it, in Riga. */
  const day = (intlLocale: string) =>
    new Intl.DateTimeFormat(intlLocale, { dateStyle: 'long', timeZone: 'Europe/Riga' }).format(new Date(outdated.updatedAt));

  it("tells the reader of a translation older than its original, in the reader's language, when the original changed, and links to it", async () => {
    for (const [locale, intlLocale, sentence] of [
      ['en', 'en-GB', `The Latvian original was updated on ${day('en-GB')}; this translation may be out of date.`],
      ['ru', 'ru-RU', `Латышский оригинал обновлён ${day('ru-RU')}; этот перевод может быть устаревшим.`],
    ] as const) {
      await page.goto(`${origin}${outdated.paths[locale]}`);
      const notice = page.locator('main .notice.quiet');
      expect(await notice.count(), locale).toBe(1);
      expect(await notice.getAttribute('role')).toBe('note');
      expect((await notice.textContent())?.replace(/\s+/g, ' '), locale).toContain(sentence);
      expect(await notice.locator('time').getAttribute('datetime'), intlLocale).toBe(outdated.updatedAt);
      // Near the top: right after the titles, before the summary.
      expect(await page.locator('h1 ~ .notice.quiet + .lead').count(), locale).toBe(1);
      const link = notice.locator('a');
      expect(await link.getAttribute('hreflang')).toBe('lv');
      await link.click();
      expect(new URL(page.url()).pathname).toBe(outdated.paths.lv);
      expect(await page.getAttribute('html', 'lang')).toBe('lv');
    }
  });

  it('is quieter than the fallback notice: smaller, grey, without its coloured bar', async () => {
    await page.goto(`${origin}${outdated.paths.en}`);
    const quiet = await page.$eval('.notice.quiet', (e) => getComputedStyle(e));
    await page.goto(`${origin}/uk/posluhy/uzturesanas-atlaujas-pieprasisana/`);
    const fallback = await page.$eval('.notice', (e) => getComputedStyle(e));
    expect(parseFloat(quiet.fontSize)).toBeLessThan(parseFloat(fallback.fontSize));
    expect(quiet.borderLeftColor).not.toBe(fallback.borderLeftColor);
    expect(quiet.backgroundColor).toBe('rgba(0, 0, 0, 0)');
  });

  it('is not on the Latvian original, on a fallback page, on a translation newer than its original, nor in search', async () => {
    const notice = /<p class="notice quiet"/;
    expect(await html(outdated.paths.lv!)).not.toMatch(notice);
    // the meeting has no Ukrainian translation: its Ukrainian page is the original
    expect(await html(outdated.paths.uk!)).not.toMatch(notice);
    expect(await html('/en/services/applying-for-a-residence-permit/')).not.toMatch(notice);
    expect(await html(outdated.paths.en!)).toMatch(/<p class="notice quiet" role="note" data-pagefind-ignore/);
  });
});

describe('drafts', () => {
  it('never reach the public build: no file mentions the draft, and there is no preview route', async () => {
    const files = (await readdir(dist, { recursive: true, withFileTypes: true })).filter((f) => f.isFile());
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      if (!/\.(html|xml|json|ics|txt|js)$/.test(file.name)) continue;
      const text = await readFile(path.join(file.parentPath, file.name), 'utf8');
      expect(text.includes(DRAFT_MARKER) || text.includes('nepublicets-k9'), path.join(file.parentPath, file.name)).toBe(false);
    }
    expect(files.some((f) => f.parentPath.includes(`${path.sep}preview`))).toBe(false);
  });
});

describe('security headers', () => {
  it('serves every page with the Content-Security-Policy of public/_headers, and the site works under it', async () => {
    const context = await browser.newContext({ locale: 'ru-RU' });
    // Any blocked script, style, font, image or fetch is recorded before the page's own code runs.
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const tab = await context.newPage();
    const violations = () => tab.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    try {
      // The language choice at / is a script too: a Russian browser lands on /ru/.
      const root = await tab.goto(`${origin}/`);
      expect(root!.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
      await tab.waitForURL(`${origin}/ru/`);
      expect(await violations()).toEqual([]);

      await tab.goto(`${origin}/lv/meklet/`);
      await tab.fill('#search-input', 'uzturēšanās atļauja');
      await tab.waitForSelector('.pagefind-ui__result-link');
      expect(await violations()).toEqual([]);

      const headers = (await tab.goto(`${origin}/lv/pakalpojumi/uzturesanas-atlaujas-pieprasisana/`))!.headers();
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['x-frame-options']).toBe('DENY');
      expect(await violations()).toEqual([]);
      // The headers file configures the host; it is not a page.
      expect((await tab.goto(`${origin}/_headers`))!.status()).toBe(404);
    } finally {
      await context.close();
    }
  });

  it('would report a blocked inline script (the check above can fail)', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
    });
    const tab = await context.newPage();
    try {
      await tab.goto(`${origin}/lv/`);
      await tab.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.ranInline = true';
        document.body.append(script);
      });
      await tab.waitForFunction(() => (window as unknown as { cspViolations: string[] }).cspViolations.length > 0);
      expect(await tab.evaluate(() => (window as unknown as { ranInline?: boolean }).ranInline)).toBeUndefined();
    } finally {
      await context.close();
    }
  });
});

describe('languages', () => {
  it('the language switcher leads to the same service in English', async () => {
    await page.goto(`${origin}/lv/pakalpojumi/uzturesanas-atlaujas-pieprasisana/`);
    await page.click('.lang-switcher a[hreflang="en"]');
    expect(new URL(page.url()).pathname).toBe('/en/services/applying-for-a-residence-permit/');
    expect(await page.textContent('h1')).toBe('Applying for a residence permit');
  });

  it('shows the Latvian original with a notice in the reader language when a translation is missing', async () => {
    const response = await page.goto(`${origin}/uk/posluhy/uzturesanas-atlaujas-pieprasisana/`);
    expect(response?.status()).toBe(200);
    expect(await page.textContent('.notice')).toContain('ще не перекладено українською');
    expect(await page.getAttribute('article', 'lang')).toBe('lv');
    expect(await page.getAttribute('html', 'lang')).toBe('uk');
    expect(await page.getAttribute('link[rel="canonical"]', 'href')).toBe(`${origin}/lv/pakalpojumi/uzturesanas-atlaujas-pieprasisana/`);
  });

  it('answers a missing page with 404 and the not-found page of that language', async () => {
    const response = await page.goto(`${origin}/ru/uslugi/net-takoy-stranitsy/`);
    expect(response?.status()).toBe(404);
    expect(await page.textContent('h1')).toBe('Страница не найдена');
  });

  it('ships no JavaScript on content pages but the service worker registration (under 1 kB gzip) and, beside its button, Save for offline', async () => {
    for (const url of ['/lv/', '/en/services/applying-for-a-residence-permit/', '/ru/meropriyatiya/']) {
      const html = await readFile(path.join(dist, url, 'index.html'), 'utf8');
      const scripts = [...html.matchAll(/<script(?![^>]*application\/ld\+json)([^>]*)>/g)].map((m) => /src="([^"]+)"/.exec(m[1]!)?.[1]);
      expect(scripts.every(Boolean), `${url}: no inline script`).toBe(true);
      const names = scripts.map((src) => /^\/_astro\/([^.]+)\./.exec(src!)?.[1]).sort();
      expect(names, url).toEqual(url.includes('/services/') ? ['OfflineSupport', 'SaveOffline'] : ['OfflineSupport']);
      const registration = await readFile(
        path.join(
          dist,
          scripts.find((src) => src!.includes('OfflineSupport'))!,
        ),
      );
      expect(gzipSync(registration).length, url).toBeLessThanOrEqual(1024);
    }
  });
});

describe('links', () => {
  it('lead to a page or file of the site, fallback pages’ topics and categories included', () => {
    // A fallback page shows the original, whose taxonomy slugs are not the reader's locale's.
    expect(Object.fromEntries(brokenInternalLinks(dist))).toEqual({});
  });
});

describe('for search engines and search filters', () => {
  it('lists each translation of a document as an alternate in the sitemap, and leaves out /, 404 and offline pages', async () => {
    const sitemap = await readFile(path.join(dist, 'sitemap-0.xml'), 'utf8');
    const entry = sitemap.split('<url>').find((u) => u.includes(`<loc>${origin}/lv/pakalpojumi/uzturesanas-atlaujas-pieprasisana/</loc>`));
    expect(entry).toContain(`hreflang="en" href="${origin}/en/services/applying-for-a-residence-permit/"`);
    expect(entry).toContain(`hreflang="x-default" href="${origin}/lv/pakalpojumi/uzturesanas-atlaujas-pieprasisana/"`);
    expect(sitemap).not.toContain(`<loc>${origin}/</loc>`);
    expect(sitemap).not.toContain('/404/');
    for (const locale of LOCALES) expect(sitemap).not.toContain(paths.offline(locale));
  });

  it('names search filters in the page language', async () => {
    const html = await readFile(path.join(dist, 'lv/pakalpojumi/uzturesanas-atlaujas-pieprasisana/index.html'), 'utf8');
    expect(html).toContain('data-pagefind-filter="Satura veids:Pakalpojums"');
    expect(html).toContain('data-pagefind-filter="Tēma"');
  });

  it('describes services and events for search engines with JSON-LD', async () => {
    const ld = (file: string) =>
      readFile(path.join(dist, file), 'utf8').then((html) =>
        JSON.parse(html.match(/<script type="application\/ld\+json">(.*?)<\/script>/)![1]!),
      );
    expect(await ld('en/services/applying-for-a-residence-permit/index.html')).toMatchObject({
      '@type': 'GovernmentService',
      name: 'Applying for a residence permit',
    });
    const events = await readFile(path.join(dist, 'en/events/index.html'), 'utf8');
    const first = events.match(/href="(\/en\/events\/[^"]+\/)"/)![1]!;
    expect(await ld(`${first.slice(1)}index.html`)).toMatchObject({ '@type': 'Event' });
  });
});

describe('uploaded files', () => {
  it('are part of the site: the downloads of a resource page point inside it, with the bytes the CMS holds', async () => {
    const html = await readFile(path.join(dist, 'en/resources/consultation-request-form/index.html'), 'utf8');
    const downloads = [...html.matchAll(/<a href="([^"]+)" download="([^"]+)"/g)].map((m) => ({ href: m[1]!, name: m[2]! }));
    expect(downloads.length).toBeGreaterThan(0);
    for (const { href } of downloads) {
      expect(href).toMatch(/^\/media\/[\w-]+\.[0-9a-f]{12}\.pdf$/);
      const original = href.replace(/^\/media\/([\w-]+)\.[0-9a-f]{12}(\.pdf)$/, '/uploads/$1$2');
      const fromCms = new Uint8Array(await (await fetch(`${cms.url}${original}`)).arrayBuffer());
      expect(fromCms.length).toBeGreaterThan(100);
      expect(new Uint8Array(await readFile(path.join(dist, href)))).toEqual(fromCms);
      const served = await fetch(`${origin}${href}`);
      expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(served.headers.get('content-security-policy')).toMatch(/^default-src 'none';.* object-src 'self'/);
    }
  });

  it('still open in Chromium under their strict policy: a PDF in the viewer, an image on its own', async () => {
    const html = await readFile(path.join(dist, 'en/resources/consultation-request-form/index.html'), 'utf8');
    const pdf = /<a href="(\/media\/[^"]+\.pdf)" download=/.exec(html)![1]!;
    // An image served from /media/ like an uploaded one (the build's own images live under /_astro/).
    const astroImages = (await readdir(path.join(dist, '_astro'))).filter((name) => /\.(png|jpe?g|webp)$/.test(name));
    expect(astroImages.length).toBeGreaterThan(0);
    await writeFile(
      path.join(dist, 'media', `test-image.0123456789ab${path.extname(astroImages[0]!)}`),
      await readFile(path.join(dist, '_astro', astroImages[0]!)),
    );
    const tab = await browser.newPage();
    try {
      // (The policy itself is checked with fetch above: Playwright reports the viewer's headers here.)
      await tab.goto(`${origin}${pdf}`);
      // Chrome's viewer draws the pages light on a dark grey (40, 40, 40) ground: a viewer that
      // could not open the file stays dark.
      const brightness = async () => (await sharp(await tab.screenshot()).stats()).channels[0]!.mean;
      await expect.poll(brightness, { timeout: 15_000 }).toBeGreaterThan(100);
      await tab.goto(`${origin}/media/test-image.0123456789ab${path.extname(astroImages[0]!)}`);
      expect(await tab.evaluate(() => document.querySelector('img')?.naturalWidth ?? 0)).toBeGreaterThan(0);
    } finally {
      await tab.close();
    }
  });

  it('leave no page, feed or script referring to the CMS', async () => {
    const files = (await readdir(dist, { recursive: true, withFileTypes: true })).filter(
      (f) => f.isFile() && /\.(html|xml|json|ics|txt|js|css)$/.test(f.name),
    );
    const offenders: string[] = [];
    for (const file of files) {
      const text = await readFile(path.join(file.parentPath, file.name), 'utf8');
      if (text.includes(cms.url) || text.includes(`:${cms.port}/`) || text.includes('/uploads/'))
        offenders.push(path.relative(dist, path.join(file.parentPath, file.name)));
    }
    expect(files.length).toBeGreaterThan(100);
    expect(offenders).toEqual([]);
  });
});

describe('valid HTML', () => {
  it('the Nu HTML Checker finds no error in any built page (one run over the whole site)', async () => {
    // A page known to be invalid goes through the same run: proof that the check can fail.
    const canary = path.join(work, 'html-check-canary');
    await mkdir(canary, { recursive: true });
    await writeFile(path.join(canary, 'invalid.html'), '<!doctype html><html lang="en"><title>x</title><h1>a</h1><h3>b</h3></html>');
    const errors = await checkHtml([dist, canary]);
    expect(errors.filter((e) => e.file.startsWith(canary)).map((e) => e.message)).toEqual([
      expect.stringContaining('skipping 1 heading level'),
    ]);
    expect(
      formatHtmlErrors(
        errors.filter((e) => !e.file.startsWith(canary)),
        dist,
      ),
    ).toEqual([]);
  }, 300_000);
});

describe('accessibility', () => {
  it('axe finds no WCAG 2.1 AA violations on any page in the sitemap', async () => {
    const sitemap = await readFile(path.join(dist, 'sitemap-0.xml'), 'utf8');
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(100);
    const failures: string[] = [];
    // Two tabs share the work: one per core.
    const queue = [...urls];
    const worker = async () => {
      const tab = await (await browser.newContext()).newPage();
      for (let url = queue.shift(); url; url = queue.shift()) {
        await tab.goto(url);
        const { violations } = await new AxeBuilder({ page: tab }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        for (const v of violations) failures.push(`${new URL(url).pathname}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
      }
    };
    await Promise.all([worker(), worker()]);
    expect(failures).toEqual([]);
  }, 600_000);
});
