import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/utils/required-env';

/** A year, in milliseconds. */
const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  'users-permissions': { config: { jwtSecret: requiredEnv(env, 'JWT_SECRET') } },
  upload: {
    config: {
      providerOptions: {
        // Strapi names every upload with a content hash and never rewrites a file in place, so
        // browsers, CDNs and the site build's image cache may keep uploads for a year. Without
        // this Strapi answers `max-age=0` and no 304s, and every site build downloaded and
        // re-encoded every image again.
        localServer: { maxage: YEAR_MS, immutable: true },
      },
    },
  },
});

export default config;
