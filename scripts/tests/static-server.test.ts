import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createStaticServer, notFoundPageFor } from '../lib/static-server.ts';
import { releaseStore, switchLive } from '../lib/releases.ts';

let root: string;
let origin: string;
let server: ReturnType<typeof createStaticServer>;

async function site(dir: string, label: string) {
  await mkdir(path.join(dir, 'lv', '404'), { recursive: true });
  await mkdir(path.join(dir, 'ru', '404'), { recursive: true });
  await writeFile(path.join(dir, 'lv', 'index.html'), `home ${label}`);
  await writeFile(path.join(dir, 'lv', '404', 'index.html'), 'Lapa nav atrasta');
  await writeFile(path.join(dir, 'ru', '404', 'index.html'), 'Страница не найдена');
  await writeFile(path.join(dir, '404.html'), 'root not found');
  await writeFile(path.join(dir, '_headers'), `/*\n  X-Release: ${label}\n/lv/*\n  X-Latvian: yes\n`);
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'integra-serve-'));
  const store = releaseStore(root);
  await site(path.join(store.releasesDir, 'one'), 'one');
  await switchLive(store, path.join(store.releasesDir, 'one'));
  server = createStaticServer({ root: store.liveLink, port: 0 });
  origin = await server.listen();
});
afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

describe('static server', () => {
  it('serves pages of the live release', async () => {
    const response = await fetch(`${origin}/lv/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('home one');
  });

  it('answers a missing page with 404 and the not-found page of its language', async () => {
    const ru = await fetch(`${origin}/ru/net-takoy/`);
    expect(ru.status).toBe(404);
    expect(await ru.text()).toBe('Страница не найдена');
    const outside = await fetch(`${origin}/nothing-here`);
    expect(outside.status).toBe(404);
    expect(await outside.text()).toBe('root not found');
  });

  it('adds the headers of the release’s _headers file that match the path, and hides the file', async () => {
    const lv = await fetch(`${origin}/lv/`);
    expect([lv.headers.get('x-release'), lv.headers.get('x-latvian')]).toEqual(['one', 'yes']);
    const ru = await fetch(`${origin}/ru/net-takoy/`);
    expect([ru.headers.get('x-release'), ru.headers.get('x-latvian')]).toEqual(['one', null]);
    expect((await fetch(`${origin}/_headers`)).status).toBe(404);
  });

  it('serves the new release, with its headers, as soon as the live link is switched', async () => {
    const store = releaseStore(root);
    await site(path.join(store.releasesDir, 'two'), 'two');
    await switchLive(store, path.join(store.releasesDir, 'two'));
    const response = await fetch(`${origin}/lv/`);
    expect(await response.text()).toBe('home two');
    expect(response.headers.get('x-release')).toBe('two');
  });

  it('picks the 404 page by the first path segment', () => {
    expect(notFoundPageFor('/uk/events/x/')).toBe('uk/404/index.html');
    expect(notFoundPageFor('/pagefind/x')).toBe('404.html');
  });
});
