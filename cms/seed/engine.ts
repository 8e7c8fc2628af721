import type { Core, UID } from '@strapi/strapi';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@integra/contract/locales';
import { slugify } from './slugify';

type DefaultLocale = typeof DEFAULT_LOCALE;
/** The original (Latvian) always; other languages where a translation exists. */
export type Translations<T> = Record<DefaultLocale, T> & Partial<Record<Exclude<Locale, DefaultLocale>, T>>;
/** The locales a translation may be added in. */
export const TRANSLATION_LOCALES = LOCALES.filter((l): l is Exclude<Locale, DefaultLocale> => l !== DEFAULT_LOCALE);

export interface SeedDocument {
  /** Translated fields per locale. The original's slug (from `title` or `name`) identifies the document. */
  text: Translations<Record<string, unknown>>;
  /** Fields the same in every locale: dates, enumerations, relations (documentIds), media (file ids). */
  shared?: Record<string, unknown>;
}

export interface SeedReport {
  created: Record<string, number>;
  skipped: Record<string, number>;
}

/**
 * Runs `write` in one database transaction; the document service's own calls inside join it,
 * and their webhooks go out after the commit.
 */
export const inTransaction = <T>(strapi: Core.Strapi, write: () => Promise<T>): Promise<T> =>
  strapi.db.transaction(() => write()) as Promise<T>;

const slugSource = (fields: Record<string, unknown>) => String(fields.title ?? fields.name ?? '');

/**
 * Creates each document (all its translations, published) unless a document with the same
 * Latvian slug exists; an existing one is left exactly as it is, so running the seed again
 * changes nothing and never overwrites an editor's work. Returns documentIds by Latvian slug.
 */
export async function seedDocuments(
  strapi: Core.Strapi,
  uid: string,
  documents: SeedDocument[],
  report: SeedReport,
): Promise<Map<string, string>> {
  const api = strapi.documents(uid as never) as any;
  const hasDrafts = Boolean(strapi.contentType(uid as UID.ContentType).options?.draftAndPublish);
  const status = hasDrafts ? { status: 'published' } : {};
  const ids = new Map<string, string>();
  for (const { text, shared = {} } of documents) {
    const original = text[DEFAULT_LOCALE];
    const key = (original.slug as string | undefined) ?? slugify(slugSource(original));
    const existing = await api.findFirst({ locale: DEFAULT_LOCALE, filters: { slug: key }, ...(hasDrafts ? { status: 'draft' } : {}) });
    if (existing) {
      ids.set(key, existing.documentId);
      report.skipped[uid] = (report.skipped[uid] ?? 0) + 1;
      continue;
    }
    // One transaction per document: a seed killed halfway leaves whole documents, never one
    // in Latvian only, which a second run would skip (it goes by the Latvian slug) for good.
    const created = await inTransaction(strapi, async () => {
      const doc = await api.create({ locale: DEFAULT_LOCALE, data: { ...original, slug: key, ...shared }, ...status });
      for (const locale of TRANSLATION_LOCALES) {
        const fields = text[locale];
        if (!fields) continue;
        const slug = (fields.slug as string | undefined) ?? slugify(slugSource(fields));
        await api.update({ documentId: doc.documentId, locale, data: { ...fields, slug, ...shared }, ...status });
      }
      return doc;
    });
    ids.set(key, created.documentId);
    report.created[uid] = (report.created[uid] ?? 0) + 1;
  }
  return ids;
}

/** Looks up documentIds by Latvian slug, failing loudly on a typo in the seed data. */
export function idsOf<T>(map: Map<string, T>, keys: string[]): T[] {
  return keys.map((key) => {
    const id = map.get(key);
    if (!id) throw new Error(`seed: unknown reference "${key}"`);
    return id;
  });
}

/** Builds each locale's fields from that locale's seed text, keeping the same set of locales. */
export function mapTranslations<T>(text: Translations<T>, fields: (t: T) => Record<string, unknown>): SeedDocument['text'] {
  const out: Partial<Record<Locale, Record<string, unknown>>> = {};
  for (const locale of LOCALES) {
    const t = text[locale];
    if (t) out[locale] = fields(t);
  }
  return out as SeedDocument['text'];
}
