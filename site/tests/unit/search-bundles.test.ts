import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { bundleCache, findSearchBundles, writeBundleFiles, type SearchBundle } from '../../src/integrations/search-bundles';
import { bundleOfPage } from '../../src/search/bundle-path';

const searchable = (text: string) => `<html><body><main data-pagefind-body>${text}</main></body></html>`;

let root: string;
let site: string;
const put = async (file: string, text: string) => {
  await mkdir(path.dirname(path.join(site, file)), { recursive: true });
  await writeFile(path.join(site, file), text);
};
const byLocale = async () => new Map((await findSearchBundles(site)).map((b) => [b.pages, b]));

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'integra-bundles-'));
  site = path.join(root, 'site');
  await put('lv/services/a/index.html', searchable('Uzturēšanās atļauja'));
  await put('lv/services/index.html', '<html><body>list of services</body></html>');
  await put('lv/index.html', '<html><body>home</body></html>');
  await put('en/events/b/index.html', searchable('Job fair'));
  await put('404.html', '<html><body>not found</body></html>');
  await put('index.html', '<html><body>choose a language</body></html>');
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('search bundles', () => {
  it('names one bundle per locale, from any page path form', () => {
    expect(bundleOfPage('/lv/pakalpojumi/a/')).toBe('/pagefind/lv/');
    expect(bundleOfPage('en/events/b/index.html')).toBe('/pagefind/en/');
    expect(bundleOfPage('/404.html')).toBeUndefined();
    expect(bundleOfPage('/')).toBeUndefined();
  });

  it('holds only the searchable pages of each locale', async () => {
    const bundles = await findSearchBundles(site);
    expect(bundles.map((b) => [b.path, b.pages, b.pageCount])).toEqual([
      ['/pagefind/en/', 'en', 1],
      ['/pagefind/lv/', 'lv', 1],
    ]);
  });

  it("changes a bundle's fingerprint exactly when a searchable page of its locale changes, arrives or leaves", async () => {
    const before = await byLocale();
    await put('lv/services/index.html', '<html><body>a longer list of services</body></html>');
    await put('lv/index.html', '<html><body>new home</body></html>');
    expect((await byLocale()).get('lv')!.fingerprint).toBe(before.get('lv')!.fingerprint);

    await put('lv/services/a/index.html', searchable('Uzturēšanās atļauja, labots'));
    const edited = await byLocale();
    expect(edited.get('lv')!.fingerprint).not.toBe(before.get('lv')!.fingerprint);
    expect(edited.get('en')!.fingerprint).toBe(before.get('en')!.fingerprint);

    await put('en/events/c/index.html', searchable('Job fair'));
    const added = await byLocale();
    expect(added.get('en')!.fingerprint).not.toBe(edited.get('en')!.fingerprint);
    expect(added.get('en')!.pageCount).toBe(2);

    // The same bytes under another path are another page.
    await rm(path.join(site, 'en/events/c'), { recursive: true });
    await put('en/events/d/index.html', searchable('Job fair'));
    expect((await byLocale()).get('en')!.fingerprint).not.toBe(added.get('en')!.fingerprint);
  });
});

