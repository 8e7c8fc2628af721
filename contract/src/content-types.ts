/**
 * The content-type registry: every content type of the CMS, declared once, by one key. The
 * key is the type's name in code everywhere: the site's content collection, the preview
 * link's type, the lookups of the CMS's bootstrap. Every other name a type has (Strapi's UID
 * and REST endpoint, its URL section, its UI string) is read from here, never written again.
 *
 * Each package's registry test checks its side: the CMS that the Strapi schema agrees, the
 * site that the type has its collection, pages, preview and UI strings, the publisher that
 * its webhooks are handled.
 */
import type { PerLocale } from './locales.ts';

export interface ContentTypeDefinition {
  /** Strapi's UID: the Document Service's, the permissions' and the webhook's name for it. */
  readonly uid: `api::${string}.${string}`;
  /** Path under the REST API's /api/: Strapi's pluralName (a single type's singularName). */
  readonly endpoint: string;
  readonly kind: 'collectionType' | 'singleType';
  /** Versions per locale (Strapi's i18n). */
  readonly localized: boolean;
  /**
   * Saves make drafts and publishing makes them public. Without it every save is public at
   * once, so the publisher rebuilds on every save of such a type.
   */
  readonly draftAndPublish: boolean;
  /** The site reads it into a content collection named after the registry key. */
  readonly siteCollection: boolean;
  /**
   * The field an entry is known by in translation reports (title, name). The types without
   * one are left out of the reports: their entries are names that are rarely translated.
   */
  readonly labelField?: string;
  /**
   * The URL section of the type's pages per locale, e.g. "pakalpojumi" in /lv/pakalpojumi/<slug>/;
   * a section may have more than one segment ("pakalpojumi/kategorija"). Only types with pages.
   * Sections are words of the locale's language in plain ASCII (Cyrillic transliterated: a URL
   * copied into a message stays readable), lowercase, hyphenated; docs/site.md lists them.
   * Renaming one moves its pages: add the old name to legacy-paths.ts, so links keep working.
   */
  readonly section?: PerLocale<string>;
  /** Key of the site's UI string that names the type on its pages and in search filters. */
  readonly dictionaryKey?: string;
  /** Editors open a preview of a draft from the admin (the type's page, on the preview server). */
  readonly previewable: boolean;
}

