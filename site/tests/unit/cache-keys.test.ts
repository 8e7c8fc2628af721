import { describe, expect, it } from 'vitest';
import {
  cacheKeyOf,
  documentPageKey,
  keyByDigest,
  keyDerivedByDigest,
  listPageKey,
  stableStringify,
  type LocaleContext,
} from '../../src/lib/cache-keys';

const context: LocaleContext = {
  locale: 'en',
  settings: { siteName: 'Integra', contact: { phone: '+371 1' }, footerLinks: [{ label: 'About', url: '/en/info/about/' }] },
  dictionary: { 'nav.home': 'Home', 'services.category': 'Category' },
};
const service = {
  documentId: 'd1',
  locale: 'en',
  slug: 'advice',
  title: 'Advice',
  summary: 'Free advice',
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Hello' }] }],
  category: { documentId: 'c1', name: 'Work', slug: 'work' },
  provider: { documentId: 'o1', name: 'Centre' },
  topics: [{ documentId: 't1', name: 'Housing', slug: 'housing' }],
  contact: { venue: { name: 'Hall', address: 'Riga' } },
};
const page = { entry: service, isFallback: false, alternates: [{ locale: 'lv', url: '/lv/pakalpojumi/konsultacijas/', translated: true }] };
const key = (changes: { context?: Partial<LocaleContext>; page?: Partial<typeof page>; members?: unknown } = {}) =>
  documentPageKey({ ...context, ...changes.context }, { ...page, ...changes.page }, changes.members);

