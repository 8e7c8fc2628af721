import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../lib/paths.ts';
import { freePort } from '@integra/harness/cms-process';
import { releaseStore, switchLive } from '../lib/releases.ts';
import { hostileRequests, sendRaw } from '@integra/harness/hostile-http';
import { nginxRewrites, redirectsFile } from '@integra/contract/legacy-paths';
import { expectMovedPathsRedirected } from './helpers/moved-path-probes.ts';
import { writeFiles } from './helpers/write-files.ts';

/**
 * The production configuration in docs/deploy/nginx.conf, run by the real nginx (Debian's;
 * .ci/run installs it) on loopback without TLS, answers like the static server the tests run.
 */
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((candidate) => spawnSync(candidate, ['-v']).status === 0);

let dir: string;
let origin: string;
let port: number;

beforeAll(async () => {
  if (!NGINX) throw new Error('nginx is not installed: apt-get install nginx-light (.ci/run does)');
  dir = await mkdtemp(path.join(os.tmpdir(), 'integra-nginx-'));
  const store = releaseStore(path.join(dir, 'data'));
  const release = path.join(store.releasesDir, 'one');
  await writeFiles(path.join(dir, 'outside'), { 'secret.txt': 'OUTSIDE-THE-RELEASE' });
  await writeFiles(release, {
    'media/form.0123456789ab.pdf': '%PDF-1.4 form',
    'lv/index.html': 'home',
    'lv/404/index.html': 'Lapa nav atrasta',
    '404.html': 'not found',
    '_astro/app.css': '0123456789',
    'sw.js': 'self.addEventListener("fetch", () => {});',
    'lv/manifest.webmanifest': '{}',
    '.release-complete': 'DOTFILE-CONTENT',
    _headers: '# HOST-CONFIGURATION-COMMENT\n',
    _redirects: `# HOST-CONFIGURATION-COMMENT\n${redirectsFile()}`,
  });
  await symlink(path.join(dir, 'outside', 'secret.txt'), path.join(release, 'escape-file.txt'));
  await symlink(path.join(dir, 'outside'), path.join(release, 'escape'));
  await switchLive(store, release);

  port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  const site = (await readFile(path.join(REPO_ROOT, 'docs', 'deploy', 'nginx.conf'), 'utf8'))
    .replace(/listen 443 ssl http2;/, `listen 127.0.0.1:${port};`)
    .replace(/listen 80;/, `listen 127.0.0.1:${await freePort()};`)
    .replace(/^\s*listen \[::\].*$/gm, '')
    .replace(/^\s*ssl_certificate.*$/gm, '')
    .replace('/srv/integra/.data/live', store.liveLink)
    // The snippet is read from the repository instead of /etc/nginx/snippets/.
    .replaceAll('/etc/nginx/snippets/integra-security-headers.conf', path.join(REPO_ROOT, 'docs', 'deploy', 'security-headers.conf'))
    .replaceAll('/etc/nginx/snippets/integra-legacy-redirects.conf', path.join(REPO_ROOT, 'docs', 'deploy', 'legacy-redirects.conf'));
  expect(site).not.toContain('/etc/nginx/snippets/');
  await writeFile(path.join(dir, 'site.conf'), site);
  await writeFile(
    path.join(dir, 'nginx.conf'),
    [
      // The test's files are private to this user: workers run as the same user.
      process.getuid?.() === 0 ? 'user root;' : '',
      'worker_processes 1;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log;`,
      'events {}',
      `http { include /etc/nginx/mime.types; access_log off; client_body_temp_path ${dir}/body; include ${dir}/site.conf; }`,
    ].join('\n'),
  );
  execFileSync(NGINX, ['-t', '-q', '-c', path.join(dir, 'nginx.conf')]);
  execFileSync(NGINX, ['-c', path.join(dir, 'nginx.conf')]);
  for (let i = 0; i < 50; i += 1) {
    if (
      await fetch(`${origin}/lv/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }
});
afterAll(async () => {
  if (NGINX && dir) spawnSync(NGINX, ['-c', path.join(dir, 'nginx.conf'), '-s', 'stop']);
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the documented nginx configuration', () => {
  it('serves the live release with the security headers of _headers', async () => {
    const response = await fetch(`${origin}/lv/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('home');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('sends the security headers under /_astro/ and /media/ too, and the stricter policy of uploaded files there', async () => {
    for (const target of ['/lv/', '/_astro/app.css', '/media/form.0123456789ab.pdf', '/media/missing.pdf']) {
      const response = await fetch(`${origin}${target}`);
      expect(response.headers.get('content-security-policy'), target).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(response.headers.get('x-frame-options'), target).toBe('DENY');
      expect(response.headers.get('x-content-type-options'), target).toBe('nosniff');
      expect(response.headers.get('strict-transport-security'), target).toContain('max-age=31536000');
    }
    const media = await fetch(`${origin}/media/form.0123456789ab.pdf`);
    expect(media.status).toBe(200);
    expect(media.headers.get('content-type')).toBe('application/pdf');
    expect(media.headers.get('cache-control')).toContain('immutable');
    // Two policies, both enforced: the page's and the uploaded files' own.
    expect(media.headers.get('content-security-policy')).toContain(
      "default-src 'none'; img-src 'self'; media-src 'self'; object-src 'self'; frame-ancestors 'none'",
    );
  });

  it('redirects the paths of earlier releases permanently to where their pages are now, keeping the query', async () => {
    await expectMovedPathsRedirected(origin);
    // The Location names no host, so a forged Host header cannot lead the reader elsewhere.
    const forged = await sendRaw(port, 'GET /lv/services/ HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n', 3000);
    expect(forged.status).toBe(301);
    expect(forged.text).toMatch(/\r\nLocation: \/lv\/pakalpojumi\/\r\n/i);
  });

  it('has the redirects of the contract, as the site writes them into _redirects', async () => {
    const snippet = await readFile(path.join(REPO_ROOT, 'docs', 'deploy', 'legacy-redirects.conf'), 'utf8');
    const rewrites = snippet.split('\n').filter((line) => line.startsWith('rewrite '));
    expect(
      rewrites.join('\n') + '\n',
      'docs/deploy/legacy-redirects.conf: write its rewrite lines again from nginxRewrites() of @integra/contract/legacy-paths',
    ).toBe(nginxRewrites());
  });

  it('serves the service worker from the root as JavaScript, never cached without asking, with the security headers; manifests with their type', async () => {
    const sw = await fetch(`${origin}/sw.js`);
    expect(sw.status).toBe(200);
    expect(sw.headers.get('content-type')).toMatch(/javascript/);
    expect(sw.headers.get('cache-control')).toBe('no-cache');
    expect(sw.headers.get('content-security-policy')).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect((await fetch(`${origin}/lv/manifest.webmanifest`)).headers.get('content-type')).toBe('application/manifest+json');
  });

  it('answers a missing page with the 404 page of its language, and no long cache under /_astro/', async () => {
    const missing = await fetch(`${origin}/lv/nav-tadas/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('Lapa nav atrasta');
    const asset = await fetch(`${origin}/_astro/not-built.js`);
    expect(asset.status).toBe(404);
    expect(asset.headers.get('cache-control') ?? '').not.toContain('immutable');
    expect((await fetch(`${origin}/_astro/app.css`)).headers.get('cache-control')).toContain('immutable');
  });

  it('hides _headers, _redirects and dotfiles, follows no symlink out of the release, and answers only GET and HEAD', async () => {
    for (const target of [
      '/_headers',
      '/_headers/',
      '//_headers',
      '/%5Fheaders',
      '/_redirects',
      '/%5Fredirects',
      '/.release-complete',
      '/escape-file.txt',
      '/escape/secret.txt',
    ]) {
      const response = await sendRaw(port, `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`, 3000);
      expect(response.status, target).toBeGreaterThanOrEqual(400);
      expect(response.text, target).not.toMatch(/OUTSIDE-THE-RELEASE|DOTFILE-CONTENT|HOST-CONFIGURATION/);
    }
    for (const method of ['POST', 'PUT', 'DELETE']) expect((await fetch(`${origin}/lv/`, { method, body: 'x' })).status, method).toBe(405);
  });

  it('answers byte ranges like the static server', async () => {
    const suffix = await fetch(`${origin}/_astro/app.css`, { headers: { Range: 'bytes=-3' } });
    expect(suffix.status).toBe(206);
    expect(await suffix.text()).toBe('789');
    expect((await fetch(`${origin}/_astro/app.css`, { headers: { Range: 'bytes=999-' } })).status).toBe(416);
  });

  it('survives 500 hostile requests and never serves anything outside the release', async () => {
    for (const request of hostileRequests(3, 500)) {
      const response = await sendRaw(port, request.raw, 3000);
      expect(response.text, request.kind).not.toMatch(/OUTSIDE-THE-RELEASE|DOTFILE-CONTENT|HOST-CONFIGURATION/);
      // 505 (HTTP Version Not Supported) is nginx's right answer to "HTTP/9.9".
      if (response.status !== 505) expect(response.status ?? 0, request.kind).toBeLessThan(500);
    }
    expect((await fetch(`${origin}/lv/`)).status).toBe(200);
  });
});
