import Fastify, { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { limitedServerFactory, type HttpLimits } from '@integra/harness/http-limits';
import { bearerMatches } from './auth.ts';
import { needsRebuild, parseWebhook } from './events.ts';
import { CONTENT_TYPE_INFO, type ContentTypeInfo } from './content-types.ts';
import type { BuildScheduler } from './scheduler.ts';
import type { BuildRecord } from './pipeline.ts';

export const MAX_BODY_BYTES = 1024 * 1024;

export interface PublisherServerOptions {
  secret: string;
  scheduler: BuildScheduler;
  status: () => Promise<{ currentRelease?: string; lastBuild?: BuildRecord }>;
  logger: Logger;
  /** Time limits for slow clients; see http-limits.ts. */
  limits?: HttpLimits;
  /** The CMS's content types (default: the registry's), to judge entry events. */
  contentTypes?: readonly ContentTypeInfo[];
}

/**
 * Request logging for a service that gets hundreds of webhooks in a burst: accepted requests
 * leave no line of their own (each build logs its triggers, counted), refused and failed ones
 * leave one line each with method, URL, status and caller.
 */
export class RefusalsOnlyLogController extends LogController {
  override incomingRequest() {}

  // The 404 gets its line from requestCompleted, like every refusal.
  override routeNotFound() {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply) {
    // 5xx are logged by the error handler, with the error.
    if (!error && (reply.statusCode < 400 || reply.statusCode >= 500)) return;
    const fields = {
      method: request.method,
      url: request.url,
      statusCode: reply.statusCode,
      ip: request.ip,
      responseTimeMs: Math.round(reply.elapsedTime),
    };
    if (error) reply.log.error({ ...fields, err: error }, 'request failed');
    else reply.log.warn(fields, reply.statusCode === 401 ? 'refused: missing or wrong secret' : 'request refused');
  }
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
  const contentTypes = options.contentTypes ?? CONTENT_TYPE_INFO;
  const app = Fastify({
    loggerInstance: options.logger,
    logController: new RefusalsOnlyLogController(),
    bodyLimit: MAX_BODY_BYTES,
    serverFactory: limitedServerFactory(options.limits),
  });

  // Bodies are read as text whatever the content type, so "not JSON" is one clear 400.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, done) => done(null, body));

  // Checked before the body is read: an unauthenticated caller cannot make us read 1 MB.
  app.addHook('onRequest', async (request, reply) => {
    if (!bearerMatches(request.headers.authorization, options.secret)) {
      return reply.code(401).send({ error: 'missing or wrong bearer secret' });
    }
  });

  app.setErrorHandler((error: { statusCode?: number; message: string }, request, reply) => {
    const code = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
    if (code === 500) request.log.error({ method: request.method, url: request.url, statusCode: 500, err: error }, 'request failed');
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
    // Debug only: a bulk publish sends hundreds, and the build's log line counts them.
    request.log.debug({ event: webhook.event, model: webhook.model, scheduled }, 'webhook received');
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
