import type { Core } from '@strapi/strapi';
import { SEED_LOCALES, idsOf, inTransaction, seedDocuments, type SeedDocument, type SeedReport } from './engine';
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
    const titles = [doc.text.lv.title, doc.text.en?.title].filter((t): t is string => typeof t === 'string');
    walk(doc, titles);
  }
  return [...found.values()];
}

async function seedLanguages(strapi: Core.Strapi, report: SeedReport): Promise<Map<string, string>> {
  const api = strapi.documents('api::language.language' as never) as any;
  const ids = new Map<string, string>();
  for (const language of LANGUAGES) {
    const existing = await api.findFirst({ filters: { code: language.code } });
    const doc = existing ?? (await api.create({ data: language }));
    ids.set(language.code, doc.documentId);
    const bucket = existing ? report.skipped : report.created;
    bucket['api::language.language'] = (bucket['api::language.language'] ?? 0) + 1;
  }
  return ids;
}

async function seedGlobal(strapi: Core.Strapi, report: SeedReport) {
  const uid = 'api::global.global';
  const api = strapi.documents(uid as never) as any;
  if (await api.findFirst({ locale: 'lv', status: 'draft' })) {
    report.skipped[uid] = 1;
    return;
  }
  await inTransaction(strapi, async () => {
    const created = await api.create({ locale: 'lv', data: GLOBAL.lv, status: 'published' });
    for (const locale of SEED_LOCALES.filter((l) => l !== 'lv')) {
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
  maps.municipality = await seedDocuments(strapi, 'api::municipality.municipality', MUNICIPALITIES, report);
  maps.category = await seedDocuments(strapi, 'api::category.category', CATEGORIES, report);
  maps.audience = await seedDocuments(strapi, 'api::audience.audience', AUDIENCES, report);
  maps.topic = await seedDocuments(strapi, 'api::topic.topic', TOPICS, report);
  maps.organisation = await seedDocuments(strapi, 'api::organisation.organisation', ORGANISATIONS, report);

  const content: [string, SeedDocument[]][] = [
    ['api::service.service', SERVICES],
    ['api::event.event', events(now)],
    ['api::resource.resource', RESOURCES],
    ['api::dialogue-meeting.dialogue-meeting', meetings(now)],
    ['api::page.page', PAGES],
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
