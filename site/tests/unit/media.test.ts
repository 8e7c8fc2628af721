import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createCmsClient } from '../../src/lib/cms/client';
import { CmsError } from '../../src/lib/cms/errors';
import { createMediaStore, nameParts, restoreLinkedMedia, siteMedia } from '../../src/lib/cms/media';
import { scanBuiltPages } from '../../src/integrations/built-pages';

const PDF = new TextEncoder().encode('%PDF-1.4 demo form');
const source = { contentType: 'resources', locale: 'en', entry: 'consultation-request-form', field: 'files' };

/** A CMS client whose network is a map of paths to bytes; every request is recorded. */
function fakeCms(files: Record<string, Uint8Array>) {
  const requested: string[] = [];
  const client = createCmsClient({
    baseUrl: 'http://127.0.0.1:1337',
    retries: 0,
    fetch: (async (input: URL | string) => {
      const url = new URL(String(input));
      requested.push(url.pathname);
      const body = files[url.pathname];
      return body ? new Response(Buffer.from(body)) : new Response('Not Found', { status: 404, statusText: 'Not Found' });
    }) as typeof fetch,
  });
  return { client, requested };
}

let work: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'integra-media-test-'));
});
afterEach(() => rm(work, { recursive: true, force: true }));

describe('uploaded files in the build', () => {
  it('are copied into the output under a content-hashed name, byte for byte, fetched once however many pages link to them', async () => {
    const { client, requested } = fakeCms({ '/uploads/demo_form_d1d939e3fb.pdf': PDF });
    const store = createMediaStore({ client, outDir: path.join(work, 'dist'), cacheDir: path.join(work, 'cache') });
    const file = { url: '/uploads/demo_form_d1d939e3fb.pdf', updatedAt: '2025-01-01T00:00:00.000Z' };
    const links = await Promise.all([store.publish(file, source), store.publish(file, { ...source, locale: 'ru' })]);
    expect(links[0]).toMatch(/^\/media\/demo_form_d1d939e3fb\.[0-9a-f]{12}\.pdf$/);
    expect(links[1]).toBe(links[0]);
    expect(new Uint8Array(await readFile(path.join(work, 'dist', links[0]!)))).toEqual(PDF);
    expect(requested).toEqual(['/uploads/demo_form_d1d939e3fb.pdf']);
  });

  it('are not downloaded again by a rebuild while unchanged, and are when the CMS says they changed', async () => {
    const { client, requested } = fakeCms({ '/uploads/a.pdf': PDF });
    const file = { url: '/uploads/a.pdf', updatedAt: '2025-01-01T00:00:00.000Z' };
    const build = (outDir: string) => createMediaStore({ client, outDir: path.join(work, outDir), cacheDir: path.join(work, 'cache') });
    const first = await build('one').publish(file, source);
    const again = build('two');
    expect(await again.publish(file, source)).toBe(first);
    expect(again.downloads()).toBe(0);
    expect(await readdir(path.join(work, 'two', 'media'))).toEqual([first.slice('/media/'.length)]);
    await build('three').publish({ ...file, updatedAt: '2025-02-01T00:00:00.000Z' }, source);
    expect(requested).toEqual(['/uploads/a.pdf', '/uploads/a.pdf']);
  });

  it('of pages an incremental build reused are placed from the cache, those of pages that are gone are not', async () => {
    const { client } = fakeCms({ '/uploads/a.pdf': PDF, '/uploads/b.pdf': new TextEncoder().encode('%PDF b') });
    const cacheDir = path.join(work, 'cache');
    const first = createMediaStore({ client, outDir: path.join(work, 'one'), cacheDir });
    const kept = await first.publish({ url: '/uploads/a.pdf' }, source);
    const gone = await first.publish({ url: '/uploads/b.pdf' }, source);
    // The next build copied a page linking to `kept` from Astro's cache without rendering it.
    const next = path.join(work, 'two');
    await mkdir(path.join(next, 'en', 'x'), { recursive: true });
    await writeFile(
      path.join(next, 'en', 'x', 'index.html'),
      `<a href="${kept}">a</a><meta content="https://site.lv/media/typed-by-hand.pdf">`,
    );
    const linked = (await scanBuiltPages(next)).facts('en/x/index.html')!.media;
    expect(linked).toEqual([kept.slice('/media/'.length), 'typed-by-hand.pdf']);
    const { restored, unknown } = await restoreLinkedMedia(next, cacheDir, linked);
    expect(restored).toEqual([kept.slice('/media/'.length)]);
    expect(unknown).toEqual(['typed-by-hand.pdf']);
    expect(await readdir(path.join(next, 'media'))).toEqual([kept.slice('/media/'.length)]);
    expect(new Uint8Array(await readFile(path.join(next, kept)))).toEqual(PDF);
    expect(gone).not.toBe(kept);
    expect(await restoreLinkedMedia(next, cacheDir, linked)).toEqual({ restored: [], unknown: ['typed-by-hand.pdf'] });
  });

  it('fail the build when missing, with an error naming the file, the entry, its locale and the field', async () => {
    const { client } = fakeCms({});
    const store = createMediaStore({ client, outDir: path.join(work, 'dist'), cacheDir: path.join(work, 'cache') });
    const error = await store.publish({ url: '/uploads/gone.pdf' }, source).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CmsError);
    expect((error as Error).message).toBe(
      'CMS resources, entry "consultation-request-form", locale en: files: file http://127.0.0.1:1337/uploads/gone.pdf: the server answered 404 Not Found',
    );
    await expect(readdir(path.join(work, 'cache'))).rejects.toThrow();
  });

  it('keep unusual names safe in the output path', async () => {
    const { client } = fakeCms({ '/uploads/..%2F..%2Fetc%20pa%C5%A1.PDF': PDF });
    const store = createMediaStore({ client, outDir: path.join(work, 'dist'), cacheDir: path.join(work, 'cache') });
    expect(await store.publish({ url: '/uploads/..%2F..%2Fetc%20pa%C5%A1.PDF' }, source)).toMatch(/^\/media\/etc-pa\.[0-9a-f]{12}\.pdf$/);
    const { client: odd } = fakeCms({ '/uploads/100%25%zz': PDF });
    const other = createMediaStore({ client: odd, outDir: path.join(work, 'dist'), cacheDir: path.join(work, 'cache') });
    expect(await other.publish({ url: '/uploads/100%25%zz' }, source)).toMatch(/^\/media\/100-25-zz\.[0-9a-f]{12}\.bin$/);
  });

  it('keep only extensions a browser never runs: pages, SVG, scripts and feeds are renamed to .bin downloads', async () => {
    const hostile: [string, { stem: string; ext: string }][] = [
      ['/uploads/evil.html', { stem: 'evil', ext: '.html.bin' }],
      ['/uploads/evil.HTM', { stem: 'evil', ext: '.htm.bin' }],
      ['/uploads/logo.svg', { stem: 'logo', ext: '.svg.bin' }],
      ['/uploads/app.js', { stem: 'app', ext: '.js.bin' }],
      ['/uploads/app.mjs', { stem: 'app', ext: '.mjs.bin' }],
      ['/uploads/feed.xml', { stem: 'feed', ext: '.xml.bin' }],
      ['/uploads/page.xhtml', { stem: 'page', ext: '.xhtml.bin' }],
      ['/uploads/shell.php', { stem: 'shell', ext: '.php.bin' }],
      ['/uploads/report.pdf.html', { stem: 'report-pdf', ext: '.html.bin' }],
      ['/uploads/report.pdf%00.html', { stem: 'report-pdf', ext: '.html.bin' }],
      ['/uploads/..%2F..%2Fassets%2Fapp.js', { stem: 'assets-app', ext: '.js.bin' }],
      ['/uploads/report.pdf.', { stem: 'report-pdf', ext: '.bin' }],
      ['/uploads/.htaccess', { stem: 'htaccess', ext: '.bin' }],
      ['/uploads/form.%EF%BD%90%EF%BD%84%EF%BD%86', { stem: 'form', ext: '.bin' }],
      ['/uploads/x.abcdefghijklmnop', { stem: 'x', ext: '.abcdefghij.bin' }],
      ['https://media.example.lv/a/page.html?x=.pdf#.png', { stem: 'page', ext: '.html.bin' }],
    ];
    for (const [url, expected] of hostile) expect(nameParts(url), url).toEqual(expected);
    const harmless: [string, { stem: string; ext: string }][] = [
      ['/uploads/form_d1d9.PDF', { stem: 'form_d1d9', ext: '.pdf' }],
      ['/uploads/report.html.pdf', { stem: 'report-html', ext: '.pdf' }],
      ['/uploads/map.webp', { stem: 'map', ext: '.webp' }],
      ['/uploads/table.xlsx', { stem: 'table', ext: '.xlsx' }],
    ];
    for (const [url, expected] of harmless) expect(nameParts(url), url).toEqual(expected);
    const { client } = fakeCms({ '/uploads/evil.html': new TextEncoder().encode('<script>alert(1)</script>') });
    const store = createMediaStore({ client, outDir: path.join(work, 'dist'), cacheDir: path.join(work, 'cache') });
    expect(await store.publish({ url: '/uploads/evil.html' }, source)).toMatch(/^\/media\/evil\.[0-9a-f]{12}\.html\.bin$/);
  });

  it('stay at MEDIA_URL when it is set, and at the CMS outside a build (dev, previews)', async () => {
    const file = { url: '/uploads/a.pdf' };
    expect(await siteMedia(file, source, { MEDIA_URL: 'https://cdn.example/', CMS_URL: 'http://cms:1337' })).toBe(
      'https://cdn.example/uploads/a.pdf',
    );
    expect(await siteMedia(file, source, { CMS_URL: 'http://cms:1337' })).toBe('http://cms:1337/uploads/a.pdf');
  });
});
