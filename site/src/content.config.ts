import { defineCollection } from 'astro:content';
import type { Schema } from './lib/cms/loader';
import { strapiLoader, strapiSingleLoader } from './lib/cms/loader';
import { COLLECTIONS, GLOBAL } from './lib/cms/collections';
import { LOCALES } from './i18n/locales';

// The schema is given to the collection too, so that Astro types each collection's entries.
const collection = <S extends Schema>({ endpoint, schema, populate }: { endpoint: string; schema: S; populate?: unknown }) =>
  defineCollection({ loader: strapiLoader({ endpoint, schema, populate, locales: LOCALES }), schema });

// Built from COLLECTIONS at run time; typed per key, since Astro types each collection's
// entries by its own schema.
type CollectionOf<S extends Schema> = ReturnType<typeof collection<S>>;
type DocumentCollections = {
  [K in keyof typeof COLLECTIONS]: (typeof COLLECTIONS)[K]['schema'] extends infer S extends Schema ? CollectionOf<S> : never;
};

/** Every collection the site reads from the CMS, named after its registry key (see lib/cms/collections.ts). */
export const collections = {
  ...(Object.fromEntries(Object.entries(COLLECTIONS).map(([key, read]) => [key, collection<Schema>(read)])) as DocumentCollections),
  global: defineCollection({ loader: strapiSingleLoader({ ...GLOBAL, locales: LOCALES }), schema: GLOBAL.schema }),
};
