/** Search in Chromium: Pagefind per language with the Latvian stemmer, and Latvian results for languages that find few. One build for every browser test file: global-setup.ts. */
import { beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { paths } from '../../src/utils/urls';
import { LATVIAN_ONLY, search, site, useBrowser } from './built-site';
import type { Page } from 'playwright-core';

const { origin } = site();
let page: Page;
const chromium = useBrowser();
beforeAll(() => {
  ({ page } = chromium());
});

describe('search', () => {
  it('finds a Latvian query with diacritics, without them, and in another case', async () => {
    const target = '/lv/pakalpojumi/uzturesanas-atlaujas-pieprasisana/';
    for (const query of ['uzturēšanās atļauja', 'uzturesanas atlauja', 'uzturēšanās atļauju']) {
      const results = await search(page, 'lv', query);
      expect(results, query).toContain(target);
      expect(
        results.every((url) => url.startsWith('/lv/')),
        query,
      ).toBe(true);
    }
  });

  it('finds Russian and Ukrainian content in its own locale only', async () => {
    const ru = await search(page, 'ru', 'вид на жительство');
    expect(ru.length).toBeGreaterThan(0);
    expect(ru.every((url) => url.startsWith('/ru/'))).toBe(true);
    const uk = await search(page, 'uk', 'латиська мова');
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
    const own = await search(page, locale, query);
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
