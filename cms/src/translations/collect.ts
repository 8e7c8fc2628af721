import type { Core, UID } from '@strapi/strapi';
import { DEFAULT_LOCALE, LOCALES } from '../bootstrap/locales';
import { translationStatus, type ContentTypeTranslationStatus, type VersionStamp } from './status';

/** The localized content types editors translate, and the field that names an entry. */
export const TRANSLATED_TYPES: { contentType: string; uid: UID.ContentType; labelField: string }[] = [
  { contentType: 'services', uid: 'api::service.service', labelField: 'title' },
  { contentType: 'events', uid: 'api::event.event', labelField: 'title' },
  { contentType: 'resources', uid: 'api::resource.resource', labelField: 'title' },
  { contentType: 'dialogue-meetings', uid: 'api::dialogue-meeting.dialogue-meeting', labelField: 'title' },
  { contentType: 'pages', uid: 'api::page.page', labelField: 'title' },
  { contentType: 'categories', uid: 'api::category.category', labelField: 'name' },
  { contentType: 'topics', uid: 'api::topic.topic', labelField: 'name' },
  { contentType: 'audiences', uid: 'api::audience.audience', labelField: 'name' },
];

/** A content type's translation status, with its UID so the admin can link to its entries. */
export type CollectedTranslationStatus = ContentTypeTranslationStatus & { uid: UID.ContentType };

/**
 * Translation status of every localized content type, from the draft versions: a draft is what
 * the editor last changed, whether or not it is published yet.
 */
export async function collectTranslationStatus(strapi: Core.Strapi): Promise<CollectedTranslationStatus[]> {
  const locales = LOCALES.map((l) => l.code);
  const report: CollectedTranslationStatus[] = [];
  for (const { contentType, uid, labelField } of TRANSLATED_TYPES) {
    const versions: VersionStamp[] = [];
    for (const locale of locales) {
      const entries = (await strapi
        .documents(uid)
        .findMany({ locale, status: 'draft', fields: [labelField, 'updatedAt'] as never })) as unknown as Record<string, string>[];
      for (const entry of entries) {
        versions.push({
          documentId: entry.documentId!,
          locale,
          updatedAt: new Date(entry.updatedAt!).toISOString(),
          label: entry[labelField] ?? '',
        });
      }
    }
    report.push({ uid, ...translationStatus(contentType, versions, { defaultLocale: DEFAULT_LOCALE, locales }) });
  }
  return report;
}
