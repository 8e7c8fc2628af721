import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS, launchBrowser } from '@integra/harness/browser';
import { lighthouseScores } from '../bench/lib/lighthouse.ts';
import type { TestCms } from '@integra/harness/test-cms';
import type { Publisher } from '../lib/publisher/index.ts';
import { startLiveSite, type LiveSite } from './fixtures/live-site.ts';
import { paths } from '@integra/site/urls';

const SECRET = 'offline-webhook-secret-0123456789';
const SERVICE = '/en/services/applying-for-a-residence-permit/';
const RESOURCE = '/en/resources/consultation-request-form/';
/** Pages the reader visits online, then reads again offline. */
const VISITED = ['/en/', '/en/services/', SERVICE];
/** The rules the site's own axe check applies (site/tests/browser/site.test.ts). */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** A page the reader never opens. */
const UNVISITED = '/en/events/';

let cms: TestCms;
let publisher: Publisher;
let dataDir: string;
let live: LiveSite;
let origin: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;

/** The release id in the live sw.js (the name of its cache hand-over script). */
const liveRelease = async () => /sw-release\.([0-9a-f]+)\.js/.exec(await readFile(path.join(dataDir, 'live', 'sw.js'), 'utf8'))![1]!;

const heading = async () => (await page.textContent('h1'))?.trim();

