import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFile, link, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { builtPagesOf, scanBuiltPages } from '../../src/integrations/built-pages';

const page = (body: string, head = '') => `<html lang="lv"><head>${head}</head><body>${body}</body></html>`;
const ALTERNATES =
  '<link rel="alternate" hreflang="lv" href="https://x.lv/lv/a/"><link rel="alternate" hreflang="en" href="https://x.lv/en/a/?q=1&amp;b=2">';

let root: string;
let site: string;
let astroCacheDir: string;
let incremental: { astroCacheDir: string; recordsFile: string };

/** The pages with a cache key in this build, as Astro's manifest lists them. */
let keyed: Set<string>;
const writeAstroManifest = () =>
  writeFile(
    path.join(astroCacheDir, 'incremental-build.json'),
    JSON.stringify({
      routes: { 'src/pages/x.astro': { paths: Object.fromEntries([...keyed].map((file) => [`/${file}`, { outputFile: file }])) } },
    }),
  );

/** Writes a page as Astro does when it renders one with a cache key: into the site and its cache. */
async function render(file: string, html: string, options: { cached: boolean } = { cached: true }) {
  const target = path.join(site, file);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, html);
  if (!options.cached) return;
  const copy = path.join(astroCacheDir, 'dist', file);
  await mkdir(path.dirname(copy), { recursive: true });
  // Replaced, never written in place (patches/astro@*.patch): earlier sites may link to it.
  await writeFile(`${copy}.partial`, html);
  await rename(`${copy}.partial`, copy);
  keyed.add(file);
  await writeAstroManifest();
}

/**
 * What Astro does with a page it reuses: a fresh site folder gets a hard link to the cached one
 * (patches/astro@*.patch), or a copy where links cannot be made.
 */
async function restore(file: string, how: 'link' | 'copy' = 'link') {
  const target = path.join(site, file);
  await mkdir(path.dirname(target), { recursive: true });
  await rm(target, { force: true });
  await (how === 'link' ? link : copyFile)(path.join(astroCacheDir, 'dist', file), target);
  keyed.add(file);
  await writeAstroManifest();
}

