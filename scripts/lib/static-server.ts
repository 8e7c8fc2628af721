import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sirv from 'sirv';
import localeConfig from '@integra/config/locales.json' with { type: 'json' };

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
 * Serves the built site. Missing pages answer 404 with the localized 404 page. Files are looked
 * up on every request, so when the live folder's symlink is switched the next request sees the
 * new release.
 */
export function createStaticServer({ root, port, host = '127.0.0.1' }: StaticServerOptions) {
  const serve = sirv(root, { dev: true, etag: true, dotfiles: false });
  const server = http.createServer((req, res) => {
    serve(req, res, async () => {
      const pathname = new URL(req.url ?? '/', 'http://x').pathname;
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
