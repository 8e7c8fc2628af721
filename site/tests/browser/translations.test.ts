/** Languages: the Latvian title beside a translation, the outdated notice, the language switcher and fallbacks. One build for every browser test file: global-setup.ts. */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { html, search, site, useBrowser } from './built-site';
import type { Page } from 'playwright-core';

const { origin, dist, outdated } = site();
let page: Page;
const chromium = useBrowser();
beforeAll(() => {
  ({ page } = chromium());
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
    expect(await search(page, 'en', latvian)).toContain(service.en);
  });
});

describe('the outdated notice on a translation', () => {
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
