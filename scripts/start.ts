/**
 * pnpm start: the whole product on this machine, on SQLite, with demo content.
 * Generates local secrets, a demo login and the webhook secret (cms/.env), builds the admin
 * panel on first run, starts the publisher, the CMS (seeding an empty database; its publish
 * webhook points at the publisher) and a static server for the live release. The first
 * release is built before the site is announced. Ctrl-C stops everything.
 * Not destructive: existing content and releases are kept.
 */
import path from 'node:path';
import pino from 'pino';
import { CMS_DIR, DATA_DIR } from './lib/paths.ts';
import { run } from './lib/run.ts';
import { readEnvFile } from './lib/env-file.ts';
import { createApiTokenAsAdmin, isPortFree, startCmsProcess } from './lib/cms-process.ts';
import { buildPreviewServer, startPreviewServer } from './lib/preview-server.ts';
import { liveRelease, releaseStore } from './lib/releases.ts';
import { createStaticServer } from './lib/static-server.ts';
import { createPublisher } from './lib/publisher/index.ts';
import { publisherConfig } from './lib/publisher/config.ts';

const CMS_PORT = Number(process.env.CMS_PORT ?? 1337);
const SITE_PORT = Number(process.env.SITE_PORT ?? 4321);
const PUBLISHER_PORT = Number(process.env.PUBLISHER_PORT ?? 4322);
const PREVIEW_PORT = Number(process.env.PREVIEW_PORT ?? 4323);

async function main() {
  for (const [name, port] of [
    ['CMS_PORT', CMS_PORT],
    ['SITE_PORT', SITE_PORT],
    ['PUBLISHER_PORT', PUBLISHER_PORT],
    ['PREVIEW_PORT', PREVIEW_PORT],
  ] as const) {
    if (!(await isPortFree(port))) throw new Error(`port ${port} is in use: stop what runs there, or set ${name}`);
  }
  await run(process.execPath, ['scripts/ensure-env.mjs', '--demo'], { cwd: CMS_DIR });
  await run(process.execPath, ['scripts/prepare.mjs'], { cwd: CMS_DIR });
  // An empty variable (ADMIN_PASSWORD=) counts as unset: the value in cms/.env applies.
  const setEnv = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value?.trim()));
  const cmsEnv = { ...(await readEnvFile(path.join(CMS_DIR, '.env'))), ...setEnv };

  const siteUrl = process.env.SITE_URL ?? `http://localhost:${SITE_PORT}`;
  const cmsUrl = `http://127.0.0.1:${CMS_PORT}`;
  const publisher = createPublisher(
    publisherConfig(
      { ...cmsEnv, CMS_URL: cmsUrl, SITE_URL: siteUrl, PUBLISHER_PORT: String(PUBLISHER_PORT), DATA_DIR },
      { dataDir: DATA_DIR },
    ),
    pino({ name: 'publisher', level: process.env.LOG_LEVEL ?? 'info' }),
  );
  await publisher.listen();
  const stopAll: (() => Promise<void>)[] = [() => publisher.close()];
  const shutdown = async () => {
    console.log('\nstart: stopping…');
    for (const stop of stopAll.reverse()) await stop().catch(() => {});
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  const previewUrl = process.env.PREVIEW_URL ?? `http://localhost:${PREVIEW_PORT}`;
  console.log(`start: CMS on port ${CMS_PORT}…`);
  const cms = await startCmsProcess({
    port: CMS_PORT,
    env: {
      SEED_DEMO_CONTENT: 'true',
      HOST: process.env.HOST ?? '127.0.0.1',
      PUBLISH_WEBHOOK_URL: `http://127.0.0.1:${PUBLISHER_PORT}/webhook`,
      PREVIEW_URL: previewUrl,
    },
  });
  stopAll.push(cms.stop);

  const store = releaseStore(DATA_DIR);
  const firstRun = !(await liveRelease(store));
  // Seeding an empty database already asked for a build; otherwise bring the site up to date.
  publisher.scheduler.request('startup');
  if (firstRun) {
    console.log('start: building the first release of the site…');
    await publisher.scheduler.idle();
    const last = publisher.pipeline.lastBuild();
    if (last?.result !== 'success') throw new Error(`the first build failed: ${last?.error ?? 'unknown error'}`);
  }

  // The preview server (drafts, for editors) is built after the first release: two builds of
  // the site must not run at once, and it needs the CMS's site settings.
  console.log('start: building the preview server…');
  await publisher.scheduler.idle();
  // Previews are for editors: the site goes up without them if they cannot start (for
  // example when the demo admin's password was changed in the admin).
  let previewLine = `${previewUrl}/ (signed links from the admin's Preview button)`;
  try {
    await buildPreviewServer({ cmsUrl, siteUrl, cacheDir: path.join(DATA_DIR, 'preview', 'cache') });
    const admin = { email: cmsEnv.ADMIN_EMAIL ?? '', password: cmsEnv.ADMIN_PASSWORD ?? '' };
    const preview = await startPreviewServer({
      port: PREVIEW_PORT,
      cmsUrl,
      // Read-only: the preview server can read drafts and nothing else.
      cmsToken: await createApiTokenAsAdmin(cmsUrl, admin, 'read-only', 'preview server'),
      secret: cmsEnv.PREVIEW_SECRET ?? '',
      frameAncestors: `http://localhost:${CMS_PORT} http://127.0.0.1:${CMS_PORT}`,
    });
    stopAll.push(preview.stop);
  } catch (error) {
    previewLine = `not running: ${error instanceof Error ? error.message.split('\n')[0] : error}`;
    console.error(`start: the preview server did not start (${previewLine})`);
  }

  const server = createStaticServer({ root: store.liveLink, port: SITE_PORT, host: process.env.SITE_HOST ?? '127.0.0.1' });
  await server.listen();
  stopAll.push(server.close);

  console.log(`
  Admin:      http://localhost:${CMS_PORT}/admin   (login printed above as "demo admin login")
  Site:       ${siteUrl}/
  Preview:    ${previewLine}
  Publisher:  http://localhost:${PUBLISHER_PORT}/status (Authorization: Bearer PUBLISH_WEBHOOK_SECRET from cms/.env)
  Publishing in the admin rebuilds the site within seconds. Ctrl-C stops everything.
`);
}

main().catch((error) => {
  console.error(`start failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
