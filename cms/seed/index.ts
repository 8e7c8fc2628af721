import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE } from '@integra/contract/locales';
import { CONTENT_TYPES } from '@integra/contract/content-types';
import { TRANSLATION_LOCALES, idsOf, inTransaction, seedDocuments, type SeedDocument, type SeedReport } from './engine';
import { resolveRefs, type Ref, type RefTarget } from './refs';
import { uploadDemoFiles, type DemoFile } from './media';
import { AUDIENCES, CATEGORIES, LANGUAGES, MUNICIPALITIES, ORGANISATIONS, TOPICS } from './data/taxonomies';
import { SERVICES } from './data/services';
import { events } from './data/events';
import { RESOURCES } from './data/resources';
import { meetings } from './data/meetings';
import { PAGES } from './data/pages';
import { GLOBAL } from './data/global';

export type { SeedReport } from './engine';

/** Every file a document refers to, with the document's titles to print on it. */
function demoFilesOf(documents: SeedDocument[]): DemoFile[] {
  const found = new Map<string, DemoFile>();
  const walk = (value: unknown, titles: string[]): void => {
    if (typeof value !== 'object' || value === null) return;
    const ref = value as Partial<Ref>;
    if (ref.__ref === 'file') {
      for (const name of ref.keys ?? []) if (!found.has(name)) found.set(name, { name, titles });
      return;
    }
    Object.values(value).forEach((child) => walk(child, titles));
  };
  for (const doc of documents) {
    const titles = [doc.text[DEFAULT_LOCALE].title, doc.text.en?.title].filter((t): t is string => typeof t === 'string');
    walk(doc, titles);
  }
  return [...found.values()];
}

async function seedLanguages(strapi: Core.Strapi, report: SeedReport): Promise<Map<string, string>> {
  const { uid } = CONTENT_TYPES.languages;
  const api = strapi.documents(uid as never) as any;
  const ids = new Map<string, string>();
  for (const language of LANGUAGES) {
    const existing = await api.findFirst({ filters: { code: language.code } });
    const doc = existing ?? (await api.create({ data: language }));
    ids.set(language.code, doc.documentId);
    const bucket = existing ? report.skipped : report.created;
    bucket[uid] = (bucket[uid] ?? 0) + 1;
  }
  return ids;
}

async function seedGlobal(strapi: Core.Strapi, report: SeedReport) {
  const { uid } = CONTENT_TYPES.global;
  const api = strapi.documents(uid as never) as any;
  if (await api.findFirst({ locale: DEFAULT_LOCALE, status: 'draft' })) {
    report.skipped[uid] = 1;
    return;
  }
  await inTransaction(strapi, async () => {
    const created = await api.create({ locale: DEFAULT_LOCALE, data: GLOBAL[DEFAULT_LOCALE], status: 'published' });
    for (const locale of TRANSLATION_LOCALES) {
      const data = GLOBAL[locale];
      if (data) await api.update({ documentId: created.documentId, locale, data, status: 'published' });
    }
  });
  report.created[uid] = 1;
}

/**
 * Fills an empty CMS with the demo content: taxonomies, 12 services, 10 events, 8 resources,
 * 6 Dialogue meetings, standing pages and site settings, in Latvian, English and Russian, with
 * Ukrainian for some entries only. Not destructive: documents that exist (by Latvian slug)
 * are left untouched, so a second run creates nothing. Event dates are relative to `now`.
 */
export async function runSeed(strapi: Core.Strapi, { now = new Date() }: { now?: Date } = {}): Promise<SeedReport> {
  const report: SeedReport = { created: {}, skipped: {} };
  const maps: Partial<Record<RefTarget, Map<string, string | number>>> = {};
  maps.language = await seedLanguages(strapi, report);
  maps.municipality = await seedDocuments(strapi, CONTENT_TYPES.municipalities.uid, MUNICIPALITIES, report);
  maps.category = await seedDocuments(strapi, CONTENT_TYPES.categories.uid, CATEGORIES, report);
  maps.audience = await seedDocuments(strapi, CONTENT_TYPES.audiences.uid, AUDIENCES, report);
  maps.topic = await seedDocuments(strapi, CONTENT_TYPES.topics.uid, TOPICS, report);
  maps.organisation = await seedDocuments(strapi, CONTENT_TYPES.organisations.uid, ORGANISATIONS, report);

  const content: [string, SeedDocument[]][] = [
    [CONTENT_TYPES.services.uid, SERVICES],
    [CONTENT_TYPES.events.uid, events(now)],
    [CONTENT_TYPES.resources.uid, RESOURCES],
    [CONTENT_TYPES.meetings.uid, meetings(now)],
    [CONTENT_TYPES.pages.uid, PAGES],
  ];
  maps.file = await uploadDemoFiles(strapi, demoFilesOf(content.flatMap(([, docs]) => docs)));

  const lookup = (target: RefTarget, key: string) => {
    const map = maps[target];
    if (!map) throw new Error(`seed: nothing to look up for ${target}`);
    return idsOf(map, [key])[0]!;
  };
  for (const [uid, docs] of content) {
    await seedDocuments(
      strapi,
      uid,
      docs.map((doc) => resolveRefs(doc, lookup) as SeedDocument),
      report,
    );
  }
  await seedGlobal(strapi, report);
  return report;
}
