import type { Core } from '@strapi/strapi';

const config: Core.Config.Api = {
  rest: {
    defaultLimit: 25,
    // The site's loaders page through everything; large pages mean few requests per build.
    maxLimit: 500,
    withCount: true,
  },
};

export default config;