/** Searches on the English search page; returns the result links Pagefind's UI shows. */
async function search(query: string): Promise<string[]> {
  await page.goto(`${origin}/en/search/`);
  await page.fill('#search-input', query);
  await page.waitForSelector('.pagefind-ui__result-link');
  return page.$$eval('.pagefind-ui__result-link', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

beforeAll(async () => {
  live = await startLiveSite({ secret: SECRET, tempPrefix: 'integra-offline-' });
  ({ cms, publisher, dataDir, origin } = live);
  browser = await launchBrowser();
  context = await browser.newContext();
  page = await context.newPage();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await live?.stop();
});

describe('offline reading', () => {
  const online: Record<string, string | undefined> = {};

  it('offers an installable app per locale: manifest with start URL, name, theme and icons', async () => {
    const response = await fetch(`${origin}/ru/manifest.webmanifest`);
    expect(response.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
    const manifest = await response.json();
    expect(manifest).toMatchObject({ start_url: '/ru/', scope: '/', display: 'standalone', lang: 'ru', theme_color: '#8a1538' });
    expect(manifest.name.length).toBeGreaterThan(0);
    for (const icon of manifest.icons.filter((i: { type: string }) => i.type === 'image/png')) {
      expect((await fetch(`${origin}${icon.src}`)).headers.get('content-type')).toBe('image/png');
    }
    const sw = await fetch(`${origin}/sw.js`);
    expect(sw.headers.get('cache-control')).toBe('no-cache');
    expect(sw.headers.get('content-type')).toMatch(/javascript/);
  });

  it('is installable in Chromium from a page of any language (Lighthouse 13 has no installability audit)', async () => {
    // A profile on disk: Chromium never offers to install from an incognito (throwaway) context.
    const profile = await mkdtemp(path.join(os.tmpdir(), 'integra-profile-'));
    const persistent = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
    const tab = await persistent.newPage();
    try {
      const cdp = await persistent.newCDPSession(tab);
      for (const locale of ['lv', 'uk']) {
        await tab.goto(`${origin}/${locale}/`);
        await tab.waitForFunction(() => navigator.serviceWorker.controller !== null);
        const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
        expect(installabilityErrors, locale).toEqual([]);
        const manifest = await cdp.send('Page.getAppManifest');
        expect(manifest.url, locale).toBe(`${origin}/${locale}/manifest.webmanifest`);
        expect(manifest.errors, locale).toEqual([]);
      }
    } finally {
      await persistent.close();
      await rm(profile, { recursive: true, force: true });
    }
  });

  it('keeps Lighthouse mobile at 98 or more on a service page and an offline page, with the registration script', async () => {
    for (const score of await lighthouseScores([`${origin}${SERVICE}`, `${origin}/en/offline/`])) {
      console.log(`lighthouse ${new URL(score.url).pathname}: performance ${score.performance}, accessibility ${score.accessibility}`);
      expect(score.error, score.url).toBeUndefined();
      expect(score.performance, `${score.url}: ${score.failing.join(', ')}`).toBeGreaterThanOrEqual(98);
      expect(score.accessibility, `${score.url}: ${score.failing.join(', ')}`).toBeGreaterThanOrEqual(98);
    }
  });

  it('keeps visited pages and a search in the reader’s language readable offline', async () => {
    await page.goto(`${origin}/en/`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    for (const url of VISITED) {
      await page.goto(`${origin}${url}`);
      online[url] = await heading();
    }
    const found = await search('residence');
    expect(found).toContain(SERVICE);

    await context.setOffline(true);
    try {
      for (const url of VISITED) {
        const response = await page.goto(`${origin}${url}`);
        expect(response?.fromServiceWorker(), url).toBe(true);
        expect(await heading(), url).toBe(online[url]);
      }
      expect(await search('residence')).toEqual(found);
      // Offline indeed: a page never visited answers with the offline page.
      await page.goto(`${origin}${UNVISITED}`);
      expect(await heading()).toBe('Offline reading');
    } finally {
      await context.setOffline(false);
    }
  });

  it('saves a resource page and its download for offline reading, and lists it on the offline page', async () => {
    await page.goto(`${origin}${RESOURCE}`);
    const title = await heading();
    const download = await page.getAttribute('#main a[href^="/media/"]', 'href');
    expect(download).toMatch(/^\/media\/.+\.pdf$/);
    await page.click('#save-offline');
    await page.waitForFunction(() => {
      const button = document.getElementById('save-offline');
      return document.getElementById('save-offline-status')?.textContent === button?.dataset.saved;
    });
    const status = await page.textContent('#save-offline-status');
    expect(status).toMatch(/^Saved/);

    await context.setOffline(true);
    try {
      await page.goto(`${origin}${RESOURCE}`);
      expect(await heading()).toBe(title);
      const pdf = await page.evaluate(async (href) => {
        const response = await fetch(href);
        return { status: response.status, start: new TextDecoder().decode((await response.arrayBuffer()).slice(0, 5)) };
      }, download!);
      expect(pdf).toEqual({ status: 200, start: '%PDF-' });
      await page.goto(`${origin}/en/offline/`);
      await page.waitForSelector('#saved-pages a');
      expect(
        await page.$$eval('#saved-pages a', (links) => links.map((a) => [a.textContent, new URL((a as HTMLAnchorElement).href).pathname])),
      ).toEqual([[title, RESOURCE]]);
      expect(await page.isHidden('#saved-empty')).toBe(true);
      const axe = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);
    } finally {
      await context.setOffline(false);
    }
  });

  it('lists a saved page on the offline page of every language, marked with its own language', async () => {
    for (const locale of ['lv', 'ru', 'uk']) {
      await page.goto(`${origin}${paths.offline(locale)}`);
      await page.waitForSelector('#saved-pages a');
      expect(await page.getAttribute('#saved-pages a', 'lang'), locale).toBe('en');
      expect(await page.getAttribute('#saved-pages a', 'href'), locale).toBe(RESOURCE);
    }
  });

  it('shows the save control on service, resource and meeting pages, without axe violations', async () => {
    const meeting = await fetch(`${origin}/en/dialogue/`).then((r) => r.text());
    const meetingPath = /href="(\/en\/dialogue\/[^"]+\/)"/.exec(meeting)![1]!;
    for (const url of [RESOURCE, meetingPath]) {
      await page.goto(`${origin}${url}`);
      await page.waitForSelector('#save-offline:not([hidden])');
    }
    await page.goto(`${origin}${SERVICE}`);
    await page.waitForSelector('#save-offline:not([hidden])');
    const axe = await new AxeBuilder({ page }).withTags(WCAG).include('.save-offline').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });

  it('after a publish, shows the new version online and offline, with every file its page links', async () => {
    const before = await liveRelease();
    const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${cms.token}` };
    const found = await fetch(`${cms.url}/api/services?locale=en&filters[slug][$eq]=applying-for-a-residence-permit`, { headers });
    const service = ((await found.json()) as { data: { documentId: string; title: string }[] }).data[0]!;
    const newTitle = `${service.title} (updated)`;
    const put = await fetch(`${cms.url}/api/services/${service.documentId}?locale=en`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ data: { title: newTitle } }),
    });
    expect(put.status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    await publisher.scheduler.idle();
    const after = await liveRelease();
    expect(after).not.toBe(before);

    // Back online: the page is fetched first, so the reader sees the new version at once.
    await page.goto(`${origin}${SERVICE}`);
    expect(await heading()).toBe(newTitle);
    // The new release's worker takes over; its hand-over fetches the saved pages again.
    await page.waitForFunction(async (release) => {
      const names = await caches.keys();
      return names.includes(`integra-pages-${release}`) && !names.some((n) => n.startsWith('integra-pages-') && !n.endsWith(release));
    }, after);
    await page.waitForFunction(async (url) => Boolean(await caches.match(url)), `${origin}${RESOURCE}`);

    await context.setOffline(true);
    try {
      for (const url of [SERVICE, RESOURCE]) {
        await page.goto(`${origin}${url}`);
        if (url === SERVICE) expect(await heading()).toBe(newTitle);
        // Every stylesheet and script the cached page links is there offline: no page of one
        // release with files of another.
        const linked = await page.$$eval('link[rel=stylesheet], script[src]', (els) =>
          els.map((el) => (el as HTMLLinkElement).href || (el as HTMLScriptElement).src),
        );
        const statuses = await page.evaluate(async (urls) => Promise.all(urls.map(async (u) => (await fetch(u)).status)), linked);
        expect(
          statuses.every((s) => s === 200),
          `${url}: ${linked.join(', ')}`,
        ).toBe(true);
      }
    } finally {
      await context.setOffline(false);
    }
  });
});
