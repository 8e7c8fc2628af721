import { describe, expect, it } from 'vitest';
import { CONTENT_TYPE_KEYS, CONTENT_TYPES, type ContentTypeDefinition } from '@integra/contract/content-types';
import { LOCALES } from '@integra/contract/locales';
import { COLLECTIONS, GLOBAL } from '../../src/lib/cms/collections';
import { DICTIONARIES } from '../../src/i18n/ui';

const types = CONTENT_TYPE_KEYS.map((key) => [key, CONTENT_TYPES[key] as ContentTypeDefinition] as const);

describe('every content type of the registry', () => {
  it('that the site reads has its collection, read from the registry endpoint with a schema', () => {
    const read: Record<string, { endpoint: string; schema: unknown }> = { ...COLLECTIONS, global: GLOBAL };
    for (const [key, type] of types.filter(([, t]) => t.siteCollection)) {
      expect(read[key], key).toBeDefined();
      expect(read[key]!.endpoint, key).toBe(type.endpoint);
      expect(read[key]!.schema, key).toBeDefined();
    }
    expect(Object.keys(read).filter((key) => !types.some(([k, t]) => k === key && t.siteCollection))).toEqual([]);
  });

  it('that the site names has its UI string in every locale', () => {
    for (const [key, type] of types.filter(([, t]) => t.dictionaryKey)) {
      for (const locale of LOCALES) {
        const text = (DICTIONARIES[locale] as Record<string, string | undefined>)[type.dictionaryKey!];
        expect(text?.trim(), `${key}: ${type.dictionaryKey} in ${locale}`).toBeTruthy();
      }
    }
  });
});
