/**
 * pnpm docs:screenshots: the editor's guide's screenshots, taken from the real admin panel in
 * Chromium, on a throwaway CMS (temp SQLite) with the demo content and a preview server.
 * Writes docs/editors/img/*.png. Run again after upgrading Strapi or changing the admin.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../lib/paths.ts';
import { freePort, createApiTokenAsAdmin, startCmsProcess } from '@integra/harness/cms-process';
import { throwawaySecrets, TEST_ADMIN } from '@integra/harness/test-cms';
import { buildPreviewServer, startPreviewServer } from '@integra/harness/preview-server';
import { launchBrowser } from '@integra/harness/browser';
import { run } from '../lib/run.ts';
import { CMS_DIR } from '../lib/paths.ts';
import { parseCli } from '@integra/contract/cli';

parseCli({
  command: 'pnpm docs:screenshots',
  summary:
    "Takes the editor's guide's screenshots from the real admin panel in Chromium, on a throwaway CMS (temporary SQLite, demo content) with a preview server. Takes a few minutes.",
  effects: 'Not destructive beyond overwriting docs/editors/img/*.png (kept in git); touches no CMS or site data of yours.',
});

const OUT = path.join(REPO_ROOT, 'docs', 'editors', 'img');
const PREVIEW_SECRET = 'screenshots-preview-secret-0123456789';

async function main() {
  await run(process.execPath, ['scripts/prepare.ts'], { cwd: CMS_DIR });
  const work = await mkdtemp(path.join(os.tmpdir(), 'integra-screenshots-'));
  await mkdir(path.join(work, 'public', 'uploads'), { recursive: true });
  await mkdir(OUT, { recursive: true });
  const [cmsPort, previewPort] = [await freePort(), await freePort()];
  const stops: (() => Promise<void>)[] = [];
  try {
    const cms = await startCmsProcess({
      port: cmsPort,
      env: {
        NODE_ENV: 'production',
        DATABASE_CLIENT: 'sqlite',
        DATABASE_FILENAME: path.join(work, 'cms.db'),
        PUBLIC_DIR: path.join(work, 'public'),
        ...throwawaySecrets(),
        ADMIN_EMAIL: TEST_ADMIN.email,
        ADMIN_PASSWORD: TEST_ADMIN.password,
        SEED_DEMO_CONTENT: 'true',
        PUBLISH_WEBHOOK_URL: '',
        PREVIEW_URL: `http://127.0.0.1:${previewPort}`,
        PREVIEW_SECRET,
      },
    });
    stops.push(cms.stop);
    await buildPreviewServer({ cmsUrl: cms.url, siteUrl: 'http://localhost:4321', cacheDir: path.join(work, 'preview-cache') });
    const preview = await startPreviewServer({
      port: previewPort,
      cmsUrl: cms.url,
      cmsToken: await createApiTokenAsAdmin(cms.url, TEST_ADMIN, 'read-only', 'preview server'),
      secret: PREVIEW_SECRET,
      frameAncestors: cms.url,
    });
    stops.push(preview.stop);

    const browser = await launchBrowser();
    stops.push(() => browser.close());
    // A Latvian editor's browser: dates in the admin's pickers appear as they will for them.
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'lv-LV', timezoneId: 'Europe/Riga' });
    const admin = (p: string) => `${cms.url}/admin${p}`;
    const shot = async (name: string) => {
      await page.waitForTimeout(600);
      await dismissAnnouncements(page, 0);
      await page.screenshot({ path: path.join(OUT, `${name}.png`) });
      console.log(`screenshots: ${name}.png`);
    };

    await page.goto(admin('/auth/login'));
    await page.fill('input[name="email"]', TEST_ADMIN.email);
    await page.fill('input[name="password"]', TEST_ADMIN.password);
    await page.click('button[type="submit"]');
    await page.waitForURL(/\/admin(\/)?$/);
    await dismissAnnouncements(page);
    await page
      .getByText(/missing/)
      .first()
      .waitFor();
    // The widget alone: on a screen 860 px high it is below Strapi's own widgets.
    await page
      .locator('section[aria-labelledby="global::translation-status"]')
      .screenshot({ path: path.join(OUT, 'home-translation-status.png') });
    console.log('screenshots: home-translation-status.png');

    const service = await firstDocumentId(cms.url, 'services', 'uzturesanas-atlaujas-pieprasisana');
    const editUrl = (locale: string) =>
      admin(`/content-manager/collection-types/api::service.service/${service}?plugins[i18n][locale]=${locale}`);
    await page.goto(editUrl('lv'));
    await page.getByText('One or two sentences shown in lists').waitFor();
    await shot('service-edit');

    const untranslated = await firstUntranslated(cms.url, 'services', 'uk');
    await page.goto(admin(`/content-manager/collection-types/api::service.service/${untranslated}?plugins[i18n][locale]=uk`));
    await page
      .getByRole('button', { name: /Fill in from another locale/i })
      .first()
      .click();
    await page.getByRole('alertdialog').waitFor();
    await page.getByRole('alertdialog').getByRole('combobox').click();
    await page.getByRole('option', { name: /Latvian/i }).click();
    await shot('service-translate');

    await page.goto(editUrl('lv'));
    await page
      .getByRole('button', { name: /^publish date$/i })
      .first()
      .click();
    await page.waitForTimeout(1000);
    await shot('service-schedule');

    await page.goto(editUrl('lv'));
    await page
      .getByRole('link', { name: /preview/i })
      .first()
      .click();
    await page.frameLocator('iframe').first().locator('h1').first().waitFor();
    await shot('service-preview');

    // Three drafts to publish at once; the earliest start dates list them first.
    const token = await createApiTokenAsAdmin(cms.url, TEST_ADMIN, 'full-access', 'screenshots');
    for (const [i, title] of [
      'Jauniebraucēju vakars Liepājā',
      'Latviešu valodas klubs: sezonas sākums',
      'Informatīvā diena par darba atļaujām',
    ].entries()) {
      const created = await fetch(`${cms.url}/api/events?locale=lv&status=draft`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({
          data: { title, slug: `melnraksts-${i}`, summary: title, start: `2020-01-0${i + 1}T16:00:00.000Z`, allDay: false },
        }),
      });
      if (!created.ok) throw new Error(`could not create a draft event: ${created.status}`);
    }
    await page.goto(admin('/content-manager/collection-types/api::event.event?page=1&pageSize=10&sort=start:ASC&plugins[i18n][locale]=lv'));
    const rows = page.locator('tbody tr');
    await rows.first().waitFor();
    await dismissAnnouncements(page);
    for (const i of [0, 1, 2]) await rows.nth(i).getByRole('checkbox').click();
    await shot('bulk-publish');
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => {});
    await rm(work, { recursive: true, force: true });
  }
}

/** Strapi greets a new admin with a guided tour and a news banner; the guide shows the work. */
async function dismissAnnouncements(page: Page, waitMs = 3000) {
  for (const name of [/close the banner/i, /close guided tour/i, /^skip$/i]) {
    const button = page.getByRole('button', { name }).first();
    if (await button.isVisible({ timeout: waitMs }).catch(() => false)) await button.click();
  }
}

async function firstDocumentId(cmsUrl: string, endpoint: string, slug: string): Promise<string> {
  const body = (await (await fetch(`${cmsUrl}/api/${endpoint}?locale=lv&filters[slug][$eq]=${slug}`)).json()) as {
    data: { documentId: string }[];
  };
  if (!body.data[0]) throw new Error(`no ${endpoint} with slug ${slug} in the demo content`);
  return body.data[0].documentId;
}

/** A document of the demo content that has no translation in `locale`. */
async function firstUntranslated(cmsUrl: string, endpoint: string, locale: string): Promise<string> {
  const ids = async (l: string) =>
    (
      (await (await fetch(`${cmsUrl}/api/${endpoint}?locale=${l}&fields[0]=slug&pagination[pageSize]=100`)).json()) as {
        data: { documentId: string }[];
      }
    ).data.map((d) => d.documentId);
  const translated = new Set(await ids(locale));
  const missing = (await ids('lv')).find((id) => !translated.has(id));
  if (!missing) throw new Error(`every ${endpoint} entry has a ${locale} translation`);
  return missing;
}

main().catch((error) => {
  console.error(`screenshots failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
