import Fastify from 'fastify';
import type { Logger } from 'pino';
import { bearerMatches } from './auth.ts';
import { needsRebuild, parseWebhook } from './events.ts';
import { readContentTypes, type ContentTypeInfo } from './content-types.ts';
import type { BuildScheduler } from './scheduler.ts';
import type { BuildRecord } from './pipeline.ts';

export const MAX_BODY_BYTES = 1024 * 1024;

export interface PublisherServerOptions {
  secret: string;
  scheduler: BuildScheduler;
  status: () => Promise<{ currentRelease?: string; lastBuild?: BuildRecord }>;
  logger: Logger;
  /** The CMS's content types (default: read from cms/src/api), to judge entry events. */
  contentTypes?: readonly ContentTypeInfo[];
}

/**
 * The publisher's HTTP face.
 * POST /webhook (Strapi's webhook): 401 without the secret, 413 over 1 MB, 400 unless a JSON
 * webhook body, 202 always otherwise, with `scheduled` saying whether a rebuild follows
 * (`needsRebuild`: publishing, and every save of a type without draft/publish, but not drafts).
 * GET /status: what the publisher is doing and how the last build went. POST /rebuild: a
 * full rebuild by hand. Both need the same secret.
 */
export function createPublisherServer(options: PublisherServerOptions) {
  const contentTypes = options.contentTypes ?? readContentTypes();
  const app = Fastify({ loggerInstance: options.logger, bodyLimit: MAX_BODY_BYTES });

  // Bodies are read as text whatever the content type, so "not JSON" is one clear 400.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, done) => done(null, body));

  // Checked before the body is read: an unauthenticated caller cannot make us read 1 MB.
  app.addHook('onRequest', async (request, reply) => {
    if (!bearerMatches(request.headers.authorization, options.secret)) {
      request.log.warn({ url: request.url, ip: request.ip }, 'refused: missing or wrong secret');
      return reply.code(401).send({ error: 'missing or wrong bearer secret' });
    }
  });

  app.setErrorHandler((error: { statusCode?: number; message: string }, _request, reply) => {
    const code = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
    reply.code(code).send({ error: code === 413 ? `body over ${MAX_BODY_BYTES} bytes` : error.message });
  });

  app.post('/webhook', async (request, reply) => {
    let body: unknown;
    try {
      body = JSON.parse(String(request.body ?? ''));
    } catch {
      return reply.code(400).send({ error: 'the body is not JSON' });
    }
    const webhook = parseWebhook(body);
    if (!webhook) return reply.code(400).send({ error: 'not a Strapi webhook: no "event"' });
    const scheduled = needsRebuild(webhook, contentTypes);
    const reason = [webhook.event, webhook.uid ?? webhook.model].filter(Boolean).join(' ');
    request.log.info({ event: webhook.event, model: webhook.model, scheduled }, 'webhook received');
    if (scheduled) options.scheduler.request(reason);
    return reply.code(202).send({ scheduled });
  });

  app.post('/rebuild', async (_request, reply) => {
    options.scheduler.request('manual');
    return reply.code(202).send({ scheduled: true });
  });

  app.get('/status', async () => ({
    state: options.scheduler.state(),
    followUpQueued: options.scheduler.followUpQueued(),
    ...(await options.status()),
  }));

  return app;
}
