import { factories } from '@strapi/strapi';
import type { UID } from '@strapi/strapi';

/**
 * Refuses drafts to anyone but an API token holder. Out of the box Strapi 5 hands drafts to
 * whoever may `find` and asks `?status=draft`; the Public role may read, so it must not see
 * unpublished text. Preview (server side, with a read token) still can.
 */
export const DRAFT_GUARD = 'global::drafts-need-token';

/** Core router of a content type whose read routes are guarded against draft requests. */
export const publicReadRouter = (uid: UID.ContentType) =>
  factories.createCoreRouter(uid, {
    config: {
      find: { middlewares: [DRAFT_GUARD] },
      findOne: { middlewares: [DRAFT_GUARD] },
    },
  });
