import type { Core } from '@strapi/strapi';
import { uploadOrigins } from '../src/uploads/storage';
import { corsOrigins } from '../src/utils/cors-origins';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => {
  // With uploads in S3-compatible storage, the admin shows them from there.
  const media = uploadOrigins(env);
  return [
    'strapi::logger',
    'strapi::errors',
    media.length
      ? {
          name: 'strapi::security',
          config: {
            contentSecurityPolicy: {
              useDefaults: true,
              directives: {
                'img-src': ["'self'", 'data:', 'blob:', 'market-assets.strapi.io', ...media],
                'media-src': ["'self'", 'data:', 'blob:', ...media],
              },
            },
          },
        }
      : 'strapi::security',
    // Strapi's default answers any origin, with credentials: an allow-list instead.
    { name: 'strapi::cors', config: { origin: corsOrigins(env), credentials: true } },
    'strapi::poweredBy',
    'strapi::query',
    'strapi::body',
    'strapi::session',
    'strapi::favicon',
    'strapi::public',
  ];
};

export default config;
