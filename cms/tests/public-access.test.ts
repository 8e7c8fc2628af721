import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '@integra/contract/locales';
import { bootStrapi, type BootedStrapi } from './helpers/boot-strapi';
import { createApiToken } from './helpers/api-token';
import { runSeed, type SeedReport } from '../seed';

let cms: BootedStrapi;
let firstRun: SeedReport;
let secondRun: SeedReport;
const ENDPOINTS = ['services', 'events', 'resources', 'dialogue-meetings'];
const PUBLIC_TYPES = [
  'api::service.service',
  'api::event.event',
  'api::resource.resource',
  'api::dialogue-meeting.dialogue-meeting',
  'api::page.page',
];

const countAll = async () =>
  Object.fromEntries(await Promise.all(PUBLIC_TYPES.map(async (uid) => [uid, await cms.strapi.db.query(uid as never).count({})] as const)));

const EDITOR = { email: 'editor@example.lv', password: 'Editor-Password-1' };

beforeAll(async () => {
  cms = await bootStrapi({ env: { ADMIN_EMAIL: EDITOR.email, ADMIN_PASSWORD: EDITOR.password } });
  firstRun = await runSeed(cms.strapi);
});
afterAll(() => cms?.stop());

const get = (path: string, token?: string) => fetch(`${cms.url}${path}`, token ? { headers: { Authorization: `Bearer ${token}` } } : {});

describe('seed', () => {
  it('creates the promised demo content', () => {
    expect(firstRun.created).toMatchObject({
      'api::service.service': 12,
      'api::event.event': 10,
      'api::resource.resource': 8,
      'api::dialogue-meeting.dialogue-meeting': 6,
    });
  });

  it('is idempotent: a second run creates nothing and leaves the counts equal', async () => {
    const before = await countAll();
    secondRun = await runSeed(cms.strapi);
    expect(secondRun.created).toEqual({});
    expect(await countAll()).toEqual(before);
  });

  it('turns the real 2020 article into the Latvian original of a meeting, translated to English and Russian only', async () => {
    const meeting = await cms.strapi.documents('api::dialogue-meeting.dialogue-meeting').findFirst({
      locale: 'lv',
      filters: { start: { $lt: '2021-01-01' } },
      populate: { quotes: true, participants: true },
    });
    expect(meeting?.title).toBe('Dialoga platforma turpinās iebraucēju integrāciju Latvijā');
    expect(meeting?.start).toBe('2020-09-22T07:00:00.000Z');
    expect(meeting?.quotes?.[0]?.speaker).toBe('Astrīda Leščinska');
    const locales = await cms.strapi.db
      .query('api::dialogue-meeting.dialogue-meeting')
      .findMany({ where: { documentId: meeting!.documentId, publishedAt: { $notNull: true } } });
    expect(locales.map((m: { locale: string }) => m.locale).sort()).toEqual(['en', 'lv', 'ru']);
  });
});

describe('public REST access', () => {
  it('reads published entries of the four content types in every locale', async () => {
    for (const endpoint of ENDPOINTS) {
      for (const locale of LOCALES) {
        const response = await get(`/api/${endpoint}?locale=${locale}`);
        expect(response.status, `${endpoint} ${locale}`).toBe(200);
        const body = await response.json();
        expect(body.data.length, `${endpoint} ${locale}`).toBeGreaterThan(0);
        expect(body.data.every((entry: { locale: string }) => entry.locale === locale)).toBe(true);
      }
    }
  });

  it('leaves Ukrainian translations missing for some entries, so fallbacks are real', async () => {
    const lv = await (await get('/api/services?locale=lv')).json();
    const uk = await (await get('/api/services?locale=uk')).json();
    expect(uk.meta.pagination.total).toBeLessThan(lv.meta.pagination.total);
  });

  describe('drafts', () => {
    let draftId: string;
    beforeAll(async () => {
      const draft = await cms.strapi.documents('api::service.service').create({
        locale: 'lv',
        data: { title: 'Nepublicēts pakalpojums', slug: 'nepublicets-pakalpojums', summary: 'Melnraksts.' },
      });
      draftId = draft.documentId;
    });

    it('refuses ?status=draft to the Public role on lists and single entries', async () => {
      expect((await get('/api/services?status=draft')).status).toBe(403);
      expect((await get(`/api/services/${draftId}?status=draft`)).status).toBe(403);
      expect((await get('/api/services?publicationState=preview')).status).toBe(403);
    });

    it('does not list or serve an unpublished entry to the public', async () => {
      expect((await get(`/api/services/${draftId}`)).status).toBe(404);
      const list = await (await get('/api/services?locale=lv&pagination[pageSize]=100')).json();
      expect(list.data.map((s: { documentId: string }) => s.documentId)).not.toContain(draftId);
    });

    it('serves the draft to a read-only API token, as preview needs', async () => {
      const token = await createApiToken(cms.strapi, 'read-only');
      const response = await get(`/api/services/${draftId}?status=draft`, token);
      expect(response.status).toBe(200);
      expect((await response.json()).data.title).toBe('Nepublicēts pakalpojums');
    });
  });

  it('refuses every write, users and uploads to the Public role', async () => {
    const json = { 'Content-Type': 'application/json' };
    const payload = JSON.stringify({ data: { title: 'x' } });
    const someService = (await (await get('/api/services?locale=lv')).json()).data[0].documentId;
    expect((await fetch(`${cms.url}/api/services`, { method: 'POST', headers: json, body: payload })).status).toBe(403);
    expect((await fetch(`${cms.url}/api/services/${someService}`, { method: 'PUT', headers: json, body: payload })).status).toBe(403);
    expect((await fetch(`${cms.url}/api/services/${someService}`, { method: 'DELETE' })).status).toBe(403);
    expect((await get('/api/users')).status).toBe(403);
    expect((await fetch(`${cms.url}/api/upload`, { method: 'POST' })).status).toBe(403);
  });
});

