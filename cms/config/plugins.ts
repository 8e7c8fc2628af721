import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/utils/required-env';
import { uploadProviderConfig } from '../src/uploads/storage';
import { CONTENT_TYPE_KEYS, CONTENT_TYPES } from '@integra/contract/content-types';

const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  'users-permissions': { config: { jwtSecret: requiredEnv(env, 'JWT_SECRET') } },
  // Scheduled publishing and unpublishing ("goes live on Monday at 9:00", "disappears after
  // the 30th"): the plugin publishes through Strapi's document service, so each scheduled
  // change sends the same publish webhook as a manual publish, and the site rebuilds. Every type
  // with drafts can be scheduled.
  publisher: {
    enabled: true,
    config: {
      contentTypes: CONTENT_TYPE_KEYS.filter((key) => CONTENT_TYPES[key].draftAndPublish).map((key) => CONTENT_TYPES[key].uid),
      components: { dateTimePicker: { step: 15 } },
    },
  },
  // Local files by default; S3-compatible storage by environment (src/uploads/storage.ts).
  upload: { config: uploadProviderConfig(env) },
});

export default config;
