import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startCms, freePort, type CmsServer } from './helpers/cms-server';
import { TEST_ADMIN } from '@integra/harness/test-cms';
import { createApiTokenAsAdmin } from '@integra/harness/cms-process';
import { buildPreviewServer, startPreviewServer } from '@integra/harness/preview-server';
import type { ServerProcess } from '@integra/harness/server-process';
import { hostileRequests, sendRaw, SLOW_REQUESTS } from '@integra/harness/hostile-http';
import { signPreviewPath, type PreviewTarget } from '@integra/contract/preview-link';
import { CONTENT_TYPES, PREVIEWABLE_KEYS } from '@integra/contract/content-types';
import { DEFAULT_LOCALE } from '@integra/contract/locales';
import lv from '../src/i18n/ui/lv';
import uk from '../src/i18n/ui/uk';
import en from '../src/i18n/ui/en';

const SECRET = 'preview-test-secret-0123456789';
const MARKER = 'Melnraksts-priekšskatījumam-7Q2';

let cms: CmsServer;
let work: string;
let preview: ServerProcess;
let draft: PreviewTarget;
let previewToken: string;

beforeAll(async () => {
  cms = await startCms();
  // An editor's unpublished Latvian service: no other locale, never published.
  const created = await fetch(`${cms.url}/api/services?locale=lv&status=draft`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${cms.token}` },
    body: JSON.stringify({ data: { title: MARKER, slug: 'melnraksts-7q2', summary: `${MARKER} kopsavilkums.` } }),
  });
  expect(created.status).toBe(201);
  const documentId = ((await created.json()) as { data: { documentId: string } }).data.documentId;
  draft = { type: 'services', locale: 'lv', documentId, status: 'draft' };

  work = await mkdtemp(path.join(os.tmpdir(), 'integra-preview-'));
  await buildPreviewServer({ cmsUrl: cms.url, siteUrl: 'http://localhost:4321', cacheDir: path.join(work, 'cache') });
  preview = await startPreviewServer({
    port: await freePort(),
    cmsUrl: cms.url,
    cmsToken: (previewToken = await createApiTokenAsAdmin(cms.url, TEST_ADMIN, 'read-only')),
    secret: SECRET,
    frameAncestors: 'http://localhost:1337',
  });
}, 300_000);

afterAll(async () => {
  await preview?.stop();
  await cms?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

const open = (target: PreviewTarget, options: { now?: number; secret?: string } = {}) =>
  fetch(`${preview.url}${signPreviewPath(target, options.secret ?? SECRET, { now: options.now })}`);

/** The draft preview of a demo service translated into English, and its Latvian title. */
async function seededService(): Promise<PreviewTarget & { latvianTitle: string }> {
  const found = await fetch(`${cms.url}/api/services?locale=lv&filters[slug][$eq]=uzturesanas-atlaujas-pieprasisana`, {
    headers: { Authorization: `Bearer ${cms.token}` },
  });
  const [service] = ((await found.json()) as { data: { documentId: string; title: string }[] }).data;
  return { type: 'services', locale: 'lv', documentId: service!.documentId, status: 'draft', latvianTitle: service!.title };
}

/** Saves a locale's draft of a service again, unchanged, as an editor's Save does; its new updatedAt. */
async function saveDraft(documentId: string, locale: string): Promise<string> {
  const url = `${cms.url}/api/services/${documentId}?locale=${locale}&status=draft`;
  const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${cms.token}` };
  const { summary } = ((await (await fetch(url, { headers })).json()) as { data: { summary: string } }).data;
  // status=draft: the REST API would publish the edit otherwise.
  const saved = await fetch(url, { method: 'PUT', headers, body: JSON.stringify({ data: { summary } }) });
  expect(saved.status).toBe(200);
  return ((await saved.json()) as { data: { updatedAt: string } }).data.updatedAt;
}

describe('draft preview', () => {
  it('renders the draft with the public page components, in its locale', async () => {
    const response = await open(draft);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(new RegExp(`<h1[^>]*>${MARKER}</h1>`));
    expect(html).toContain('<html lang="lv"');
    expect(html).toContain('class="site-header"');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain(`img-src 'self' data: ${new URL(cms.url).origin}`);
    expect(policy).toMatch(/frame-ancestors http:\/\/localhost:1337$/);
  });

  it('renders every previewable type of the registry with its own page', async () => {
    for (const type of PREVIEWABLE_KEYS) {
      const { endpoint, dictionaryKey } = CONTENT_TYPES[type];
      const listed = await fetch(`${cms.url}/api/${endpoint}?locale=${DEFAULT_LOCALE}&pagination[pageSize]=1`, {
        headers: { Authorization: `Bearer ${cms.token}` },
      });
      const [entry] = ((await listed.json()) as { data: { documentId: string; title: string }[] }).data;
      expect(entry, `a seeded ${type} document`).toBeDefined();
      const response = await open({ type, locale: DEFAULT_LOCALE, documentId: entry!.documentId, status: 'published' });
      expect(response.status, type).toBe(200);
      const html = await response.text();
      expect(html, type).toContain(`>${entry!.title}</h1>`);
      expect(html, `${type} names its type`).toContain(`>${lv[dictionaryKey]}</p>`);
    }
  });

  it('shows a locale without a translation as the public site would: the original with the fallback notice', async () => {
    const response = await open({ ...draft, locale: 'uk' });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="uk"');
    expect(html).toContain(uk['fallback.notice']);
    expect(html).toContain(MARKER);
  });

  it('shows an edit on reload, without any rebuild', async () => {
    // status=draft: the REST API would publish the edit otherwise.
    await fetch(`${cms.url}/api/services/${draft.documentId}?locale=lv&status=draft`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${cms.token}` },
      body: JSON.stringify({ data: { summary: 'Labots kopsavilkums 7Q2.' } }),
    });
    expect(await (await open(draft)).text()).toContain('Labots kopsavilkums 7Q2.');
  });

  it('refuses a link with a wrong signature, or signed for another document or status', async () => {
    expect((await open(draft, { secret: 'another-secret-0123456789' })).status).toBe(403);
    const signed = signPreviewPath(draft, SECRET);
    const bent = signed.replace(draft.documentId, 'aaaaaaaaaaaaaaaaaaaaaaaa');
    expect((await fetch(`${preview.url}${bent}`)).status).toBe(403);
    expect((await fetch(`${preview.url}${signed.replace('status=draft', 'status=published')}`)).status).toBe(403);
    const refused = await fetch(`${preview.url}${signed.replace(/sig=[^&]+/, 'sig=')}`);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('Šī priekšskatījuma saite nav derīga');
  });

  it('refuses an expired link with 410', async () => {
    const response = await open(draft, { now: Date.now() - 31 * 60 * 1000 });
    expect(response.status).toBe(410);
  });

  it('gives the links on a preview page the expiry of the link that opened it, so none outlives it', async () => {
    const ttlSeconds = 20;
    const opened = signPreviewPath(draft, SECRET, { ttlSeconds });
    const exp = new URL(opened, preview.url).searchParams.get('exp');
    const response = await fetch(`${preview.url}${opened}`);
    expect(response.status).toBe(200);
    // Every signed link on the page, relative or absolute (hreflang): the same draft in each locale.
    const html = await response.text();
    const links = [
      ...new Set(
        [...html.matchAll(/href="(?:https?:\/\/[^/"]+)?(\/preview\/[^"]*sig=[^"]*)"/g)].map((m) => m[1]!.replace(/&(?:amp|#38);/g, '&')),
      ),
    ];
    expect(links.length).toBeGreaterThanOrEqual(2);
    for (const link of links) expect(new URL(link, preview.url).searchParams.get('exp'), link).toBe(exp);
    const other = links.find((link) => !link.includes('/lv/'))!;
    expect((await fetch(`${preview.url}${other}`)).status).toBe(200);

    // Once the original has expired, nothing taken from its page works either.
    const deadline = Date.now() + (ttlSeconds + 15) * 1000;
    let status = 200;
    while (status !== 410 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      status = (await fetch(`${preview.url}${opened}`)).status;
    }
    expect(status).toBe(410);
    for (const link of links) expect((await fetch(`${preview.url}${link}`)).status, link).toBe(410);
  }, 90_000);

  it('shows the Latvian title under the title of a translation, as the public page does', async () => {
    const translated = await seededService();
    const html = await (await open({ ...translated, locale: 'en' })).text();
    expect(html).toMatch(/<h1[^>]*>Applying for a residence permit<\/h1>\s*<p class="original-title">/);
    expect(html).toContain(`<span lang="lv">${translated.latvianTitle}</span>`);
    expect(await (await open(translated)).text()).not.toMatch(/<p class="original-title/);
  });

  it('tells when the Latvian draft was saved after the translation, links to its preview, and stops once the translation is saved', async () => {
    const translated = await seededService();
    const notice = /<p class="notice quiet" role="note"[^>]*>(.*?)<\/p>/s;
    expect(await (await open({ ...translated, locale: 'en' })).text()).not.toMatch(notice);

    const savedAt = await saveDraft(translated.documentId, 'lv');
    const shown = notice.exec(await (await open({ ...translated, locale: 'en' })).text())?.[1] ?? '';
    expect(shown).toContain(en['outdated.notice'].split('{date}')[0]);
    expect(shown).toContain(`<time datetime="${savedAt}">`);
    const link = /<a href="([^"]+)" hreflang="lv">/.exec(shown)?.[1]?.replace(/&(?:amp|#38);/g, '&');
    expect(link).toMatch(new RegExp(`^/preview/services/lv/${translated.documentId}/\\?`));
    expect((await fetch(`${preview.url}${link}`)).status).toBe(200);

    await saveDraft(translated.documentId, 'en');
    expect(await (await open({ ...translated, locale: 'en' })).text()).not.toMatch(notice);
  });

  it('answers 404 for a published-status link to a never-published draft, and for anything but previews', async () => {
    expect((await open({ ...draft, status: 'published' })).status).toBe(404);
    expect((await fetch(`${preview.url}/lv/`)).status).toBe(404);
  });

  it('answers malformed and bent preview links with 4xx, never with its token or secret', async () => {
    const signed = new URL(signPreviewPath(draft, SECRET), preview.url);
    const query = signed.searchParams;
    const base = `/preview/${draft.type}/${draft.locale}`;
    const targets = [
      `${base}/%FF/${signed.search}`,
      `${base}/%c0%ae%c0%ae/${signed.search}`,
      `${base}/..%2F..%2Fetc%2Fpasswd/${signed.search}`,
      `${base}/${'x'.repeat(10_000)}/${signed.search}`,
      `${base}/${draft.documentId}/?status=published&status=draft&exp=${query.get('exp')}&sig=${query.get('sig')}`,
      `${base}/${draft.documentId}/?status=draft&exp=-1&sig=${query.get('sig')}`,
      `${base}/${draft.documentId}/?status=draft&exp=1e400&sig=${query.get('sig')}`,
      `${base}/${draft.documentId}/?status=draft&exp=&sig=`,
      `${base}/${draft.documentId}/?status=draft&exp=${query.get('exp')}&sig=${'A'.repeat(43)}`,
      `${base}/${draft.documentId}/?status=draft&exp=${query.get('exp')}&sig=${'%FF'.repeat(3000)}`,
      // signed, but for a type or a locale the site does not have
      signPreviewPath({ ...draft, type: 'categories' }, SECRET),
      signPreviewPath({ ...draft, locale: 'de' }, SECRET),
    ];
    for (const target of targets) {
      const response = await fetch(`${preview.url}${target}`);
      const text = await response.text();
      expect(response.status, target.slice(0, 100)).toBeGreaterThanOrEqual(400);
      expect(response.status, target.slice(0, 100)).toBeLessThan(500);
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(previewToken);
    }
    expect((await open(draft)).status).toBe(200);
  });

  it('survives 1,000 hostile requests, never shows its token or secret, and keeps answering previews', async () => {
    const port = Number(new URL(preview.url).port);
    const kinds = new Set<string>();
    for (const [index, request] of hostileRequests(4, 1000).entries()) {
      const response = await sendRaw(port, request.raw, 3000);
      kinds.add(request.kind);
      expect(response.text, request.kind).not.toContain(SECRET);
      expect(response.text, request.kind).not.toContain(previewToken);
      // A render failure is the server's fault, never the request's: no 5xx.
      if (response.status !== 505) expect(response.status ?? 0, `${request.kind}: ${String(request.raw).slice(0, 60)}`).toBeLessThan(500);
      if (index % 50 === 0) expect((await open(draft)).status, `after ${request.kind}`).toBe(200);
    }
    expect(kinds.size).toBeGreaterThanOrEqual(15);
    const slow = await Promise.all(SLOW_REQUESTS.map((request) => sendRaw(port, request.raw, 30_000)));
    expect(slow.every((response) => response.closedByServer)).toBe(true);
    expect((await open(draft)).status).toBe(200);
  }, 240_000);
});
