import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { offlineSize } from '../bench/lib/offline-size.ts';

let dist: string;
const REGISTER = "'serviceWorker'in navigator&&addEventListener('load',()=>navigator.serviceWorker.register('/sw.js'));";

/** Writes a file of the fixture site, folders included. */
async function put(file: string, content: string | Buffer) {
  await mkdir(path.dirname(path.join(dist, file)), { recursive: true });
  await writeFile(path.join(dist, file), content);
}

beforeAll(async () => {
  dist = await mkdtemp(path.join(os.tmpdir(), 'integra-offline-size-'));
  await put(
    'lv/index.html',
    '<script type="module" src="/_astro/other.js"></script><script type="module" src="/_astro/register.js"></script>',
  );
  await put('_astro/other.js', 'console.log(1)');
  await put('_astro/register.js', REGISTER);
  await put('_astro/app.css', 'x'.repeat(100));
  await put('lv/bezsaiste/index.html', 'y'.repeat(50));
  // As workbox-build writes the precache manifest into sw.js (minified).
  await put('sw.js', 'e.precacheAndRoute([{url:"/_astro/app.css",revision:null},{url:"/lv/bezsaiste/",revision:"abc"}],{})');
  await put('pagefind/lv/pagefind-entry.json', 'z'.repeat(30));
  await put('pagefind/lv/index/lv_1.pf_index', 'z'.repeat(70));
});

afterAll(() => rm(dist, { recursive: true, force: true }));

describe('offline size', () => {
  it('finds the registration script by its register call and gives its gzip bytes', async () => {
    const { registrationScript } = await offlineSize(dist, ['lv']);
    expect(registrationScript).toEqual({ src: '/_astro/register.js', raw: REGISTER.length, gzip: gzipSync(REGISTER).length });
  });

  it('adds up the precached files sw.js lists and each locale’s search bundle', async () => {
    const { locales } = await offlineSize(dist, ['lv', 'en']);
    expect(locales.lv).toEqual({ precache: 150, search: 100, total: 250 });
    expect(locales.en).toEqual({ precache: 150, search: 0, total: 150 });
  });

  it('refuses a site without a registration script rather than report zero', async () => {
    await put('en/index.html', '<p>no scripts</p>');
    await expect(offlineSize(dist, ['en'])).rejects.toThrow(/registration script/);
  });
});
