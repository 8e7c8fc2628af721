import type { Core } from '@strapi/strapi';
import { ensureLocales } from './bootstrap/locales';
import { grantPublicRead } from './bootstrap/public-permissions';
import { registerPublishWebhook } from './bootstrap/publish-webhook';
import { ensureDemoAdmin } from './bootstrap/demo-admin';
import { applyEditorHelp } from './bootstrap/editor-help';
import { seedDemoContentIfEmpty } from './bootstrap/demo-content';
import { documentRulesMiddleware } from './validation/document-rules-middleware';
import { registerTranslationStatusRoute } from './translations/admin-route';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(documentRulesMiddleware(strapi) as never);
    registerTranslationStatusRoute(strapi);
  },

  /** Configuration is code: locales, permissions, webhook and demo admin are set at every boot. */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await grantPublicRead(strapi);
    await registerPublishWebhook(strapi);
    await applyEditorHelp(strapi);
    await ensureDemoAdmin(strapi);
    await seedDemoContentIfEmpty(strapi);
  },
};
