import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { nextRun } from '../lib/publisher/nightly.ts';
import { checkRelease } from '../lib/publisher/checks.ts';
import { publisherConfig } from '../lib/publisher/config.ts';
import { redirectsFile } from '@integra/contract/legacy-paths';

describe('nightly rebuild time', () => {
  it('is the next 03:30 in Riga, in winter (UTC+2) and summer (UTC+3)', () => {
    expect(nextRun('03:30', new Date('2026-11-28T12:00:00Z')).toISOString()).toBe('2026-11-29T01:30:00.000Z');
    expect(nextRun('03:30', new Date('2026-07-01T00:10:00Z')).toISOString()).toBe('2026-07-01T00:30:00.000Z');
  });
  it('refuses a time that is not HH:MM', () => {
    expect(() => nextRun('25:00', new Date())).toThrow(/HH:MM/);
  });
});

/** What @astrojs/sitemap writes for a small site: an index of one sitemap. */
const SITEMAP_INDEX =
  '<?xml version="1.0" encoding="UTF-8"?><sitemapindex><sitemap><loc>https://x.lv/sitemap-0.xml</loc></sitemap></sitemapindex>';

describe('release checks', () => {
  let dir: string;
  const locales = [
    { code: 'lv', htmlLang: 'lv' },
    { code: 'en', htmlLang: 'en' },
  ];
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'integra-check-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('names every missing home page and the missing search index', async () => {
    expect(await checkRelease(dir, locales)).toEqual([
      '/lv/index.html is missing',
      '/en/index.html is missing',
      'the search index pagefind/lv/pagefind-entry.json is missing or unreadable',
      'the search index pagefind/en/pagefind-entry.json is missing or unreadable',
      '/sitemap-index.xml is missing (the build log says why the sitemap was not written)',
      '/_headers is missing',
      '/_redirects is missing',
    ]);
  });

  it('passes a release with both home pages and an index in both languages, and catches an empty language', async () => {
    for (const code of ['lv', 'en']) {
      await mkdir(path.join(dir, code), { recursive: true });
      await writeFile(path.join(dir, code, 'index.html'), '<html>');
    }
    // One search bundle per locale.
    const bundle = async (code: string, entry: unknown) => {
      await mkdir(path.join(dir, 'pagefind', code), { recursive: true });
      await writeFile(path.join(dir, 'pagefind', code, 'pagefind-entry.json'), typeof entry === 'string' ? entry : JSON.stringify(entry));
    };
    await bundle('lv', { languages: { lv: { page_count: 3 } } });
    await bundle('en', { languages: { en: { page_count: 2 } } });
    await writeFile(path.join(dir, '_headers'), "/*\n  Content-Security-Policy: default-src 'self'\n");
    await writeFile(path.join(dir, '_redirects'), redirectsFile());
    await writeFile(path.join(dir, 'sitemap-index.xml'), SITEMAP_INDEX);
    await writeFile(path.join(dir, 'sitemap-0.xml'), '<urlset/>');
    expect(await checkRelease(dir, locales)).toEqual([]);
    await bundle('en', { languages: { en: { page_count: 0 } } });
    expect(await checkRelease(dir, locales)).toEqual(['the search index has no pages in "en" (pagefind/en/pagefind-entry.json)']);
    await bundle('en', '{ cut short');
    expect(await checkRelease(dir, locales)).toEqual(['the search index pagefind/en/pagefind-entry.json is missing or unreadable']);
    await bundle('en', { languages: { en: { page_count: 2 } } });
    await rm(path.join(dir, 'sitemap-index.xml'));
    await mkdir(path.join(dir, 'sitemap-index.xml'));
    expect(await checkRelease(dir, locales)).toEqual(['/sitemap-index.xml is not a file']);
    await rm(path.join(dir, 'sitemap-index.xml'), { recursive: true });
    await writeFile(path.join(dir, 'sitemap-index.xml'), SITEMAP_INDEX);
  });

  it('refuses a sitemap index that lists no sitemap, or one the release does not have', async () => {
    const index = (...locations: string[]) =>
      writeFile(
        path.join(dir, 'sitemap-index.xml'),
        `<sitemapindex>${locations.map((l) => `<sitemap><loc>${l}</loc></sitemap>`).join('')}</sitemapindex>`,
      );
    const sitemapProblems = async () => (await checkRelease(dir, locales)).filter((p) => p.includes('sitemap'));
    await index();
    expect(await sitemapProblems()).toEqual(['/sitemap-index.xml lists no sitemap']);
    await index(
      'https://x.lv/sitemap-0.xml',
      'https://x.lv/sitemap-1.xml',
      'https://x.lv/../../etc/passwd',
      'https://x.lv/%E0%A4%A.xml',
      'not an address',
    );
    expect(await sitemapProblems()).toEqual([
      '/sitemap-1.xml is missing (listed in /sitemap-index.xml)',
      // Dot segments are resolved within the site's address: looked for inside the release.
      '/etc/passwd is missing (listed in /sitemap-index.xml)',
      '/sitemap-index.xml lists "https://x.lv/%E0%A4%A.xml", not a file of the site',
      '/sitemap-index.xml lists "not an address", not a file of the site',
    ]);
    await writeFile(path.join(dir, 'sitemap-index.xml'), SITEMAP_INDEX);
    expect(await sitemapProblems()).toEqual([]);
  });

  it('refuses sitemaps cut short (a full disk), addresses that are not the web, and an index it cannot read, in short lines', async () => {
    const sitemapProblems = async () => (await checkRelease(dir, locales)).filter((p) => p.includes('sitemap'));
    await writeFile(path.join(dir, 'sitemap-0.xml'), '');
    expect(await sitemapProblems()).toEqual(['/sitemap-0.xml is cut short: it does not end as a sitemap does']);
    await writeFile(path.join(dir, 'sitemap-0.xml'), '<urlset><url><loc>https://x.lv/lv/</loc>');
    expect(await sitemapProblems()).toEqual(['/sitemap-0.xml is cut short: it does not end as a sitemap does']);
    await writeFile(path.join(dir, 'sitemap-0.xml'), '<urlset><url><loc>https://x.lv/lv/</loc></url></urlset>\n');
    await writeFile(path.join(dir, 'sitemap-index.xml'), SITEMAP_INDEX.slice(0, -30));
    expect(await sitemapProblems()).toEqual(['/sitemap-index.xml is cut short: it does not end with </sitemapindex>']);

    const listing = (location: string) => `<sitemapindex><sitemap><loc>${location}</loc></sitemap></sitemapindex>`;
    for (const location of ['ftp://x.lv/sitemap-0.xml', 'file:///sitemap-0.xml', 'mailto:sitemap-0.xml']) {
      await writeFile(path.join(dir, 'sitemap-index.xml'), listing(location));
      expect(await sitemapProblems()).toEqual([`/sitemap-index.xml lists "${location}", not a file of the site`]);
    }
    await writeFile(path.join(dir, 'sitemap-index.xml'), listing(`https://x.lv/${'a'.repeat(100_000)}`));
    const [long] = await sitemapProblems();
    expect(long!.length).toBeLessThan(300);

    // Not readable (a device, a disk error) or far too large: a problem, never a thrown error,
    // since a release found at start-up is checked before the publisher listens.
    await rm(path.join(dir, 'sitemap-index.xml'));
    await symlink('/proc/self/mem', path.join(dir, 'sitemap-index.xml'));
    expect(await sitemapProblems()).toEqual([expect.stringMatching(/^\/sitemap-index\.xml is unreadable: /)]);
    await rm(path.join(dir, 'sitemap-index.xml'));
    await writeFile(path.join(dir, 'sitemap-index.xml'), ' '.repeat(2 * 1024 * 1024));
    expect(await sitemapProblems()).toEqual(['/sitemap-index.xml is 2097152 bytes, more than a sitemap index has']);
    await writeFile(path.join(dir, 'sitemap-index.xml'), SITEMAP_INDEX);
    expect(await sitemapProblems()).toEqual([]);
  });

  it('refuses host configuration a static host would read wrongly or that lacks what it must hold, naming the file', async () => {
    const hostProblems = async () => (await checkRelease(dir, locales)).filter((p) => !p.includes('search index'));
    await writeFile(path.join(dir, '_redirects'), `${redirectsFile()}/lv/old /lv/new 302\n`);
    await writeFile(path.join(dir, '_headers'), '/*\n  not a header\n');
    expect(await hostProblems()).toEqual([
      expect.stringMatching(/^\/_headers is malformed: _headers line 2: expected "Name: value"/),
      '/_redirects differs from the moved paths of @integra/contract/legacy-paths',
    ]);
    // Cut short (a full disk) or empty: pages without their policy, moved paths without redirects.
    await writeFile(path.join(dir, '_headers'), '/*\n  X-Frame-Options: DENY\n');
    await writeFile(path.join(dir, '_redirects'), redirectsFile().slice(0, 200));
    expect(await hostProblems()).toEqual([
      '/_headers gives /lv/ no Content-Security-Policy',
      '/_redirects differs from the moved paths of @integra/contract/legacy-paths',
    ]);
    // A directory, or a binary file of one long line: named, and the message stays short.
    await rm(path.join(dir, '_headers'));
    await mkdir(path.join(dir, '_headers'));
    await writeFile(path.join(dir, '_redirects'), '\u0000'.repeat(5_000_000));
    const problems = await hostProblems();
    expect(problems).toEqual([
      expect.stringMatching(/^\/_headers is malformed: EISDIR/),
      '/_redirects differs from the moved paths of @integra/contract/legacy-paths',
    ]);
    for (const problem of problems) expect(problem.length).toBeLessThan(300);
  });
});