describe('search bundle cache', () => {
  /** A bundle as Pagefind writes it, into the built site. */
  const writeBundle = async (bundle: SearchBundle, label: string) => {
    const dir = path.join(site, bundle.path);
    await mkdir(path.join(dir, 'index'), { recursive: true });
    await writeFile(path.join(dir, 'pagefind-entry.json'), JSON.stringify({ label }));
    await writeFile(path.join(dir, 'index', 'chunk.pf_index'), label);
    return dir;
  };
  const cacheDir = () => path.join(root, 'cache');

  it('gives back a bundle made from the same pages, as links to the kept files, and nothing for other pages', async () => {
    const cache = bundleCache(cacheDir());
    const lv = (await byLocale()).get('lv')!;
    const target = path.join(root, 'next', 'pagefind', 'lv');
    expect(await cache.restore(lv, target)).toBe(false);

    const written = await writeBundle(lv, 'first');
    await cache.store(lv, written);
    expect(await cache.restore(lv, target)).toBe(true);
    expect(await readFile(path.join(target, 'index', 'chunk.pf_index'), 'utf8')).toBe('first');
    const kept = await stat(path.join(cacheDir(), 'lv', 'index', 'chunk.pf_index'));
    expect((await stat(path.join(target, 'index', 'chunk.pf_index'))).ino).toBe(kept.ino);

    await put('lv/services/a/index.html', searchable('changed'));
    const changed = (await byLocale()).get('lv')!;
    expect(await cache.restore(changed, path.join(root, 'other'))).toBe(false);
  });

  it('never changes a file that a release already links to: a new bundle replaces the folder', async () => {
    const cache = bundleCache(cacheDir());
    const lv = (await byLocale()).get('lv')!;
    await cache.store(lv, await writeBundle(lv, 'first'));
    const release = path.join(root, 'release', 'pagefind', 'lv');
    await cache.restore(lv, release);

    await put('lv/services/a/index.html', searchable('changed'));
    const changed = (await byLocale()).get('lv')!;
    await rm(path.join(site, changed.path), { recursive: true });
    await cache.store(changed, await writeBundle(changed, 'second'));
    expect(await readFile(path.join(release, 'index', 'chunk.pf_index'), 'utf8')).toBe('first');
    expect(await readFile(path.join(cacheDir(), 'lv', 'index', 'chunk.pf_index'), 'utf8')).toBe('second');
  });

  it('makes a bundle again when the build that stored it was killed half-way', async () => {
    const cache = bundleCache(cacheDir());
    const lv = (await byLocale()).get('lv')!;
    await cache.store(lv, await writeBundle(lv, 'first'));
    // What a store cut short leaves: the fingerprint is removed first and written last.
    await rm(path.join(cacheDir(), 'lv.fingerprint'));
    await mkdir(path.join(cacheDir(), 'lv.new'), { recursive: true });
    expect(await cache.restore(lv, path.join(root, 'next'))).toBe(false);
    // Prune runs while bundles are stored: a folder being written is not taken from under it,
    // and a leftover of a bundle not being stored is removed.
    await cache.prune([lv], [lv]);
    expect((await readdir(cacheDir())).sort()).toEqual(['lv', 'lv.new']);
    await cache.prune([lv]);
    expect((await readdir(cacheDir())).sort()).toEqual(['lv']);
    await cache.store(lv, await writeBundle(lv, 'again'));
    await cache.prune([lv]);
    expect((await readdir(cacheDir())).sort()).toEqual(['lv', 'lv.fingerprint']);
    expect(await cache.restore(lv, path.join(root, 'next'))).toBe(true);
  });

  it('sets a replaced version aside for the next prune to remove, so storing does not wait for it', async () => {
    const cache = bundleCache(cacheDir());
    const lv = (await byLocale()).get('lv')!;
    await cache.store(lv, await writeBundle(lv, 'first'));
    await put('lv/services/a/index.html', searchable('changed'));
    const changed = (await byLocale()).get('lv')!;
    await rm(path.join(site, changed.path), { recursive: true });
    await cache.store(changed, await writeBundle(changed, 'second'));
    const names = (await readdir(cacheDir())).sort();
    expect(names.filter((name) => !name.startsWith('lv.old-'))).toEqual(['lv', 'lv.fingerprint']);
    const setAside = names.find((name) => name.startsWith('lv.old-'))!;
    expect(await readFile(path.join(cacheDir(), setAside, 'index', 'chunk.pf_index'), 'utf8')).toBe('first');
    await cache.prune([changed]);
    expect((await readdir(cacheDir())).sort()).toEqual(['lv', 'lv.fingerprint']);
  });

  it('forgets bundles of locales the site no longer has', async () => {
    const cache = bundleCache(cacheDir());
    const bundles = await findSearchBundles(site);
    for (const bundle of bundles) await cache.store(bundle, await writeBundle(bundle, bundle.pages));
    await cache.prune(bundles.filter((b) => b.pages === 'lv'));
    expect((await readdir(cacheDir())).sort()).toEqual(['lv', 'lv.fingerprint']);
  });
});

describe('a re-indexed bundle', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  const files = (changed: string) => [
    { path: 'pagefind-entry.json', content: bytes(`{"hash":"${changed}"}`) },
    { path: 'fragment/lv_aaaa.pf_fragment', content: bytes('page a') },
    { path: 'fragment/lv_bbbb.pf_fragment', content: bytes(`page b ${changed}`) },
  ];

  it('links the files its last version had with the same bytes, and writes only the others', async () => {
    const first = path.join(root, 'first');
    expect(await writeBundleFiles(files('one'), first)).toBe(3);
    const second = path.join(root, 'second');
    expect(await writeBundleFiles(files('two'), second, first)).toBe(2);
    const inode = async (dir: string, file: string) => (await stat(path.join(dir, file))).ino;
    expect(await inode(second, 'fragment/lv_aaaa.pf_fragment')).toBe(await inode(first, 'fragment/lv_aaaa.pf_fragment'));
    expect(await inode(second, 'fragment/lv_bbbb.pf_fragment')).not.toBe(await inode(first, 'fragment/lv_bbbb.pf_fragment'));
    // The last version is never written to: a live release may hold links to it.
    expect(await readFile(path.join(first, 'fragment/lv_bbbb.pf_fragment'), 'utf8')).toBe('page b one');
    expect(await readFile(path.join(second, 'fragment/lv_bbbb.pf_fragment'), 'utf8')).toBe('page b two');
    expect(await readFile(path.join(second, 'pagefind-entry.json'), 'utf8')).toBe('{"hash":"two"}');
  });

  it('refuses a file outside the bundle', async () => {
    await expect(writeBundleFiles([{ path: '../escaped.js', content: bytes('x') }], path.join(root, 'bundle'))).rejects.toThrow(
      /outside its bundle/,
    );
    await expect(writeBundleFiles([{ path: '/etc/x', content: bytes('x') }], path.join(root, 'bundle'))).rejects.toThrow(
      /outside its bundle/,
    );
  });
});