/** A new build's empty site folder, as the publisher gives Astro, and a manifest to come. */
async function nextBuild() {
  await rm(site, { recursive: true, force: true });
  await mkdir(site, { recursive: true });
  keyed = new Set();
}

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'integra-built-pages-'));
  site = path.join(root, 'dist');
  astroCacheDir = path.join(root, 'cache');
  incremental = { astroCacheDir, recordsFile: path.join(astroCacheDir, 'integra-built-pages.json') };
  await mkdir(astroCacheDir, { recursive: true });
  await nextBuild();
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('the scan of built pages', () => {
  it('reads alternates, linked uploads and what search reads of each page and feed', async () => {
    await render(
      'lv/a/index.html',
      page('<main data-pagefind-body><a href="/media/form.abc.pdf">f</a> /media/form.abc.pdf</main>', ALTERNATES),
    );
    await render('lv/index.html', page('<a href="/media/x.pdf">home</a>'));
    await render('lv/rss.xml', '<rss><enclosure url="https://x.lv/media/audio.mp3"/></rss>');
    await render('_astro/x.css', 'a{}');
    const pages = await scanBuiltPages(site);
    expect(pages.files).toEqual(['lv/a/index.html', 'lv/index.html', 'lv/rss.xml']);
    expect(pages.read).toBe(3);
    expect(pages.facts('lv/a/index.html')).toEqual({
      alternates: [
        { lang: 'lv', url: 'https://x.lv/lv/a/' },
        { lang: 'en', url: 'https://x.lv/en/a/?q=1&b=2' },
      ],
      media: ['form.abc.pdf'],
      search: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(pages.facts('lv/index.html')).toEqual({ alternates: [], media: ['x.pdf'], search: null });
    expect(pages.facts('lv/rss.xml')!.media).toEqual(['audio.mp3']);
  });

  it('in an incremental build reads only pages Astro rendered, and gives the others their facts of the last scan', async () => {
    await render('lv/a/index.html', page('<main data-pagefind-body>A</main>', ALTERNATES));
    await render('lv/b/index.html', page('<main data-pagefind-body>B</main>'));
    await render('lv/rss.xml', '<rss>no key</rss>', { cached: false });
    const first = await scanBuiltPages(site, incremental);
    expect(first.read).toBe(3);

    // The next build: a is reused (copied from the cache), b rendered with new text, the feed
    // (no cache key) rendered again.
    await nextBuild();
    await restore('lv/a/index.html');
    await render('lv/b/index.html', page('<main data-pagefind-body>B, edited</main>'));
    await render('lv/rss.xml', '<rss>no key</rss>', { cached: false });
    const second = await scanBuiltPages(site, incremental);
    expect(second.read).toBe(2);
    expect(second.facts('lv/a/index.html')).toEqual(first.facts('lv/a/index.html'));
    expect(second.facts('lv/b/index.html')!.search).not.toBe(first.facts('lv/b/index.html')!.search);
    expect(second.facts('lv/b/index.html')).toEqual((await scanBuiltPages(site)).facts('lv/b/index.html'));

    // Each build's link to a copy changes the copy's change time, not what it is; a copy made
    // where links cannot be is the copy too.
    await nextBuild();
    await restore('lv/a/index.html');
    await restore('lv/b/index.html', 'copy');
    const third = await scanBuiltPages(site, incremental);
    expect(third.read).toBe(0);
    expect(third.facts('lv/a/index.html')).toEqual(first.facts('lv/a/index.html'));
    expect(third.facts('lv/b/index.html')).toEqual(second.facts('lv/b/index.html'));
  });

  it('reads a page again when it is not the cached copy, or the records are lost or damaged', async () => {
    await render('lv/a/index.html', page('<main data-pagefind-body>A</main>'));
    await scanBuiltPages(site, incremental);
    // Not incremental: the site folder holds a fresh rendering that Astro did not copy to its cache.
    await writeFile(path.join(site, 'lv/a/index.html'), page('<main data-pagefind-body>A, rendered anew</main>'));
    const differs = await scanBuiltPages(site, incremental);
    expect(differs.read).toBe(1);
    expect(differs.facts('lv/a/index.html')).toEqual((await scanBuiltPages(site)).facts('lv/a/index.html'));

    await restore('lv/a/index.html');
    expect((await scanBuiltPages(site, incremental)).read).toBe(1);
    expect((await scanBuiltPages(site, incremental)).read).toBe(0);
    await writeFile(incremental.recordsFile, '{"format":1,"pages":');
    expect((await scanBuiltPages(site, incremental)).read).toBe(1);
    await writeFile(incremental.recordsFile, JSON.stringify({ format: 0, pages: {} }));
    expect((await scanBuiltPages(site, incremental)).read).toBe(1);
  });

  it('reads a page again when its records were made by other code, or its copy is not in the manifest', async () => {
    await render('lv/a/index.html', page('<main data-pagefind-body>A</main>'));
    await scanBuiltPages(site, incremental);
    expect((await scanBuiltPages(site, incremental)).read).toBe(0);
    const records = JSON.parse(await readFile(incremental.recordsFile, 'utf8')) as { code: string };
    await writeFile(incremental.recordsFile, JSON.stringify({ ...records, code: 'made-by-an-older-rule' }));
    expect((await scanBuiltPages(site, incremental)).read).toBe(1);
    expect((await scanBuiltPages(site, incremental)).read).toBe(0);
    // The page lost its cache key and Astro could not prune its copy: the copy vouches for nothing.
    keyed.delete('lv/a/index.html');
    await writeAstroManifest();
    expect((await scanBuiltPages(site, incremental)).read).toBe(1);
  });

  it('is only given to the integrations after it for the site it scanned', () => {
    expect(() => builtPagesOf(path.join(root, 'elsewhere'))).toThrow(/list the builtPages integration before the others/);
    expect(() => builtPagesOf()).toThrow(/no scan of the built pages of this build/);
  });
});
