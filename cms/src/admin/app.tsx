import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    // Admin languages besides English. Strapi ships no Latvian admin translation; Russian and
    // Ukrainian are there for the centre's editors who work in them.
    locales: ['ru', 'uk'],
  },
  bootstrap(_app: StrapiApp) {},
};
