import { defineCollection, z } from 'astro:content';
import { strapiLoader, strapiSingleLoader } from './lib/cms/loader';
import { eventSchema, globalSchema, meetingSchema, pageSchema, resourceSchema, serviceSchema, taxonomySchema } from './lib/cms/schemas';
import { LOCALES } from './i18n/locales';

const image = { populate: { file: true } };
const venue = { populate: { municipality: true } };

// The schema is given to the collection too, so that Astro types each collection's entries.
const collection = <S extends z.ZodTypeAny>(endpoint: string, schema: S, populate?: unknown) =>
  defineCollection({ loader: strapiLoader({ endpoint, schema, populate, locales: LOCALES }), schema });

/** Every collection the site reads from the CMS, with what each needs populated. */
export const collections = {
  services: collection('services', serviceSchema, {
    category: true,
    audiences: true,
    topics: true,
    provider: true,
    contact: true,
    municipalities: true,
    languages: true,
  }),
  events: collection('events', eventSchema, { venue, organiser: true, topics: true, audiences: true, languages: true, cover: image }),
  resources: collection('resources', resourceSchema, { files: true, languages: true, topics: true }),
  meetings: collection('dialogue-meetings', meetingSchema, {
    topic: true,
    venue,
    participants: true,
    quotes: true,
    documents: true,
    photos: image,
  }),
  pages: collection('pages', pageSchema),
  categories: collection('categories', taxonomySchema),
  topics: collection('topics', taxonomySchema),
  audiences: collection('audiences', taxonomySchema),
  global: defineCollection({
    loader: strapiSingleLoader({
      endpoint: 'global',
      schema: globalSchema,
      populate: { contact: true, footerLinks: true },
      locales: LOCALES,
    }),
    schema: globalSchema,
  }),
};
