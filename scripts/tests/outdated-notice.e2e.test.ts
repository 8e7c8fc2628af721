import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '@integra/harness/browser';
import { asEditor, freePort } from '@integra/harness/cms-process';
import { startTestCms, TEST_ADMIN, type TestCms } from '@integra/harness/test-cms';
import { createStaticServer } from '@integra/harness/static-server';
import { createPipeline, type Pipeline } from '../lib/publisher/pipeline.ts';
import { RELEASE_LOCALES } from '../lib/publisher/locales.ts';

// A reader of a translation is told when its Latvian original was changed after it. An editor
// publishes the Latvian original, the publisher rebuilds incrementally (as in production), and
// the English page carries the notice; the editor publishes the English translation, and after
// the next rebuild the notice is gone. Real CMS, real builds, Chromium on the live release.
// (axe and the HTML checker see the notice in the site suite, tests/browser/site.test.ts.)

const SERVICE = { lv: '/lv/pakalpojumi/uzturesanas-atlaujas-pieprasisana/', en: '/en/services/applying-for-a-residence-permit/' };
const UID = 'api::service.service';
let cms: TestCms;
let dataDir: string;
let pipeline: Pipeline;
let site: ReturnType<typeof createStaticServer>;
let origin: string;
let browser: Browser;
let page: Page;
let documentId: string;

const headers = () => ({ 'Content-Type': 'application/json', Authorization: `Bearer ${cms.token}` });

/** Saves a locale's version of the service in the admin, with a changed summary, then publishes it. */
async function editAndPublish(locale: string, summary: string): Promise<void> {
  const saved = await asEditor(cms.url, TEST_ADMIN, { method: 'PUT', uid: UID, path: `${documentId}?locale=${locale}`, body: { summary } });
  expect(saved).toBe(200);
  const published = await asEditor(cms.url, TEST_ADMIN, {
    method: 'POST',
    uid: UID,
    path: `${documentId}/actions/publish?locale=${locale}`,
  });
  expect(published).toBe(200);
}

/** The published version's last change, as the site reads it. */
async function publishedUpdatedAt(locale: string): Promise<string> {
  const response = await fetch(`${cms.url}/api/services/${documentId}?locale=${locale}&fields[0]=updatedAt`, { headers: headers() });
  return ((await response.json()) as { data: { updatedAt: string } }).data.updatedAt;
}

async function rebuild(reason: string) {
  const record = await pipeline.publish([reason]);
  expect(record, record.error).toMatchObject({ result: 'success' });
}

/** The notice on a live page, or undefined; whitespace as a reader sees it. */
async function noticeOn(url: string): Promise<string | undefined> {
  const response = await page.goto(`${origin}${url}`);
  expect(response?.status(), url).toBe(200);
  const notice = page.locator('main [role="note"].quiet');
  return (await notice.count()) === 0 ? undefined : (await notice.textContent())!.replace(/\s+/g, ' ').trim();
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'integra-outdated-'));
  cms = await startTestCms();
  pipeline = createPipeline({
    cmsUrl: cms.url,
    siteUrl: 'http://127.0.0.1:4321',
    dataDir,
    locales: RELEASE_LOCALES,
    keepReleases: 2,
    incremental: true,
    logger: pino({ level: 'warn' }),
  });
  const found = await fetch(`${cms.url}/api/services?locale=lv&filters[slug][$eq]=uzturesanas-atlaujas-pieprasisana`, {
    headers: headers(),
  });
  documentId = ((await found.json()) as { data: { documentId: string }[] }).data[0]!.documentId;
  await rebuild('first build');
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  site = createStaticServer({ root: path.join(dataDir, 'live'), port });
  await site.listen();
  browser = await launchBrowser();
  page = await browser.newPage();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await cms?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('the outdated notice, published', () => {
  it('is not on a translation as new as its original', async () => {
    expect(await noticeOn(SERVICE.en)).toBeUndefined();
  });

  it('appears on the English page, with the date and a link to the Latvian page, once the Latvian original is published again', async () => {
    await editAndPublish('lv', 'Kā pieprasīt uzturēšanās atļauju: labots kopsavilkums.');
    await rebuild('entry.publish api::service.service');
    const updatedAt = await publishedUpdatedAt('lv');
    const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Europe/Riga' }).format(new Date(updatedAt));

    expect(await noticeOn(SERVICE.en)).toBe(
      `The Latvian original was updated on ${day}; this translation may be out of date. Read the Latvian original`,
    );
    expect(await page.getAttribute('main [role="note"] time', 'datetime')).toBe(updatedAt);
    await page.click('main [role="note"] a[hreflang="lv"]');
    expect(new URL(page.url()).pathname).toBe(SERVICE.lv);
    expect(await noticeOn(SERVICE.lv)).toBeUndefined();
  });

  it('is gone from the English page once the English translation is published, and stays on the Russian one', async () => {
    await editAndPublish('en', 'How to apply for a residence permit: the summary, brought up to date.');
    await rebuild('entry.publish api::service.service');
    expect(await noticeOn(SERVICE.en)).toBeUndefined();
    expect(await page.textContent('main .lead')).toBe('How to apply for a residence permit: the summary, brought up to date.');
    const ru = await page.getAttribute('.lang-switcher a[hreflang="ru"]', 'href');
    expect(await noticeOn(ru!)).toMatch(/^Латышский оригинал обновлён /);
  });
});