describe('publisher settings', () => {
  it('refuses to start without a proper secret, or with a bad number', () => {
    expect(() => publisherConfig({}, { dataDir: '/tmp' })).toThrow(/PUBLISH_WEBHOOK_SECRET/);
    expect(() => publisherConfig({ PUBLISH_WEBHOOK_SECRET: 'x'.repeat(16), PUBLISH_DEBOUNCE_MS: 'soon' }, { dataDir: '/tmp' })).toThrow(
      /PUBLISH_DEBOUNCE_MS/,
    );
    expect(() =>
      publisherConfig({ PUBLISH_WEBHOOK_SECRET: 'x'.repeat(16), PUBLISH_MAX_WAIT_MS: '3000000000' }, { dataDir: '/tmp' }),
    ).toThrow(/PUBLISH_MAX_WAIT_MS must be a whole number from 0 to 2147483647/);
  });
  it('treats blank values as unset, so a blank host never listens on every interface', () => {
    const config = publisherConfig(
      {
        PUBLISH_WEBHOOK_SECRET: 'x'.repeat(16),
        PUBLISHER_HOST: '',
        DATA_DIR: ' ',
        CMS_URL: '',
        SITE_URL: '',
        NIGHTLY_BUILD_AT: '',
        PUBLISH_DEBOUNCE_MS: ' ',
      },
      { dataDir: '/d' },
    );
    expect(config).toMatchObject({
      host: '127.0.0.1',
      dataDir: '/d',
      cmsUrl: 'http://127.0.0.1:1337',
      siteUrl: 'http://localhost:4321',
      nightlyAt: '03:30',
      debounceMs: 2000,
    });
  });
  it('refuses a port outside 0–65535 or not whole, naming the variable', () => {
    for (const port of ['70000', '4322.5', '-1'])
      expect(() => publisherConfig({ PUBLISH_WEBHOOK_SECRET: 'x'.repeat(16), PUBLISHER_PORT: port }, { dataDir: '/d' }), port).toThrow(
        /PUBLISHER_PORT/,
      );
  });
  it('refuses a secret that could never match: white space around it, a line break in it, or only spaces', () => {
    for (const secret of ['x'.repeat(16) + ' ', ' ' + 'x'.repeat(16), 'x'.repeat(8) + '\n' + 'x'.repeat(8), ' '.repeat(20)])
      expect(() => publisherConfig({ PUBLISH_WEBHOOK_SECRET: secret }, { dataDir: '/d' }), JSON.stringify(secret)).toThrow(
        /PUBLISH_WEBHOOK_SECRET/,
      );
  });
  it('has the documented defaults', () => {
    expect(publisherConfig({ PUBLISH_WEBHOOK_SECRET: 'x'.repeat(16) }, { dataDir: '/d' })).toMatchObject({
      port: 4322,
      debounceMs: 2000,
      keepReleases: 5,
      nightlyAt: '03:30',
      dataDir: '/d',
    });
  });
});
