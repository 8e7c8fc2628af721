import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/** True when the request asks for unpublished versions, in v5 or v4-compatible syntax. */
export const asksForDrafts = (query: Record<string, unknown>): boolean => {
  const status = query.status;
  const publicationState = query.publicationState;
  return (status !== undefined && status !== 'published') || publicationState === 'preview';
};

/** Names of Strapi's API token auth strategy (renamed in later 5.x releases). */
const TOKEN_STRATEGIES = new Set(['api-token', 'content-api-token']);

/** Route middleware: only requests authenticated with an API token may read drafts. */
export default (_config: unknown, _ctx: { strapi: Core.Strapi }) =>
  async (ctx: { query: Record<string, unknown>; state: { auth?: { strategy?: { name?: string } } } }, next: () => Promise<void>) => {
    if (asksForDrafts(ctx.query) && !TOKEN_STRATEGIES.has(ctx.state.auth?.strategy?.name ?? '')) {
      throw new errors.ForbiddenError('Drafts are not public. Ask with an API token to read them.');
    }
    await next();
  };
