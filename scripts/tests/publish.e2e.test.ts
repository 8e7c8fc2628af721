import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { treeFingerprint } from '../lib/tree-fingerprint.ts';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '@integra/harness/browser';
import { asEditor } from '@integra/harness/cms-process';
import { TEST_ADMIN, type TestCms } from '@integra/harness/test-cms';
import type { Publisher } from '../lib/publisher/index.ts';
import { startLiveSite, type LiveSite } from './fixtures/live-site.ts';
import { paths } from '@integra/site/urls';

const SECRET = 'e2e-webhook-secret-0123456789';
let cms: TestCms;
let publisher: Publisher;
let dataDir: string;
let live: LiveSite;
let siteOrigin: string;
let publisherUrl: string;
let browser: Browser;

/** Result paths of a Pagefind search on the live site, in the page's language. */
async function searchLive(locale: string, query: string): Promise<string[]> {
  const page = await browser.newPage();
  try {
    await page.goto(`${siteOrigin}${paths.search(locale)}`);
    // A string, not a function: the test runner would rewrite import() inside a function.
    return await page.evaluate(`(async () => {
      const bundle = document.getElementById('search').dataset.bundle;
      const pagefind = await import(bundle + 'pagefind.js');
      await pagefind.init();
      const found = await pagefind.search(${JSON.stringify(query)});
      return Promise.all(found.results.map(async (r) => new URL((await r.data()).url, location.href).pathname));
    })()`);
  } finally {
    await page.close();
  }
}

const status = async () => (await fetch(`${publisherUrl}/status`, { headers: { Authorization: `Bearer ${SECRET}` } })).json();
const liveFile = (p: string) => path.join(dataDir, 'live', p);
/** Every HTML file under a folder of the live release, with its text. */
async function htmlFiles(dir: string): Promise<{ path: string; text: string }[]> {
  const found: { path: string; text: string }[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await htmlFiles(full)));
    else if (entry.name.endsWith('.html')) found.push({ path: full, text: await readFile(full, 'utf8') });
  }
  return found;
}
const exists = (p: string) =>
  stat(p).then(
    () => true,
    () => false,
  );

beforeAll(async () => {
  live = await startLiveSite({ secret: SECRET, tempPrefix: 'integra-publish-' });
  ({ cms, publisher, dataDir, origin: siteOrigin, publisherUrl } = live);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await live?.stop();
});