describe('stableStringify', () => {
  it('gives the same text whatever order the fields come in', () => {
    expect(stableStringify({ b: 1, a: { d: 2, c: [3, { f: 4, e: 5 }] } })).toBe(
      stableStringify({ a: { c: [3, { e: 5, f: 4 }], d: 2 }, b: 1 }),
    );
    expect(stableStringify({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });
  it('keeps the order of lists, which pages show in that order', () => {
    expect(stableStringify([1, 2])).not.toBe(stableStringify([2, 1]));
  });
  it('treats undefined like JSON does, and tells null, missing, empty and zero apart', () => {
    expect(stableStringify({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(stableStringify([undefined])).toBe('[null]');
    expect(stableStringify(undefined)).toBe('null');
    const texts = [{}, { a: null }, { a: '' }, { a: 0 }, { a: false }, { a: [] }, { a: {} }].map(stableStringify);
    expect(new Set(texts).size).toBe(texts.length);
  });
  it('writes dates, URLs, maps and sets as their data', () => {
    expect(stableStringify({ at: new Date('2026-01-02T03:04:05Z') })).toBe('{"at":"2026-01-02T03:04:05.000Z"}');
    expect(stableStringify(new URL('https://a.lv/x'))).toBe('"https://a.lv/x"');
    expect(stableStringify(new Map([['k', { b: 1, a: 2 }]]))).toBe('[["k",{"a":2,"b":1}]]');
    expect(stableStringify(new Set(['x']))).toBe('["x"]');
  });
  it('refuses functions, which are not data', () => {
    expect(() => stableStringify({ f: () => 1 })).toThrow(TypeError);
  });
});

describe('cacheKeyOf', () => {
  it('is a SHA-256 hex digest that depends only on the data', () => {
    expect(cacheKeyOf({ a: 1, b: 2 })).toMatch(/^[0-9a-f]{64}$/);
    expect(cacheKeyOf({ a: 1, b: 2 })).toBe(cacheKeyOf({ b: 2, a: 1 }));
    expect(cacheKeyOf({ a: 1 })).not.toBe(cacheKeyOf({ a: 2 }));
  });
});

describe('documentPageKey', () => {
  it('is stable for the same data', () => {
    expect(key()).toBe(key({ page: structuredClone(page) }));
  });
  it('changes with any field of the document, a rich-text word included', () => {
    const changed = structuredClone(service);
    changed.body[0]!.children[0]!.text = 'Hello!';
    expect(key({ page: { entry: changed } })).not.toBe(key());
    expect(key({ page: { entry: { ...service, title: 'Advice 2' } } })).not.toBe(key());
    expect(key({ page: { entry: { ...service, slug: 'advice-2' } } })).not.toBe(key());
  });
  it('changes with every related entry the page prints: category, organisation, topic, venue', () => {
    const renamed = [
      { ...service, category: { ...service.category, name: 'Jobs' } },
      { ...service, provider: { ...service.provider, name: 'Centre Ltd' } },
      { ...service, topics: [{ ...service.topics[0]!, name: 'Homes' }] },
      { ...service, contact: { venue: { name: 'Hall', address: 'Jelgava' } } },
    ];
    const keys = renamed.map((entry) => key({ page: { entry } }));
    expect(new Set([key(), ...keys]).size).toBe(renamed.length + 1);
  });
  it('changes with any other prop the page is given, such as the Latvian title beside a translation', () => {
    expect(key({ page: { latvianTitle: 'Konsultācijas' } as Partial<typeof page> })).not.toBe(key());
    expect(key({ page: { latvianTitle: 'Konsultācijas' } as Partial<typeof page> })).not.toBe(
      key({ page: { latvianTitle: 'Konsultācijas 2' } as Partial<typeof page> }),
    );
  });
  it('changes when the page turns from a translation into a fallback to the original', () => {
    expect(key({ page: { isFallback: true } })).not.toBe(key());
  });
  it('changes when a language version appears, disappears or moves', () => {
    expect(key({ page: { alternates: [] } })).not.toBe(key());
    expect(key({ page: { alternates: [{ locale: 'lv', url: '/lv/pakalpojumi/cits/', translated: true }] } })).not.toBe(key());
  });
  it('changes with the site settings and the UI dictionary of the locale, and with the locale', () => {
    expect(key({ context: { settings: { siteName: 'Integra 2' } } })).not.toBe(key());
    expect(key({ context: { dictionary: { 'nav.home': 'Start' } } })).not.toBe(key());
    expect(key({ context: { locale: 'uk' } })).not.toBe(key());
  });
  it('changes with the listed members: one changed, added, removed or reordered', () => {
    const members = [
      { entry: { slug: 'a', title: 'A' }, isFallback: false },
      { entry: { slug: 'b', title: 'B' }, isFallback: true },
    ];
    const base = key({ members });
    expect(key({ members: structuredClone(members) })).toBe(base);
    const variants = [
      [{ ...members[0]!, entry: { slug: 'a', title: 'A!' } }, members[1]],
      [...members, { entry: { slug: 'c', title: 'C' }, isFallback: false }],
      [members[0]],
      [members[1], members[0]],
      [members[0], { ...members[1]!, isFallback: false }],
    ];
    const keys = variants.map((m) => key({ members: m }));
    expect(new Set([base, key(), ...keys]).size).toBe(variants.length + 2);
  });
});

describe('listPageKey', () => {
  it('changes with any list and with the context, and never equals a document key of the same data', () => {
    const lists = { services: [{ title: 'A' }], events: [] };
    expect(listPageKey(context, lists)).toBe(listPageKey(context, structuredClone(lists)));
    expect(listPageKey(context, { ...lists, events: [{ title: 'E' }] })).not.toBe(listPageKey(context, lists));
    expect(listPageKey(context, { ...lists, services: [] })).not.toBe(listPageKey(context, lists));
    expect(listPageKey({ ...context, settings: {} }, lists)).not.toBe(listPageKey(context, lists));
    expect(listPageKey({ ...context, locale: 'lv' }, lists)).not.toBe(listPageKey(context, lists));
    expect(listPageKey(context, { page } as Record<string, unknown>)).not.toBe(documentPageKey(context, page));
  });
});

describe('keys of entries derived from one with a digest', () => {
  it('change with what replaced the fields, and differ from the original entry', () => {
    const original = { ...service };
    keyByDigest(original, 'digest-1');
    const derived = (topicName: string) => {
      const entry = { ...original, topics: [{ documentId: 't1', name: topicName, slug: 'x' }] };
      keyDerivedByDigest(original, entry, { topics: entry.topics });
      return documentPageKey(context, { ...page, entry });
    };
    expect(derived('Darbs')).toBe(derived('Darbs'));
    expect(derived('Работа')).not.toBe(derived('Darbs'));
    expect(derived('Darbs')).not.toBe(documentPageKey(context, { ...page, entry: original }));
    // The digests stand for the entry: its other fields are not read again.
    const topics = [{ documentId: 't1', name: 'Darbs', slug: 'x' }];
    const unread = { ...original, title: 'not read', topics };
    keyDerivedByDigest(original, unread, { topics });
    expect(documentPageKey(context, { ...page, entry: unread })).toBe(derived('Darbs'));
  });
});

describe('keys of entries with a loader digest', () => {
  it("take the entry's digest, so equal digests give equal keys and another digest another key", () => {
    const withDigest = (digest: string, title: string) => {
      const entry = { ...service, title };
      keyByDigest(entry, digest);
      return documentPageKey(context, { ...page, entry });
    };
    // The digest stands for the whole entry: its fields are not read again.
    expect(withDigest('digest-1', 'Advice')).toBe(withDigest('digest-1', 'Other text'));
    expect(withDigest('digest-2', 'Advice')).not.toBe(withDigest('digest-1', 'Advice'));
    // An entry without a digest is keyed by its data, and never equals one with a digest.
    expect(documentPageKey(context, page)).not.toBe(withDigest('digest-1', 'Advice'));
    // Listed members are keyed by their digests too.
    const member = { ...service };
    keyByDigest(member, 'member-1');
    const listed = documentPageKey(context, page, [member]);
    keyByDigest(member, 'member-2');
    expect(documentPageKey(context, page, [member])).not.toBe(listed);
  });

  it('change with the code that turns CMS entries into page data', () => {
    expect(documentPageKey({ ...context, contentCode: 'a' }, page)).not.toBe(documentPageKey({ ...context, contentCode: 'b' }, page));
  });
});
