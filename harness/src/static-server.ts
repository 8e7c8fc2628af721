import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import { localeOfPath } from '@integra/contract/locale-of-path';
import { limitedServerFactory, type HttpLimits } from './http-limits.ts';
import { headersFor, parseHeadersFile, readHostFile, type HeaderRule } from './static-headers.ts';
import { parseRedirectsFile } from './static-redirects.ts';
import { movedPathOf, type MovedPath } from '@integra/contract/legacy-paths';

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
  const locale = localeOfPath(pathname);
  return locale ? `${locale}/404/index.html` : '404.html';
}

/**
 * Whether a path inside a release may be served: it must stay inside the release after
 * symlinks are resolved, and must not be the host's configuration (`_headers`, `_redirects`). A path that
 * does not exist is allowed here, so that the file server answers it with a 404.
 */
function servable(release: string, relativePath: string): boolean {
  let target: string;
  try {
    target = realpathSync(path.join(release, relativePath));
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
  if (target !== release && !target.startsWith(release + path.sep)) return false;
  return target !== path.join(release, '_headers') && target !== path.join(release, '_redirects');
}

/** The path part of a request target, without query; never throws. */
function pathOf(url: string): string {
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

/** The decoded path, or the raw one when it is not valid percent-encoding. */
function safeDecode(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

/**
 * Serves the built site as a static host would, with @fastify/static (ranges, ETags,
 * conditional requests, index pages, trailing-slash redirects) and the response headers of
 * the release's `_headers` file, and the permanent redirects of its `_redirects` file (paths of
 * earlier releases, @integra/contract/legacy-paths). The live symlink is resolved once per request, and the file,
 * its headers and any 404 page all come from that one release: a switch in the middle of a
 * request cannot mix two releases in one response.
 *
 * Hostile requests get a defined answer and never stop the process: only GET and HEAD are
 * served (405 otherwise); dotfiles, `_headers`, `_redirects` and symlinks leading out of the release are
 * not found; missing pages answer 404 with the localized 404 page and are never cached;
 * slow clients are cut off by the timeouts of http-limits.ts.
 */
export function createStaticServer(options: StaticServerOptions) {
  const { root, port, host = '127.0.0.1' } = options;
  const logError = options.logError ?? ((line: string) => console.error(line));
  /** The release each request is served from, resolved when it arrives. */
  const releaseOf = new WeakMap<FastifyRequest, string | undefined>();
  // A release's rules are read once, when it is first served.
  let hostRules: { release: string; headers: HeaderRule[]; moved: MovedPath[] } | undefined;
  const hostRulesOf = (release: string) => {
    if (hostRules?.release !== release)
      hostRules = {
        release,
        headers: readHostFile(release, '_headers', parseHeadersFile),
        moved: readHostFile(release, '_redirects', parseRedirectsFile),
      };
    return hostRules;
  };
  const rulesFor = (release: string | undefined): HeaderRule[] => (release ? hostRulesOf(release).headers : []); // no release yet: every request answers 404
  const setHeadersFor = (reply: FastifyReply, pathname: string) => {
    for (const [name, value] of headersFor(rulesFor(releaseOf.get(reply.request)), pathname)) reply.header(name, value);
  };

  const app = Fastify({ logger: false, serverFactory: limitedServerFactory(options.limits) });

  app.addHook('onRequest', async (request) => {
    let release: string | undefined;
    try {
      release = realpathSync(root);
    } catch {
      release = undefined;
    }
    releaseOf.set(request, release);
  });

  app.register(fastifyStatic, {
    serve: false, // our own route below hands each request the release it resolved
    dotfiles: 'ignore',
    redirect: true,
    cacheControl: false, // caching comes from _headers, like on the production host
    allowedPath: (pathName, releaseRoot) => Boolean(releaseRoot) && servable(releaseRoot!, pathName),
    // Headers of the requested path (not of the file), as Netlify's and nginx's rules match.
    setHeaders: (reply) => setHeadersFor(reply, safeDecode(pathOf(reply.request.url))),
  });

  app.route({
    method: READ_METHODS as ('GET' | 'HEAD')[],
    url: '/*',
    handler: (request, reply) => {
      const release = releaseOf.get(request);
      if (!release) return reply.callNotFound();
      // As @fastify/static's own route does: "#" and "?" decoded, the rest decoded by send.
      let pathname: string;
      try {
        pathname = decodeURI(pathOf(request.url).replace(/%(?:23|3f)/giu, decodeURIComponent));
      } catch {
        return reply.code(400).header('Cache-Control', 'no-store').type('text/plain; charset=utf-8').send('Bad request');
      }
      // Matched on the decoded path, as nginx matches its rewrites (/lv/servic%65s/ moved too),
      // and sent encoded again, "?" and "#" of the path included; the query is kept as it came.
      const movedTo = movedPathOf(pathname, hostRulesOf(release).moved);
      if (movedTo !== undefined) {
        setHeadersFor(reply, pathname);
        const location = encodeURI(movedTo).replace(/[?#]/g, encodeURIComponent);
        return reply
          .code(301)
          .header('Location', location + request.url.slice(pathOf(request.url).length))
          .send();
      }
      return reply.sendFile(pathname, release);
    },
  });

  app.route({
    method: [...OTHER_METHODS],
    url: '/*',
    handler: (_request, reply) =>
      reply.code(405).header('Allow', READ_METHODS.join(', ')).type('text/plain; charset=utf-8').send('Method not allowed'),
  });

  app.setNotFoundHandler(async (request, reply) => {
    const page = notFoundPageFor(safeDecode(pathOf(request.url)));
    // The 404 page's own headers (security headers), never a long cache: the page may appear later.
    setHeadersFor(reply, `/${page.replace(/index\.html$/, '').replace(/\.html$/, '')}`);
    reply.header('Cache-Control', 'no-store');
    if (!READ_METHODS.includes(request.method)) return reply.code(405).header('Allow', READ_METHODS.join(', ')).send();
    const release = releaseOf.get(request);
    try {
      if (!release) throw new Error('no release live');
      return reply
        .code(404)
        .type('text/html; charset=utf-8')
        .send(await readFile(path.join(release, page)));
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
