import type { UID } from '@strapi/strapi';

/** Content types the public may read (published versions only). */
export const PUBLIC_COLLECTION_TYPES = [
  'api::service.service',
  'api::event.event',
  'api::resource.resource',
  'api::dialogue-meeting.dialogue-meeting',
  'api::page.page',
  'api::category.category',
  'api::topic.topic',
  'api::audience.audience',
  'api::organisation.organisation',
  'api::municipality.municipality',
  'api::language.language',
] as const satisfies readonly UID.ContentType[];

export const PUBLIC_SINGLE_TYPES = ['api::global.global'] as const satisfies readonly UID.ContentType[];
