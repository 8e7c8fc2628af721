import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/utils/required-env';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  app: {
    keys: requiredEnv(env, 'APP_KEYS')
      .split(',')
      .map((key) => key.trim()),
  },
  // No update checks: the centre's servers do not phone home.
  logger: { updates: { enabled: false } },
  webhooks: { populateRelations: false },
  // Runs scheduled publishing (strapi-plugin-publisher) and nothing else of ours.
  cron: { enabled: true },
  // Uploads go to <public>/uploads; PUBLIC_DIR moves them (absolute or relative to cms/).
  dirs: { public: env('PUBLIC_DIR', './public') },
});

export default config;
