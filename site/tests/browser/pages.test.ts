/** The built site's pages: every registry type under its section, no draft, every internal link alive, what search engines read, uploaded files. One build for every browser test file: global-setup.ts. */
import { beforeAll, describe, expect, it } from 'vitest';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { brokenInternalLinks } from '../helpers/internal-links';
import { SECTION_KEYS } from '@integra/contract/content-types';
import { LOCALES } from '@integra/contract/locales';
import { paths, sectionSegments } from '../../src/utils/urls';
import { DRAFT_MARKER, site, useBrowser } from './built-site';
import type { Browser } from 'playwright-core';

const { origin, dist, cmsUrl, cmsPort } = site();
let browser: Browser;
const chromium = useBrowser();
beforeAll(() => {
  ({ browser } = chromium());
});

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
      const fromCms = new Uint8Array(await (await fetch(`${cmsUrl}${original}`)).arrayBuffer());
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
      if (text.includes(cmsUrl) || text.includes(`:${cmsPort}/`) || text.includes('/uploads/'))
        offenders.push(path.relative(dist, path.join(file.parentPath, file.name)));
    }
    expect(files.length).toBeGreaterThan(100);
    expect(offenders).toEqual([]);
  });
});
