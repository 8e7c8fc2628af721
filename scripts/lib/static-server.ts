import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';
import localeConfig from '@integra/config/locales.json' with { type: 'json' };
import { limitedServerFactory, type HttpLimits } from './http-limits.ts';
import { headersFor, readHeadersFile, type HeaderRule } from './static-headers.ts';

const LOCALES = localeConfig.locales.map((l) => l.code);

/** Methods a static site answers; everything else gets 405. */
const READ_METHODS = ['GET', 'HEAD'];
const OTHER_METHODS = ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'] as const;

export interface StaticServerOptions {
  /** Folder to serve; may be a symlink that is switched while serving (read on every request). */
  root: string;
  port: number;
  host?: string;
  /** Time limits for slow clients; see http-limits.ts. */
  limits?: HttpLimits;
  /** Where a failure of the server itself is reported, one line each; default stderr. */
  logError?: (line: string) => void;
}

/** The not-found page for a path: the localized one under /lv/, /en/…, else the default. */
export function notFoundPageFor(pathname: string): string {
  const first = pathname.split('/').filter(Boolean)[0];
  return first && LOCALES.includes(first) ? `${first}/404/index.html` : '404.html';
}

/**
 * Whether a path inside the release may be served: it must stay inside the release after
 * symlinks are resolved, and must not be the host's `_headers` configuration. A path that
 * does not exist is allowed here, so that the file server answers it with a 404.
 */
function servable(releaseRoot: string, relativePath: string): boolean {
  let release: string;
  let target: string;
  try {
    release = realpathSync(releaseRoot);
  } catch {
    return false; // no release live yet
  }
  try {
    target = realpathSync(path.join(release, relativePath));
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
  if (target !== release && !target.startsWith(release + path.sep)) return false;
  return target !== path.join(release, '_headers');
}

/**
 * Serves the built site as a static host would, with @fastify/static (ranges, ETags,
 * conditional requests, index pages, trailing-slash redirects) and the response headers of
 * the release's `_headers` file. Files are looked up on every request, so when the live
 * symlink is switched the next request sees the new release and its headers.
 *
 * Hostile requests get a defined answer and never stop the process: only GET and HEAD are
 * served (405 otherwise); dotfiles, `_headers` and symlinks leading out of the release are
 * not found; missing pages answer 404 with the localized 404 page and are never cached;
 * slow clients are cut off by the header and request timeouts.
 */
export function createStaticServer(options: StaticServerOptions) {
  const { root, port, host = '127.0.0.1' } = options;
  const logError = options.logError ?? ((line: string) => console.error(line));
  let headerRules: { release: string; rules: HeaderRule[] } | undefined;
  const rulesFor = (): HeaderRule[] => {
    let release: string;
    try {
      release = realpathSync(root);
    } catch {
      return []; // no release yet: every request answers 404
    }
    if (headerRules?.release !== release) headerRules = { release, rules: readHeadersFile(release) };
    return headerRules.rules;
  };
  const setHeadersFor = (reply: FastifyReply, pathname: string) => {
    for (const [name, value] of headersFor(rulesFor(), pathname)) reply.header(name, value);
  };

  const app = Fastify({
    logger: false,
    // A bad request line or header is answered 400 by Node and Fastify; none reaches a handler.
    serverFactory: limitedServerFactory(options.limits),
  });

  app.register(fastifyStatic, {
    root,
    dotfiles: 'ignore',
    redirect: true,
    cacheControl: false, // caching comes from _headers, like on the production host
    suppressWarning: true, // before the first release the live link does not exist yet
    allowedPath: (pathName) => servable(root, pathName),
    // Headers of the requested path (not of the file), as Netlify's and nginx's rules match.
    setHeaders: (reply) => setHeadersFor(reply, safeDecode(new URL(reply.request.url, 'http://host').pathname)),
  });

  app.route({
    method: [...OTHER_METHODS],
    url: '/*',
    handler: (_request, reply) =>
      reply.code(405).header('Allow', READ_METHODS.join(', ')).type('text/plain; charset=utf-8').send('Method not allowed'),
  });

  app.setNotFoundHandler(async (request, reply) => {
    const pathname = safeDecode(new URL(request.url, 'http://host').pathname);
    const page = notFoundPageFor(pathname);
    // The 404 page's own headers (security headers), never a long cache: the page may appear later.
    setHeadersFor(reply, `/${page.replace(/index\.html$/, '').replace(/\.html$/, '')}`);
    reply.header('Cache-Control', 'no-store');
    if (!READ_METHODS.includes(request.method)) return reply.code(405).header('Allow', READ_METHODS.join(', ')).send();
    try {
      return reply
        .code(404)
        .type('text/html; charset=utf-8')
        .send(await readFile(path.join(root, page)));
    } catch {
      return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
    }
  });

  app.setErrorHandler((error: { statusCode?: number; message: string }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) logError(`static server: ${request.method} ${request.url.slice(0, 200)} failed: ${error.message}`);
    reply.header('Cache-Control', 'no-store');
    return reply
      .code(status)
      .type('text/plain; charset=utf-8')
      .send(status === 500 ? 'Internal error' : http.STATUS_CODES[status]);
  });

  return {
    server: app.server,
    listen: async () => {
      await app.listen({ port, host });
      return `http://${host}:${(app.server.address() as { port: number }).port}`;
    },
    close: () => app.close(),
  };
}

/** The decoded path, or the raw one when it is not valid percent-encoding. */
function safeDecode(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}