describe('publish to live', () => {
  const slug = 'e2e-tulka-pakalpojumi';
  let documentId: string;

  it('builds the seeded site from the webhook burst and puts it live', async () => {
    expect(await exists(liveFile('lv/index.html'))).toBe(true);
    expect((await status()).lastBuild).toMatchObject({ result: 'success' });
  });

  it('publishing a service through Strapi puts its page live and into search', async () => {
    const started = Date.now();
    const response = await fetch(`${cms.url}/api/services?locale=lv`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${cms.token}` },
      body: JSON.stringify({
        data: { title: 'Tulka pakalpojumi iestādēs', slug, summary: 'Bezmaksas tulks saziņai ar valsts iestādēm, kad nerunājat latviski.' },
      }),
    });
    expect(response.status).toBe(201);
    documentId = (await response.json()).data.documentId;
    await new Promise((r) => setTimeout(r, 300));
    await publisher.scheduler.idle();
    console.log(`publish-to-live: ${Date.now() - started} ms (webhook, debounce 1 s, build, checks, switch)`);
    expect(await exists(liveFile(`${paths.service('lv', slug).slice(1)}index.html`))).toBe(true);
    expect(await searchLive('lv', 'tulka')).toContain(`/lv/pakalpojumi/${slug}/`);
  });

  it('unpublishing it in the admin takes it off the live site and out of search', async () => {
    const path = `${documentId}/actions/unpublish?locale=lv`;
    expect(await asEditor(cms.url, TEST_ADMIN, { method: 'POST', uid: 'api::service.service', path })).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    await publisher.scheduler.idle();
    expect(await exists(liveFile(`${paths.service('lv', slug).slice(1)}index.html`))).toBe(false);
    expect((await fetch(`${siteOrigin}/lv/pakalpojumi/${slug}/`)).status).toBe(404);
    expect(await searchLive('lv', 'tulka')).not.toContain(`/lv/pakalpojumi/${slug}/`);
  });

  it('publishing several entries at once in the admin (bulk publish) leads to one build', async () => {
    const titles = ['Latviešu valodas klubs', 'Konsultāciju diena Daugavpilī', 'Darba tirgus seminārs'];
    const documentIds: string[] = [];
    for (const [i, title] of titles.entries()) {
      const created = await fetch(`${cms.url}/api/events?locale=lv&status=draft`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${cms.token}` },
        body: JSON.stringify({
          data: { title, slug: `e2e-bulk-${i}`, summary: title, start: '2030-03-0' + (i + 1) + 'T10:00:00.000Z', allDay: false },
        }),
      });
      expect(created.status).toBe(201);
      documentIds.push((await created.json()).data.documentId);
    }
    await new Promise((r) => setTimeout(r, 1500));
    await publisher.scheduler.idle();
    const buildsBefore = publisher.buildCount();
    const path = 'actions/bulkPublish?locale=lv';
    expect(await asEditor(cms.url, TEST_ADMIN, { method: 'POST', uid: 'api::event.event', path, body: { documentIds } })).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    await publisher.scheduler.idle();
    expect(publisher.buildCount() - buildsBefore).toBe(1);
    for (const i of titles.keys()) expect(await exists(liveFile(`${paths.event('lv', `e2e-bulk-${i}`).slice(1)}index.html`))).toBe(true);
  });

  it('renaming a category (no draft/publish) in the admin puts the new name on every live page that showed it', async () => {
    const slug = 'uzturesanas-un-dokumenti';
    const oldName = 'Uzturēšanās un dokumenti';
    const newName = 'Uzturēšanās atļaujas un dokumenti';
    const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${cms.token}` };
    const found = await fetch(`${cms.url}/api/categories?locale=lv&filters[slug][$eq]=${slug}`, { headers });
    const category = ((await found.json()) as { data: { documentId: string; name: string }[] }).data[0]!;
    expect(category.name).toBe(oldName);
    // Every live page that names the category now: its own page, its services, the lists.
    const pages = (await htmlFiles(liveFile('lv'))).filter((file) => file.text.includes(oldName)).map((file) => file.path);
    expect(pages).toEqual(expect.arrayContaining([liveFile(`${paths.category('lv', slug).slice(1)}index.html`)]));
    // a service's own page: one segment under the section
    const servicePage = new RegExp(`${paths.services('lv')}[^/]+/index\\.html$`);
    expect(pages.some((p) => servicePage.test(p) && !p.includes(paths.category('lv', '')))).toBe(true);

    // As the admin's Save button does: the Content Manager's API with an editor's session.
    const started = Date.now();
    const path = `${category.documentId}?locale=lv`;
    expect(await asEditor(cms.url, TEST_ADMIN, { method: 'PUT', uid: 'api::category.category', path, body: { name: newName } })).toBe(200);
    const shows = async (file: string, text: string) => (await readFile(file, 'utf8').catch(() => '')).includes(text);
    // The usual publish-to-live time here is well under a minute (debounce, a full content sync, build, switch).
    const until = Date.now() + 90_000;
    const stale = async () => {
      const left: string[] = [];
      for (const page of pages) if (!(await shows(page, newName)) || (await shows(page, oldName))) left.push(page);
      return left;
    };
    while ((await stale()).length > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 250));
    expect(await stale()).toEqual([]);
    console.log(`rename-to-live: ${Date.now() - started} ms on ${pages.length} pages`);
    expect((await fetch(`${siteOrigin}/lv/pakalpojumi/kategorija/${slug}/`).then((r) => r.text())).includes(newName)).toBe(true);
  });

  it('a build with the CMS down fails, leaves the live site byte-identical and says why in /status', async () => {
    const before = await treeFingerprint(liveFile(''));
    const liveBefore = (await status()).currentRelease;
    await cms.stop();
    const answer = await fetch(`${publisherUrl}/webhook`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${SECRET}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ event: 'entry.publish', model: 'service' }),
    });
    expect(answer.status).toBe(202);
    await new Promise((r) => setTimeout(r, 300));
    await publisher.scheduler.idle();
    const after = await status();
    expect(after.lastBuild).toMatchObject({ result: 'failure' });
    expect(after.lastBuild.error).toMatch(/cannot reach the CMS/);
    expect(after.currentRelease).toBe(liveBefore);
    expect(await treeFingerprint(liveFile(''))).toBe(before);
  });

  it('50 webhook calls within a second lead to at most 2 builds', async () => {
    const buildsBefore = publisher.buildCount();
    const calls = Array.from({ length: 50 }, (_, i) =>
      fetch(`${publisherUrl}/webhook`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${SECRET}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ event: i % 2 ? 'entry.publish' : 'entry.unpublish', model: 'event' }),
      }).then((r) => r.status),
    );
    expect(new Set(await Promise.all(calls))).toEqual(new Set([202]));
    await new Promise((r) => setTimeout(r, 300));
    await publisher.scheduler.idle();
    expect(publisher.buildCount() - buildsBefore).toBeGreaterThanOrEqual(1);
    expect(publisher.buildCount() - buildsBefore).toBeLessThanOrEqual(2);
  });
});
