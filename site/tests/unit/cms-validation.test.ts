import { describe, expect, it } from 'vitest';
import type { CmsClient } from '../../src/lib/cms/client';
import { CmsError } from '../../src/lib/cms/errors';
import { syncCollection } from '../../src/lib/cms/loader';
import { eventSchema, globalSchema, meetingSchema, resourceSchema, serviceSchema } from '../../src/lib/cms/schemas';

/** A client that answers every list with the given entries, for any locale. */
const clientWith = (entries: unknown[]): CmsClient => ({
  baseUrl: 'http://cms.invalid',
  requestCount: () => 0,
  listAll: async () => entries,
  count: async () => entries.length,
  getSingle: async () => undefined,
  getFile: async () => new Uint8Array(),
});

/** The parts of Astro's loader context the sync uses, in memory. */
const memoryContext = () => {
  const data = new Map<string, unknown>();
  const meta = new Map<string, string>();
  return {
    store: {
      set: (e: { id: string }) => (data.set(e.id, e), true),
      delete: (id: string) => void data.delete(id),
      keys: () => [...data.keys()],
    },
    meta: {
      get: (k: string) => meta.get(k),
      set: (k: string, v: string) => void meta.set(k, v),
      delete: (k: string) => void meta.delete(k),
    },
    logger: { info: () => {} },
  } as never;
};

const resource = (externalUrl: unknown) => ({
  documentId: 'doc-r1',
  locale: 'en',
  slug: 'guide-to-riga',
  updatedAt: '2025-01-01T00:00:00.000Z',
  title: 'Guide to Riga',
  summary: 'A guide',
  kind: 'link',
  externalUrl,
});

const HOSTILE = ['https://example.com:80a', 'https://[', 'https://exa mple.com', 'http://[::1', 'javascript:alert(1)', '//evil.example/'];

describe('web addresses from the CMS', () => {
  it('fail validation, naming the field, when no browser could parse them', () => {
    for (const url of HOSTILE) {
      const result = resourceSchema.safeParse(resource(url));
      expect(result.success, url).toBe(false);
      expect(result.error?.issues[0]?.path, url).toEqual(['externalUrl']);
      expect(result.error?.issues[0]?.message, url).toContain(JSON.stringify(url));
    }
  });

  it('are checked in every field that holds one', () => {
    const base = {
      documentId: 'd',
      locale: 'lv',
      slug: 's',
      updatedAt: '2025-01-01T00:00:00.000Z',
      title: 'T',
      summary: 'S',
      start: '2025-05-01T10:00:00.000Z',
    };
    const bad = 'https://example.com:80a';
    const org = { documentId: 'o', name: 'O', slug: 'o', kind: 'ngo', website: bad };
    const cases: [string, { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[] }[] } } }, unknown][] = [
      ['event onlineUrl', eventSchema, { ...base, onlineUrl: bad }],
      ['event registrationUrl', eventSchema, { ...base, registrationUrl: bad }],
      ['event organiser', eventSchema, { ...base, organiser: org }],
      ['meeting onlineUrl', meetingSchema, { ...base, format: 'online', onlineUrl: bad }],
      ['service contact', serviceSchema, { ...base, contact: { website: bad } }],
      ['service provider', serviceSchema, { ...base, provider: org }],
      ['site settings contact', globalSchema, { locale: 'lv', siteName: 'X', contact: { website: bad } }],
    ];
    for (const [name, schema, value] of cases) {
      const result = schema.safeParse(value);
      expect(result.success, name).toBe(false);
      expect(result.error?.issues[0]?.path.at(-1), name).toMatch(/Url$|website/);
    }
  });

  it('pass when valid or empty, and empty ones are left out', () => {
    expect(resourceSchema.parse(resource(' https://www.integration.lv/lv/ ')).externalUrl).toBe('https://www.integration.lv/lv/');
    for (const empty of [null, undefined, '', '  ']) expect(resourceSchema.parse(resource(empty)).externalUrl).toBeUndefined();
  });

  it('fail the sync with a CmsError naming the content type, locale, entry and field', async () => {
    const error = await syncCollection(
      clientWith([
        resource('https://www.integration.lv/'),
        { ...resource('https://example.com:80a'), documentId: 'doc-r2', slug: 'broken-link' },
      ]),
      { endpoint: 'resources', schema: resourceSchema, locales: ['en'] },
      memoryContext(),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CmsError);
    expect((error as CmsError).message).toBe(
      'CMS resources, entry "broken-link", locale en: externalUrl: not a valid http(s) address: "https://example.com:80a"',
    );
    expect(error).toMatchObject({ contentType: 'resources', locale: 'en', entry: 'broken-link' });
  });
});
