import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { startCms, type CmsServer } from './helpers/cms-server';
import { createCmsClient } from '../src/lib/cms/client';
import { CmsError } from '../src/lib/cms/errors';
import { syncCollection, entryId } from '../src/lib/cms/loader';
import { serviceSchema } from '../src/lib/cms/schemas';
import { snapshotClient, writeSnapshot } from '../src/lib/cms/snapshot';
import { COLLECTIONS } from '../src/lib/cms/collections';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { LOCALES } from '../src/i18n/locales';

/** The parts of Astro's loader context the sync uses, kept in memory. */
function memoryContext() {
  const entries = new Map<string, { id: string; data: Record<string, unknown> }>();
  const meta = new Map<string, string>();
  return {
    entries,
    context: {
      store: {
        set: (e: { id: string; data: Record<string, unknown> }) => (entries.set(e.id, e), true),
        delete: (id: string) => void entries.delete(id),
        keys: () => [...entries.keys()],
        get: (id: string) => entries.get(id),
      },
      meta: {
        get: (k: string) => meta.get(k),
        set: (k: string, v: string) => void meta.set(k, v),
        has: (k: string) => meta.has(k),
        delete: (k: string) => void meta.delete(k),
      },
      logger: { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} },
    } as never,
  };
}

let cms: CmsServer;
beforeAll(async () => {
  cms = await startCms();
});
afterAll(() => cms?.stop());

const services = { endpoint: 'services', schema: serviceSchema, populate: { category: true, topics: true }, locales: LOCALES };
const write = (method: string, path: string, body?: unknown) =>
  fetch(`${cms.url}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${cms.token}` },
    body: body ? JSON.stringify(body) : undefined,
  });

describe('CMS client', () => {
  it('pages through every entry when a collection is larger than one page', async () => {
    const client = createCmsClient({ baseUrl: cms.url, pageSize: 5 });
    const all = await client.listAll('services', { locale: 'lv' });
    expect(all).toHaveLength(12);
    expect(new Set(all.map((s) => (s as { documentId: string }).documentId)).size).toBe(12);
    expect(client.requestCount()).toBe(3);
  });

  it('fails with a CmsError naming the content type after retrying an unreachable CMS', async () => {
    const client = createCmsClient({ baseUrl: 'http://127.0.0.1:9', retries: 2, retryDelayMs: 5 });
    const error = await client.listAll('events', { locale: 'ru' }).catch((e) => e);
    expect(error).toBeInstanceOf(CmsError);
    expect(error.message).toMatch(/CMS events, locale ru: cannot reach the CMS/);
    expect(client.requestCount()).toBe(3);
  });

  it('does not retry a request the CMS refuses', async () => {
    const client = createCmsClient({ baseUrl: cms.url, retries: 3, retryDelayMs: 5 });
    const error = await client.listAll('no-such-type').catch((e) => e);
    expect(error).toBeInstanceOf(CmsError);
    expect(error.message).toMatch(/answered 404/);
    expect(client.requestCount()).toBe(1);
  });
});

