/** Security headers, valid HTML and accessibility over the whole built site. One build for every browser test file: global-setup.ts. */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { checkHtml, formatHtmlErrors } from '../helpers/html-check';
import { site, useBrowser } from './built-site';
import type { Browser } from 'playwright-core';

const { origin, dist, work } = site();
let browser: Browser;
const chromium = useBrowser();
beforeAll(() => {
  ({ browser } = chromium());
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
