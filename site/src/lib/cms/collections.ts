import { CONTENT_TYPES, type ContentTypeKey, type DocumentCollectionKey } from '@integra/contract/content-types';
import { eventSchema, globalSchema, meetingSchema, pageSchema, resourceSchema, serviceSchema, taxonomySchema } from './schemas';

const image = { populate: { file: true } };
const venue = { populate: { municipality: true } };

/** A registry type as the site reads it: its REST endpoint, with its schema and what must be populated. */
const read = <S, P>(key: ContentTypeKey, schema: S, populate: P): { endpoint: string; schema: S; populate: P } => ({
  endpoint: CONTENT_TYPES[key].endpoint,
  schema,
  populate,
});

/**
 * What the site reads from the CMS: one collection per registry type with a site collection,
 * named after its registry key. The content layer (content.config.ts), the preview and the
 * snapshot writer all use this.
 */
export const COLLECTIONS = {
  services: read('services', serviceSchema, {
    category: true,
    audiences: true,
    topics: true,
    provider: true,
    contact: true,
    municipalities: true,
    languages: true,
  }),
  events: read('events', eventSchema, { venue, organiser: true, topics: true, audiences: true, languages: true, cover: image }),
  resources: read('resources', resourceSchema, { files: true, languages: true, topics: true }),
  meetings: read('meetings', meetingSchema, { topic: true, venue, participants: true, quotes: true, documents: true, photos: image }),
  pages: read('pages', pageSchema, undefined),
  categories: read('categories', taxonomySchema, undefined),
  topics: read('topics', taxonomySchema, undefined),
  audiences: read('audiences', taxonomySchema, undefined),
} as const satisfies Record<DocumentCollectionKey, { endpoint: string }>;

/** The site settings single type. */
export const GLOBAL = read('global', globalSchema, { contact: true, footerLinks: true });
