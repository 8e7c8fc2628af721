import type { Core } from '@strapi/strapi';
import { collectTranslationStatus } from './collect';

/** Where the admin panel's translation widget reads the report (an admin API route). */
export const TRANSLATION_STATUS_PATH = '/integra/translation-status';

/**
 * GET /integra/translation-status for signed-in admin users (editors, authors, super admins):
 * the translation report the homepage widget shows. Never on the public content API.
 */
export function registerTranslationStatusRoute(strapi: Core.Strapi) {
  strapi.server.routes({
    type: 'admin',
    routes: [
      {
        method: 'GET',
        path: TRANSLATION_STATUS_PATH,
        handler: async (ctx: { body: unknown }) => {
          ctx.body = { data: await collectTranslationStatus(strapi) };
        },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
    ],
  } as never);
}