describe('content-layer sync', () => {
  const { entries, context } = memoryContext();
  let sync: () => ReturnType<typeof syncCollection>;
  beforeAll(() => {
    const c = createCmsClient({ baseUrl: cms.url });
    sync = () => syncCollection(c, services, context);
  });

  it('loads every locale, keyed by document and locale, with Ukrainian only where translated', async () => {
    const stats = await sync();
    expect(stats.lv).toEqual({ fetched: 12, removed: 0, full: true });
    const perLocale = (l: string) => [...entries.keys()].filter((k) => k.endsWith(`:${l}`)).length;
    expect(perLocale('lv')).toBe(12);
    expect(perLocale('en')).toBe(12);
    expect(perLocale('ru')).toBe(12);
    expect(perLocale('uk')).toBeGreaterThan(0);
    expect(perLocale('uk')).toBeLessThan(12);
  });

  it('fetches nothing on a rebuild when nothing changed', async () => {
    const stats = await sync();
    expect(Object.values(stats).map((s) => s.fetched)).toEqual([0, 0, 0, 0]);
  });

  it('fetches only the edited entry after an edit, and stores the new text', async () => {
    const [id] = [...entries.keys()].filter((k) => k.endsWith(':en'));
    const documentId = id!.split(':')[0]!;
    const response = await write('PUT', `/api/services/${documentId}?locale=en`, { data: { summary: 'Edited for the sync test.' } });
    expect(response.status).toBe(200);
    const stats = await sync();
    expect(stats.en!.fetched).toBe(1);
    expect(stats.lv!.fetched + stats.ru!.fetched + stats.uk!.fetched).toBe(0);
    expect(entries.get(entryId(documentId, 'en'))!.data.summary).toBe('Edited for the sync test.');
  });

  it('asks only how many entries each locale has when none left, however many pages they fill', async () => {
    const client = createCmsClient({ baseUrl: cms.url, pageSize: 5 });
    await syncCollection(client, services, context);
    const before = client.requestCount();
    const stats = await syncCollection(client, services, context);
    expect(Object.values(stats).map((s) => s.removed)).toEqual([0, 0, 0, 0]);
    // Per locale: the entries changed since the last sync, and the count.
    expect(client.requestCount() - before).toBe(2 * LOCALES.length);
  });

  it('removes a document that left while another arrived, though the count stayed the same', async () => {
    const lv = [...entries.keys()].filter((k) => k.endsWith(':lv'));
    const gone = lv[0]!.split(':')[0]!;
    const created = await write('POST', '/api/services?locale=lv', {
      data: { title: 'Jauns pakalpojums', slug: 'jauns-pakalpojums-sinhronizacijai', summary: 'Pievienots sinhronizācijas testam.' },
    });
    expect(created.status).toBe(201);
    expect((await write('DELETE', `/api/services/${gone}?locale=lv`)).status).toBe(204);
    const stats = await sync();
    expect(stats.lv).toMatchObject({ fetched: 1, removed: 1 });
    expect(entries.has(entryId(gone, 'lv'))).toBe(false);
    expect([...entries.keys()].filter((k) => k.endsWith(':lv'))).toHaveLength(lv.length);
  });

  it('fetches the whole locale again when the store lacks a published entry', async () => {
    // As if an entry had been published between the changes' request and the count of a sync.
    const [lost] = [...entries.keys()].filter((k) => k.endsWith(':ru'));
    const before = entries.get(lost!)!.data;
    entries.delete(lost!);
    const stats = await sync();
    expect(stats.ru).toMatchObject({ full: true, removed: 0 });
    expect(entries.get(lost!)!.data).toEqual(before);
    expect(Object.values(stats).map((s) => s.fetched)).toEqual([0, 0, stats.ru!.fetched, 0]);
  });

  it('drops what left the CMS on a full sync too (the nightly rebuild, CMS_FULL_SYNC)', async () => {
    // Not the document the next test deletes in every language.
    const taken = [...entries.keys()].find((k) => k.endsWith(':ru'))!.split(':')[0];
    const documentId = [...entries.keys()]
      .filter((k) => k.endsWith(':en'))
      .map((k) => k.split(':')[0]!)
      .find((d) => d !== taken)!;
    expect((await write('DELETE', `/api/services/${documentId}?locale=en`)).status).toBe(204);
    for (const locale of LOCALES) (context as unknown as { meta: Map<string, string> }).meta.delete(`lastSync:${locale}`);
    const stats = await sync();
    expect(stats.en).toMatchObject({ full: true, removed: 1 });
    expect(entries.has(entryId(documentId, 'en'))).toBe(false);
  });

  it('removes every language of a deleted document', async () => {
    const [id] = [...entries.keys()].filter((k) => k.endsWith(':ru'));
    const documentId = id!.split(':')[0]!;
    expect((await write('DELETE', `/api/services/${documentId}?locale=*`)).status).toBe(204);
    const stats = await sync();
    expect(Object.values(stats).reduce((n, s) => n + s.removed, 0)).toBeGreaterThanOrEqual(3);
    expect([...entries.keys()].some((k) => k.startsWith(`${documentId}:`))).toBe(false);
  });

  it('fails the build with the content type, locale and entry when data does not fit the schema', async () => {
    const strict = { ...services, schema: serviceSchema.and(z.object({ requiredBySite: z.string() })) };
    const error = await syncCollection(createCmsClient({ baseUrl: cms.url }), strict, memoryContext().context).catch((e) => e);
    expect(error).toBeInstanceOf(CmsError);
    expect(error.message).toMatch(
      /^CMS services, entry "[a-z0-9-]+", locale lv: requiredBySite: Invalid input: expected string, received undefined/,
    );
  });
});

describe('snapshot builds', () => {
  it('load exactly what a sync from the CMS loads, without the CMS', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'integra-snapshot-'));
    try {
      const file = path.join(dir, 'snapshot.json');
      await writeSnapshot(createCmsClient({ baseUrl: cms.url }), LOCALES, file);
      const fromCms = memoryContext();
      const fromFile = memoryContext();
      // The snapshot holds what the site's collections ask for, so compare like with like.
      const asTheSiteReadsIt = { ...COLLECTIONS.services, locales: LOCALES };
      await syncCollection(createCmsClient({ baseUrl: cms.url }), asTheSiteReadsIt, fromCms.context);
      await syncCollection(snapshotClient(file), asTheSiteReadsIt, fromFile.context);
      expect([...fromFile.entries.keys()].sort()).toEqual([...fromCms.entries.keys()].sort());
      expect([...fromFile.entries.values()].map((e) => e.data)).toEqual([...fromCms.entries.values()].map((e) => e.data));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
