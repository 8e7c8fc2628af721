import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';
import localeConfig from '@integra/config/locales.json' with { type: 'json' };
import { headersFor, readHeadersFile, type HeaderRule } from './static-headers.ts';

const LOCALES = localeConfig.locales.map((l) => l.code);

export interface StaticServerOptions {
  /** Folder to serve; may be a symlink that is switched while serving (read on every request). */
  root: string;
  port: number;
  host?: string;
}

/** The not-found page for a path: the localized one under /lv/, /en/…, else the default. */
export function notFoundPageFor(pathname: string): string {
  const first = pathname.split('/').filter(Boolean)[0];
  return first && LOCALES.includes(first) ? `${first}/404/index.html` : '404.html';
}

/**
 * Serves the built site with the response headers of its `_headers` file (security headers,
 * caching), as a static host would. Missing pages answer 404 with the localized 404 page.
 * Files are looked up on every request, so when the live folder's symlink is switched the next
 * request sees the new release (and its headers).
 */
export function createStaticServer({ root, port, host = '127.0.0.1' }: StaticServerOptions) {
  const serve = sirv(root, { dev: true, etag: true, dotfiles: false });
  let headerRules: { release: string; rules: HeaderRule[] } | undefined;
  const rulesFor = () => {
    let release: string;
    try {
      release = realpathSync(root);
    } catch {
      return []; // no release yet: every request answers 404
    }
    if (headerRules?.release !== release) headerRules = { release, rules: readHeadersFile(release) };
    return headerRules.rules;
  };
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    try {
      for (const [name, value] of headersFor(rulesFor(), pathname)) res.setHeader(name, value);
    } catch (error) {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`site headers: ${(error as Error).message}`);
      return;
    }
    // The host's configuration, not a page.
    if (pathname === '/_headers') req.url = '/__not-found__';
    serve(req, res, async () => {
      try {
        const page = await readFile(path.join(root, notFoundPageFor(pathname)));
        res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
      } catch {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      }
    });
  });
  return {
    server,
    listen: () =>
      new Promise<string>((resolve) =>
        server.listen(port, host, () => resolve(`http://${host}:${(server.address() as { port: number }).port}`)),
      ),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
