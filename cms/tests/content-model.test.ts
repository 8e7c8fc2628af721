import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UID } from '@strapi/strapi';
import { DEFAULT_LOCALE, LOCALES } from '@integra/contract/locales';
import { CONTENT_TYPE_KEYS, CONTENT_TYPES, type ContentTypeDefinition } from '@integra/contract/content-types';
import { RESOURCE_KINDS } from '@integra/contract/resource-kinds';
import { bootStrapi, type BootedStrapi } from './helpers/boot-strapi';

let cms: BootedStrapi;
beforeAll(async () => {
  cms = await bootStrapi();
});
afterAll(() => cms?.stop());

const MAIN_TYPES = [
  'api::service.service',
  'api::event.event',
  'api::resource.resource',
  'api::dialogue-meeting.dialogue-meeting',
] as const;
const HUMAN_TEXT_TYPES = new Set(['string', 'text', 'blocks', 'uid', 'richtext']);
/** Machine-readable strings (links) are the same in every language. */
const isLink = (name: string) => /Url$/.test(name);

describe('database', () => {
  it('is the one the suite was asked to run on: PostgreSQL when TEST_DATABASE_URL is set, else SQLite', async () => {
    expect(cms.strapi.config.get('database.connection.client')).toBe(process.env.TEST_DATABASE_URL ? 'postgres' : 'sqlite');
    // A real round trip through the driver, not only the configuration.
    const version = await cms.strapi.db.connection.raw(
      process.env.TEST_DATABASE_URL ? 'select version() as v' : 'select sqlite_version() as v',
    );
    expect(JSON.stringify(version)).toMatch(process.env.TEST_DATABASE_URL ? /PostgreSQL/ : /\d+\.\d+/);
  });
});

describe('content model', () => {
  it('has a Strapi schema for every type of the registry, agreeing with it', () => {
    for (const key of CONTENT_TYPE_KEYS) {
      const type: ContentTypeDefinition = CONTENT_TYPES[key];
      const model = cms.strapi.contentType(type.uid as UID.ContentType);
      expect(model, `${key}: no schema for ${type.uid}`).toBeDefined();
      expect(model.kind, key).toBe(type.kind);
      expect(type.kind === 'singleType' ? model.info.singularName : model.info.pluralName, `${key} endpoint`).toBe(type.endpoint);
      expect(model.options?.draftAndPublish === true, `${key} draftAndPublish`).toBe(type.draftAndPublish);
      expect((model.pluginOptions as { i18n?: { localized?: boolean } }).i18n?.localized === true, `${key} localized`).toBe(type.localized);
      if (type.labelField) expect((model.attributes as Record<string, unknown>)[type.labelField], `${key} labelField`).toBeDefined();
    }
  });

  it('offers the resource kinds of the contract, in its order', () => {
    const kind = (cms.strapi.contentType(CONTENT_TYPES.resources.uid).attributes as Record<string, { enum?: string[] }>).kind;
    expect(kind?.enum).toEqual([...RESOURCE_KINDS]);
  });

  it('has no content type of its own that the registry lacks', () => {
    const registered = new Set<string>(CONTENT_TYPE_KEYS.map((key) => CONTENT_TYPES[key].uid));
    expect(Object.keys(cms.strapi.contentTypes).filter((uid) => uid.startsWith('api::') && !registered.has(uid))).toEqual([]);
  });

  it('creates every configured locale at boot, with the configured default', async () => {
    const locales = await cms.strapi.plugin('i18n').service('locales').find();
    expect(locales.map((l: { code: string }) => l.code).sort()).toEqual([...LOCALES].sort());
    expect(await cms.strapi.plugin('i18n').service('locales').getDefaultLocale()).toBe(DEFAULT_LOCALE);
  });

  it('marks every human-language field of a localized type as localized', () => {
    for (const uid of [...MAIN_TYPES, 'api::page.page', 'api::topic.topic', 'api::category.category']) {
      const model = cms.strapi.contentType(uid as UID.ContentType);
      expect((model.pluginOptions as { i18n?: { localized?: boolean } }).i18n?.localized, uid).toBe(true);
      for (const [name, attribute] of Object.entries(model.attributes)) {
        const a = attribute as { type: string; pluginOptions?: { i18n?: { localized?: boolean } } };
        if (HUMAN_TEXT_TYPES.has(a.type) && !isLink(name) && name !== 'locale') {
          expect(a.pluginOptions?.i18n?.localized, `${uid}.${name}`).toBe(true);
        }
      }
    }
  });

  it('keeps facts shared by every translation, such as an event start, unlocalized', () => {
    const event = cms.strapi.contentType('api::event.event').attributes as Record<
      string,
      { pluginOptions?: { i18n?: { localized?: boolean } } }
    >;
    expect(event.start?.pluginOptions?.i18n?.localized).toBe(false);
    expect(event.end?.pluginOptions?.i18n?.localized).toBe(false);
  });
});

describe('help for editors in the admin', () => {
  it('labels and describes every field of the main types where the Content Manager shows them', async () => {
    const contentTypes = cms.strapi.plugin('content-manager').service('content-types');
    for (const uid of [...MAIN_TYPES, 'api::page.page'] as const) {
      const { metadatas } = await contentTypes.findConfiguration(contentTypes.findContentType(uid));
      const model = cms.strapi.contentType(uid);
      for (const field of Object.keys(model.attributes).filter(
        (name) => !['createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations'].includes(name),
      )) {
        expect(metadatas[field]?.edit.description, `${uid}.${field}`).toMatch(/\w{3,}/);
      }
    }
    const { metadatas } = await contentTypes.findConfiguration(contentTypes.findContentType('api::service.service'));
    expect(metadatas.summary.edit).toMatchObject({ label: 'Summary', description: expect.stringContaining('search results') });
  });
});
