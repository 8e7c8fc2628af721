import { defineCollection } from 'astro:content';
import type { Schema } from './lib/cms/loader';
import { strapiLoader, strapiSingleLoader } from './lib/cms/loader';
import { COLLECTIONS, GLOBAL } from './lib/cms/collections';
import { LOCALES } from './i18n/locales';

// The schema is given to the collection too, so that Astro types each collection's entries.
const collection = <S extends Schema>({ endpoint, schema, populate }: { endpoint: string; schema: S; populate?: unknown }) =>
  defineCollection({ loader: strapiLoader({ endpoint, schema, populate, locales: LOCALES }), schema });

/** Every collection the site reads from the CMS (see lib/cms/collections.ts). */
export const collections = {
  services: collection(COLLECTIONS.services),
  events: collection(COLLECTIONS.events),
  resources: collection(COLLECTIONS.resources),
  meetings: collection(COLLECTIONS.meetings),
  pages: collection(COLLECTIONS.pages),
  categories: collection(COLLECTIONS.categories),
  topics: collection(COLLECTIONS.topics),
  audiences: collection(COLLECTIONS.audiences),
  global: defineCollection({ loader: strapiSingleLoader({ ...GLOBAL, locales: LOCALES }), schema: GLOBAL.schema }),
};
