import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createStaticServer, notFoundPageFor } from '@integra/harness/static-server';
import { releaseStore, switchLive } from '../lib/releases.ts';
import { sendRaw } from '@integra/harness/hostile-http';
import { redirectsFile } from '@integra/contract/legacy-paths';
import { expectMovedPathsRedirected } from './helpers/moved-path-probes.ts';

let root: string;
let origin: string;
let port: number;
let server: ReturnType<typeof createStaticServer>;

async function site(dir: string, label: string) {
  await mkdir(path.join(dir, 'lv', '404'), { recursive: true });
  await mkdir(path.join(dir, 'ru', '404'), { recursive: true });
  await mkdir(path.join(dir, '_astro'), { recursive: true });
  await writeFile(path.join(dir, 'lv', 'index.html'), `home ${label}`);
  await writeFile(path.join(dir, 'lv', '404', 'index.html'), 'Lapa nav atrasta');
  await writeFile(path.join(dir, 'ru', '404', 'index.html'), 'Страница не найдена');
  await writeFile(path.join(dir, '404.html'), 'root not found');
  await writeFile(path.join(dir, '_astro', 'app.css'), '0123456789');
  await writeFile(path.join(dir, '.env'), 'SECRET=dotfile');
  await writeFile(
    path.join(dir, '_headers'),
    `/*\n  X-Release: ${label}\n/lv/*\n  X-Latvian: yes\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n`,
  );
  await writeFile(path.join(dir, '_redirects'), `# HOST-CONFIGURATION-COMMENT\n${redirectsFile()}`);
  await symlink(path.join(root, 'outside', 'secret.txt'), path.join(dir, 'escape.txt'));
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'integra-serve-'));
  await mkdir(path.join(root, 'outside'));
  await writeFile(path.join(root, 'outside', 'secret.txt'), 'outside the release');
  const store = releaseStore(root);
  await site(path.join(store.releasesDir, 'one'), 'one');
  await switchLive(store, path.join(store.releasesDir, 'one'));
  server = createStaticServer({ root: store.liveLink, port: 0 });
  origin = await server.listen();
  port = Number(new URL(origin).port);
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

  it('redirects a folder without its trailing slash to the folder', async () => {
    const response = await fetch(`${origin}/lv`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/lv/');
  });

  it('answers a missing page with 404 and the not-found page of its language', async () => {
    const ru = await fetch(`${origin}/ru/net-takoy/`);
    expect(ru.status).toBe(404);
    expect(await ru.text()).toBe('Страница не найдена');
    const outside = await fetch(`${origin}/nothing-here`);
    expect(outside.status).toBe(404);
    expect(await outside.text()).toBe('root not found');
  });

  it('adds the headers of the release’s _headers file that match the path', async () => {
    const lv = await fetch(`${origin}/lv/`);
    expect([lv.headers.get('x-release'), lv.headers.get('x-latvian')]).toEqual(['one', 'yes']);
    const css = await fetch(`${origin}/_astro/app.css`);
    expect(css.headers.get('cache-control')).toContain('immutable');
  });

  it('never sends a long cache header with a 404, even where the path would get one', async () => {
    const response = await fetch(`${origin}/_astro/not-built-yet.js`);
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-release')).toBe('one');
  });

  it('hides the _headers file however its path is spelled', async () => {
    for (const target of ['/_headers', '/_headers/', '//_headers', '/%5Fheaders', '/%5fheaders', '/./_headers', '/lv/../_headers']) {
      const response = await sendRaw(port, `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`, 3000);
      expect(response.status, target).not.toBe(200);
      expect(response.text, target).not.toContain('X-Release');
    }
  });

  it('hides the _redirects file however its path is spelled', async () => {
    for (const target of ['/_redirects', '/%5Fredirects', '//_redirects', '/lv/../_redirects']) {
      const response = await sendRaw(port, `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`, 3000);
      expect(response.status, target).not.toBe(200);
      expect(response.text, target).not.toContain('HOST-CONFIGURATION-COMMENT');
    }
  });

  it('redirects the paths of earlier releases permanently to where their pages are now, keeping the query', async () => {
    await expectMovedPathsRedirected(origin);
  });

  it('does not serve dotfiles or follow a symlink out of the release', async () => {
    for (const target of ['/.env', '/%2eenv', '/escape.txt']) {
      const response = await fetch(`${origin}${target}`);
      expect(response.status, target).toBe(404);
      expect(await response.text(), target).not.toMatch(/SECRET|outside the release/);
    }
  });

  it('answers other methods than GET and HEAD with 405 and never with the file', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const response = await fetch(`${origin}/lv/`, { method, body: method === 'OPTIONS' ? undefined : 'x' });
      expect(response.status, method).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD');
      expect(await response.text()).not.toContain('home');
    }
    const head = await fetch(`${origin}/lv/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
  });

  it('answers byte ranges correctly, and an unsatisfiable range without dying', async () => {
    const suffix = await fetch(`${origin}/_astro/app.css`, { headers: { Range: 'bytes=-3' } });
    expect(suffix.status).toBe(206);
    expect(await suffix.text()).toBe('789');
    const middle = await fetch(`${origin}/_astro/app.css`, { headers: { Range: 'bytes=2-4' } });
    expect(await middle.text()).toBe('234');
    const reversed = await fetch(`${origin}/lv/`, { headers: { Range: 'bytes=5-2' } });
    expect([200, 416]).toContain(reversed.status);
    const beyond = await fetch(`${origin}/_astro/app.css`, { headers: { Range: 'bytes=999-' } });
    expect(beyond.status).toBe(416);
    expect((await fetch(`${origin}/lv/`)).status).toBe(200);
  });

  it('answers a malformed request line with 400 and goes on serving', async () => {
    const response = await sendRaw(port, 'GET //[ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 3000);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect((await fetch(`${origin}/lv/`)).status).toBe(200);
  });

  it('serves the new release, with its headers, as soon as the live link is switched', async () => {
    const store = releaseStore(root);
    await site(path.join(store.releasesDir, 'two'), 'two');
    await switchLive(store, path.join(store.releasesDir, 'two'));
    const response = await fetch(`${origin}/lv/`);
    expect(await response.text()).toBe('home two');
    expect(response.headers.get('x-release')).toBe('two');
  });

  it('serves each response whole from one release while the live link switches back and forth', async () => {
    const store = releaseStore(root);
    const big = (label: string) => `${label}:`.padEnd(200_000, label);
    for (const label of ['a', 'b']) {
      await site(path.join(store.releasesDir, `mix-${label}`), label);
      await writeFile(path.join(store.releasesDir, `mix-${label}`, 'lv', 'index.html'), big(label));
    }
    // Live is one of the two before the first request: the earlier test left release "two" live.
    await switchLive(store, path.join(store.releasesDir, 'mix-a'));
    let switching = true;
    const switcher = (async () => {
      for (let i = 0; switching && i < 5000; i += 1) await switchLive(store, path.join(store.releasesDir, `mix-${i % 2 ? 'a' : 'b'}`));
    })();
    try {
      for (let i = 0; i < 200; i += 1) {
        const response = await fetch(`${origin}/lv/`);
        const body = await response.text();
        const label = response.headers.get('x-release')!;
        expect(body, `response ${i}`).toBe(big(label));
      }
    } finally {
      switching = false;
      await switcher;
    }
  });

  it('picks the 404 page by the first path segment', () => {
    expect(notFoundPageFor('/uk/podiyi/x/')).toBe('uk/404/index.html');
    expect(notFoundPageFor('/pagefind/x')).toBe('404.html');
  });
});
