import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/utils/required-env';
import { signPreviewPath } from '@integra/contract/preview-link';
import { DEFAULT_LOCALE } from '@integra/contract/locales';
import { contentTypeKeyOf, isPreviewableKey } from '@integra/contract/content-types';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => {
  // The preview server (site/, built with SITE_MODE=preview) renders drafts with the site's own
  // pages. Both values set: editors get a Preview button on services, events, resources,
  // meetings and pages; either missing: no preview (never a link that cannot work).
  const previewUrl = env('PREVIEW_URL', '').replace(/\/$/, '');
  const previewSecret = env('PREVIEW_SECRET', '');
  return {
    auth: { secret: requiredEnv(env, 'ADMIN_JWT_SECRET') },
    apiToken: { salt: requiredEnv(env, 'API_TOKEN_SALT') },
    transfer: { token: { salt: requiredEnv(env, 'TRANSFER_TOKEN_SALT') } },
    secrets: { encryptionKey: requiredEnv(env, 'ENCRYPTION_KEY') },
    flags: { nps: false, promoteEE: false },
    preview: {
      enabled: Boolean(previewUrl && previewSecret),
      config: {
        allowedOrigins: previewUrl ? [new URL(previewUrl).origin] : [],
        async handler(uid, { documentId, locale, status }) {
          const type = contentTypeKeyOf(uid);
          if (!type || !isPreviewableKey(type) || !previewUrl || !previewSecret || !documentId) return null;
          const path = signPreviewPath(
            { type, documentId, locale: locale ?? DEFAULT_LOCALE, status: status === 'published' ? 'published' : 'draft' },
            previewSecret,
          );
          return `${previewUrl}${path}`;
        },
      },
    },
  };
};

export default config;
