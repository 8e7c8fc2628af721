import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UID } from '@strapi/strapi';
import localeConfig from '@integra/config/locales.json';
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
  it('has the four public content types and their supporting types, with draft and publish on the public ones', () => {
    for (const uid of [...MAIN_TYPES, 'api::page.page', 'api::global.global']) {
      const model = cms.strapi.contentType(uid as UID.ContentType);
      expect(model, uid).toBeDefined();
      expect(model.options?.draftAndPublish, uid).toBe(true);
    }
    for (const uid of ['topic', 'category', 'audience', 'organisation', 'municipality', 'language']) {
      expect(cms.strapi.contentType(`api::${uid}.${uid}` as UID.ContentType), uid).toBeDefined();
    }
  });

  it('creates every locale of config/locales.json at boot, with Latvian as the default', async () => {
    const locales = await cms.strapi.plugin('i18n').service('locales').find();
    expect(locales.map((l: { code: string }) => l.code).sort()).toEqual(localeConfig.locales.map((l) => l.code).sort());
    expect(await cms.strapi.plugin('i18n').service('locales').getDefaultLocale()).toBe('lv');
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
