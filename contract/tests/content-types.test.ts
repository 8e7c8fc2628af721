import { describe, expect, it } from 'vitest';
import { CONTENT_TYPE_KEYS, CONTENT_TYPES, contentTypeKeyOf, type ContentTypeDefinition } from '../src/content-types.ts';
import { LOCALES } from '../src/locales.ts';

const types = CONTENT_TYPE_KEYS.map((key) => [key, CONTENT_TYPES[key] as ContentTypeDefinition] as const);
const duplicates = (values: string[]) => values.filter((value, i) => values.indexOf(value) !== i);

describe('the content-type registry', () => {
  it('gives every type its own UID and REST endpoint', () => {
    expect(duplicates(types.map(([, t]) => t.uid))).toEqual([]);
    expect(duplicates(types.map(([, t]) => t.endpoint))).toEqual([]);
    for (const [key, type] of types) expect(type.uid, key).toMatch(/^api::[a-z][a-z-]*\.[a-z][a-z-]*$/);
  });

  it('finds a type by its Strapi UID, and none for types outside the registry', () => {
    expect(contentTypeKeyOf('api::dialogue-meeting.dialogue-meeting')).toBe('meetings');
    expect(contentTypeKeyOf('plugin::users-permissions.user')).toBeUndefined();
  });

  it('gives every type with pages a URL section in every locale, one type per section', () => {
    for (const [key, type] of types.filter(([, t]) => t.section)) {
      expect(Object.keys(type.section!).sort(), key).toEqual([...LOCALES].sort());
      for (const locale of LOCALES) expect(type.section![locale], `${key} ${locale}`).toMatch(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/);
    }
    for (const locale of LOCALES) expect(duplicates(types.flatMap(([, t]) => (t.section ? [t.section[locale]] : [])))).toEqual([]);
  });

  it('names every type with pages in the UI', () => {
    for (const [key, type] of types.filter(([, t]) => t.section)) expect(type.dictionaryKey, key).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
  });

  it('previews only types that have drafts and a page to show them on', () => {
    for (const [key, type] of types.filter(([, t]) => t.previewable)) {
      expect(type.draftAndPublish, key).toBe(true);
      expect(type.section, key).toBeDefined();
      expect(type.siteCollection, key).toBe(true);
    }
  });

  it('reports translations only of localized collection types', () => {
    for (const [key, type] of types.filter(([, t]) => t.labelField)) {
      expect(type.localized, key).toBe(true);
      expect(type.kind, key).toBe('collectionType');
    }
  });
});