export const CONTENT_TYPES = {
  services: {
    uid: 'api::service.service',
    endpoint: 'services',
    kind: 'collectionType',
    localized: true,
    draftAndPublish: true,
    siteCollection: true,
    labelField: 'title',
    section: { lv: 'pakalpojumi', en: 'services', ru: 'uslugi', uk: 'posluhy' },
    dictionaryKey: 'type.service',
    previewable: true,
  },
  events: {
    uid: 'api::event.event',
    endpoint: 'events',
    kind: 'collectionType',
    localized: true,
    draftAndPublish: true,
    siteCollection: true,
    labelField: 'title',
    section: { lv: 'pasakumi', en: 'events', ru: 'meropriyatiya', uk: 'podiyi' },
    dictionaryKey: 'type.event',
    previewable: true,
  },
  resources: {
    uid: 'api::resource.resource',
    endpoint: 'resources',
    kind: 'collectionType',
    localized: true,
    draftAndPublish: true,
    siteCollection: true,
    labelField: 'title',
    section: { lv: 'materiali', en: 'resources', ru: 'materialy', uk: 'materialy' },
    dictionaryKey: 'type.resource',
    previewable: true,
  },
  /** The meetings of the Dialogue platform. */
  meetings: {
    uid: 'api::dialogue-meeting.dialogue-meeting',
    endpoint: 'dialogue-meetings',
    kind: 'collectionType',
    localized: true,
    draftAndPublish: true,
    siteCollection: true,
    labelField: 'title',
    section: { lv: 'dialoga-platforma', en: 'dialogue', ru: 'dialog', uk: 'dialoh' },
    dictionaryKey: 'type.meeting',
    previewable: true,
  },
  /** Standing pages: about the centre, contacts, accessibility. */
  pages: {
    uid: 'api::page.page',
    endpoint: 'pages',
    kind: 'collectionType',
    localized: true,
    draftAndPublish: true,
    siteCollection: true,
    labelField: 'title',
    section: { lv: 'informacija', en: 'info', ru: 'informatsiya', uk: 'informatsiia' },
    dictionaryKey: 'type.page',
    previewable: true,
  },
  categories: {
    uid: 'api::category.category',
    endpoint: 'categories',
    kind: 'collectionType',
    localized: true,
    draftAndPublish: false,
    siteCollection: true,
    labelField: 'name',
    section: { lv: 'pakalpojumi/kategorija', en: 'services/category', ru: 'uslugi/kategoriya', uk: 'posluhy/katehoriia' },
    dictionaryKey: 'services.category',
    previewable: false,
  },
  topics: {
    uid: 'api::topic.topic',
    endpoint: 'topics',
    kind: 'collectionType',
    localized: true,
    draftAndPublish: false,
    siteCollection: true,
    labelField: 'name',
    section: { lv: 'temas', en: 'topics', ru: 'temy', uk: 'temy' },
    dictionaryKey: 'topics.title',
    previewable: false,
  },
  audiences: {
    uid: 'api::audience.audience',
    endpoint: 'audiences',
    kind: 'collectionType',
    localized: true,
    draftAndPublish: false,
    siteCollection: true,
    labelField: 'name',
    section: { lv: 'pakalpojumi/kam', en: 'services/audience', ru: 'uslugi/dlya-kogo', uk: 'posluhy/dlia-koho' },
    dictionaryKey: 'services.byAudience',
    previewable: false,
  },
  /** Providers and organisers; the site shows them inside services and events. */
  organisations: {
    uid: 'api::organisation.organisation',
    endpoint: 'organisations',
    kind: 'collectionType',
    localized: true,
    draftAndPublish: false,
    siteCollection: false,
    previewable: false,
  },
  municipalities: {
    uid: 'api::municipality.municipality',
    endpoint: 'municipalities',
    kind: 'collectionType',
    localized: true,
    draftAndPublish: false,
    siteCollection: false,
    previewable: false,
  },
  /** Languages a service or event is offered in (by ISO code, not a site locale). */
  languages: {
    uid: 'api::language.language',
    endpoint: 'languages',
    kind: 'collectionType',
    localized: false,
    draftAndPublish: false,
    siteCollection: false,
    previewable: false,
  },
  /** Site settings: name, contact, footer links. */
  global: {
    uid: 'api::global.global',
    endpoint: 'global',
    kind: 'singleType',
    localized: true,
    draftAndPublish: true,
    siteCollection: true,
    previewable: false,
  },
} as const satisfies Record<string, ContentTypeDefinition>;

export type ContentTypeKey = keyof typeof CONTENT_TYPES;

/** The keys of the types whose definition has `property` set to `value`. */
type KeysWhere<Property extends keyof ContentTypeDefinition, Value> = {
  [K in ContentTypeKey]: (typeof CONTENT_TYPES)[K] extends Record<Property, Value> ? K : never;
}[ContentTypeKey];

/** Types with a content collection on the site (the collection is named after the key). */
export type SiteCollectionKey = KeysWhere<'siteCollection', true>;
/** Collection types with a content collection on the site: each entry a document. */
export type DocumentCollectionKey = Exclude<SiteCollectionKey, KeysWhere<'kind', 'singleType'>>;
/** Types with pages of their own. */
export type SectionKey = KeysWhere<'section', PerLocale<string>>;
/** Types editors can preview. */
export type PreviewableKey = KeysWhere<'previewable', true>;

export const CONTENT_TYPE_KEYS = Object.keys(CONTENT_TYPES) as ContentTypeKey[];

/** The keys of the types that pass `test`, in registry order. */
export const contentTypeKeysWhere = <K extends ContentTypeKey = ContentTypeKey>(test: (type: ContentTypeDefinition) => boolean): K[] =>
  CONTENT_TYPE_KEYS.filter((key) => test(CONTENT_TYPES[key])) as K[];

export const SECTION_KEYS = contentTypeKeysWhere<SectionKey>((type) => Boolean(type.section));

export const PREVIEWABLE_KEYS = contentTypeKeysWhere<PreviewableKey>((type) => type.previewable);

export const isPreviewableKey = (value: string): value is PreviewableKey => (PREVIEWABLE_KEYS as string[]).includes(value);

/** The key of the type with this Strapi UID, or undefined for a type not in the registry (plugins, admin). */
export const contentTypeKeyOf = (uid: string): ContentTypeKey | undefined =>
  CONTENT_TYPE_KEYS.find((key) => CONTENT_TYPES[key].uid === uid);
