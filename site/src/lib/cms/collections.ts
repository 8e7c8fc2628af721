import { eventSchema, globalSchema, meetingSchema, pageSchema, resourceSchema, serviceSchema, taxonomySchema } from './schemas';

const image = { populate: { file: true } };
const venue = { populate: { municipality: true } };

/**
 * What the site reads from the CMS: each collection's REST endpoint, schema and what must be
 * populated. The content layer (content.config.ts) and the snapshot writer both use this.
 */
export const COLLECTIONS = {
  services: {
    endpoint: 'services',
    schema: serviceSchema,
    populate: { category: true, audiences: true, topics: true, provider: true, contact: true, municipalities: true, languages: true },
  },
  events: {
    endpoint: 'events',
    schema: eventSchema,
    populate: { venue, organiser: true, topics: true, audiences: true, languages: true, cover: image },
  },
  resources: { endpoint: 'resources', schema: resourceSchema, populate: { files: true, languages: true, topics: true } },
  meetings: {
    endpoint: 'dialogue-meetings',
    schema: meetingSchema,
    populate: { topic: true, venue, participants: true, quotes: true, documents: true, photos: image },
  },
  pages: { endpoint: 'pages', schema: pageSchema, populate: undefined },
  categories: { endpoint: 'categories', schema: taxonomySchema, populate: undefined },
  topics: { endpoint: 'topics', schema: taxonomySchema, populate: undefined },
  audiences: { endpoint: 'audiences', schema: taxonomySchema, populate: undefined },
} as const;

/** The site settings single type. */
export const GLOBAL = { endpoint: 'global', schema: globalSchema, populate: { contact: true, footerLinks: true } } as const;
