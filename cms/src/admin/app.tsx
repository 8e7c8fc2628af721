import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    // Latvian and English admin for the centre's editors (where Strapi has translations).
    locales: ['lv', 'en'],
  },
  bootstrap(_app: StrapiApp) {},
};