describe('validation through the API', () => {
  let token: string;
  beforeAll(async () => {
    token = await createApiToken(cms.strapi, 'full-access');
  });
  const post = (endpoint: string, data: Record<string, unknown>, query = '') =>
    fetch(`${cms.url}/api/${endpoint}${query}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ data }),
    });

  const backwards = {
    title: 'Atpakaļ laikā',
    slug: 'atpakal-laika',
    summary: 'x',
    start: '2027-03-01T10:00:00Z',
    end: '2027-03-01T09:00:00Z',
  };
  const expectEndBeforeStartRefused = async (response: Response) => {
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.message).toMatch(/end is before the start/);
    expect(body.error.details.errors[0].path).toEqual(['end']);
  };

  it('rejects an event that ends before it starts, with a message that says so', async () => {
    await expectEndBeforeStartRefused(await post('events', backwards));
  });

  it('rejects a Dialogue meeting that ends before it starts, also when an edit moves only the end', async () => {
    await expectEndBeforeStartRefused(await post('dialogue-meetings', { ...backwards, format: 'online' }));
    const created = await post('dialogue-meetings', { ...backwards, end: '2027-03-01T12:00:00Z', format: 'online' }, '?status=draft');
    expect(created.status).toBe(201);
    const { documentId } = (await created.json()).data;
    const edited = await fetch(`${cms.url}/api/dialogue-meetings/${documentId}?status=draft`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ data: { end: '2027-03-01T08:00:00Z' } }),
    });
    await expectEndBeforeStartRefused(edited);
  });

  it('refuses to publish a resource with neither a file nor a URL, but keeps it as a draft', async () => {
    const published = await post('resources', { title: 'Tukšs materiāls', slug: 'tukss-materials', summary: 'x', kind: 'guide' });
    expect(published.status).toBe(400);
    expect((await published.json()).error.message).toMatch(/at least one file or an external URL/);
    const draft = await post(
      'resources',
      { title: 'Tukšs materiāls', slug: 'tukss-materials', summary: 'x', kind: 'guide' },
      '?status=draft',
    );
    expect(draft.status).toBe(201);
  });

  it('rejects a second published service with a slug already used in the same locale', async () => {
    const first = await post('services', { title: 'Dublikāts', slug: 'dublikats', summary: 'x' });
    expect(first.status).toBe(201);
    const second = await post('services', { title: 'Dublikāts 2', slug: 'dublikats', summary: 'x' });
    expect(second.status).toBe(400);
    expect(JSON.stringify(await second.json())).toMatch(/unique/);
  });
});

describe('translation status for editors', () => {
  const report = async (jwt?: string) =>
    fetch(`${cms.url}/integra/translation-status`, jwt ? { headers: { Authorization: `Bearer ${jwt}` } } : {});
  const login = async () => {
    const response = await fetch(`${cms.url}/admin/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(EDITOR),
    });
    return ((await response.json()) as { data: { token: string } }).data.token;
  };
  type Report = {
    contentType: string;
    documents: number;
    locales: Record<string, { missing: number; outdated: number }>;
    incomplete: { documentId: string; missing: string[]; outdated: string[] }[];
  }[];

  it('is for signed-in admin users only', async () => {
    expect((await report()).status).toBe(401);
    expect((await report(await createApiToken(cms.strapi, 'full-access'))).status).toBe(401);
  });

  it('finds the missing Ukrainian translations of the demo content, and a translation outdated by an edit of the original', async () => {
    const jwt = await login();
    const before = ((await (await report(jwt)).json()) as { data: Report }).data;
    const services = before.find((t) => t.contentType === 'services')!;
    expect(services.documents).toBeGreaterThanOrEqual(12); // the seed's, and those tests above made
    expect(services.locales.uk!.missing).toBeGreaterThan(0);

    // An editor changes the Latvian original of a service that has an English translation.
    const english = await cms.strapi.documents('api::service.service').findFirst({ locale: 'en', status: 'draft' });
    await new Promise((r) => setTimeout(r, 10));
    await cms.strapi
      .documents('api::service.service')
      .update({ documentId: english!.documentId, locale: 'lv', data: { summary: 'Jauns kopsavilkums.' } as never });

    const after = ((await (await report(jwt)).json()) as { data: Report }).data.find((t) => t.contentType === 'services')!;
    expect(after.locales.en!.outdated).toBe(services.locales.en!.outdated + 1);
    expect(after.incomplete.find((d) => d.documentId === english!.documentId)?.outdated).toContain('en');
  });
});
