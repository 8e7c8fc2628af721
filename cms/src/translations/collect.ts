import type { Core, UID } from '@strapi/strapi';
import { DEFAULT_LOCALE, LOCALES } from '@integra/contract/locales';
import { CONTENT_TYPE_KEYS, CONTENT_TYPES, type ContentTypeDefinition } from '@integra/contract/content-types';
import { translationStatus, type ContentTypeTranslationStatus, type VersionStamp } from '@integra/contract/translation-status';
import { uidOf } from '../content-types';

/**
 * The localized content types editors translate (those with a label field in the registry),
 * each reported under its REST endpoint, the name the site's build summary uses too.
 */
export const TRANSLATED_TYPES = CONTENT_TYPE_KEYS.flatMap((key) => {
  const { endpoint, labelField }: ContentTypeDefinition = CONTENT_TYPES[key];
  return labelField ? [{ contentType: endpoint, uid: uidOf(key), labelField }] : [];
});

/** A content type's translation status, with its UID so the admin can link to its entries. */
export type CollectedTranslationStatus = ContentTypeTranslationStatus & { uid: UID.ContentType };

/**
 * Translation status of every localized content type, from the draft versions: a draft is what
 * the editor last changed, whether or not it is published yet.
 */
export async function collectTranslationStatus(strapi: Core.Strapi): Promise<CollectedTranslationStatus[]> {
  const report: CollectedTranslationStatus[] = [];
  for (const { contentType, uid, labelField } of TRANSLATED_TYPES) {
    const versions: VersionStamp[] = [];
    for (const locale of LOCALES) {
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
    report.push({ uid, ...translationStatus(contentType, versions, { defaultLocale: DEFAULT_LOCALE, locales: LOCALES }) });
  }
  return report;
}
