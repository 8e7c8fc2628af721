/**
 * pnpm start: the whole product on this machine, on SQLite, with demo content.
 * Generates local secrets, a demo login and the webhook secret (cms/.env), builds the admin
 * panel on first run, starts the publisher, the CMS (seeding an empty database; its publish
 * webhook points at the publisher) and a static server for the live release. The first
 * release is built before the site is announced. Ctrl-C stops everything.
 * Not destructive: existing content and releases are kept.
 * Prints readable lines: the CMS's warnings and errors (`cms │ …`), one line per publisher
 * build (`publisher │ build ok in …`; LOG_FORMAT=json for its JSON log instead), preview errors.
 */
import path from 'node:path';
import { CMS_DIR, DATA_DIR } from './lib/paths.ts';
import { run } from './lib/run.ts';
import { readEnvFile } from './lib/env-file.ts';
import { createApiTokenAsAdmin, isPortFree, startCmsProcess } from '@integra/harness/cms-process';
import { buildPreviewServer, startPreviewServer } from '@integra/harness/preview-server';
import { liveRelease, releaseStore } from './lib/releases.ts';
import { createStaticServer } from '@integra/harness/static-server';
import { createPublisher } from './lib/publisher/index.ts';
import { publisherConfig } from './lib/publisher/config.ts';
import { parseCli } from '@integra/contract/cli';
import { prefixLines, stripAnsi, strapiLogFilter } from '@integra/harness/child-output';
import { logFormat, publisherLogger } from './lib/log-format.ts';

parseCli({
  command: 'pnpm start',
  summary:
    'The demo, all on this machine: the CMS on SQLite with demo content (seeded into an empty database), the publisher, the site built and served, and the preview server. Ctrl-C stops everything.',
  effects:
    'Not destructive: existing content and releases are kept. Creates cms/.env with local secrets and a demo login on first run, and builds releases into .data/.',
  notes: [
    'Environment: CMS_PORT (1337), SITE_PORT (4321), PUBLISHER_PORT (4322), PREVIEW_PORT (4323), SITE_URL, PREVIEW_URL,',
    "DATABASE_FILENAME, ADMIN_EMAIL, ADMIN_PASSWORD; LOG_FORMAT=json for the publisher's JSON log instead of one line per build.",
  ].join('\n'),
});

const CMS_PORT = Number(process.env.CMS_PORT ?? 1337);
const SITE_PORT = Number(process.env.SITE_PORT ?? 4321);
const PUBLISHER_PORT = Number(process.env.PUBLISHER_PORT ?? 4322);
const PREVIEW_PORT = Number(process.env.PREVIEW_PORT ?? 4323);

/** What to stop on the way out, newest first; filled as the parts come up. */
const stopAll: (() => Promise<void>)[] = [];
let stopping = false;
/** Stops every part that started (the CMS and preview children too), then exits with `code`. */
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  console.log('\nstart: stopping…');
  for (const stop of stopAll.reverse()) await stop().catch(() => {});
  process.exit(code);
}

async function main() {
  // Checked before anything starts: a wrong value is a clear error, not a late one.
  const format = logFormat(process.env, true);
  for (const [name, port] of [
    ['CMS_PORT', CMS_PORT],
    ['SITE_PORT', SITE_PORT],
    ['PUBLISHER_PORT', PUBLISHER_PORT],
    ['PREVIEW_PORT', PREVIEW_PORT],
  ] as const) {
    if (!(await isPortFree(port))) throw new Error(`port ${port} is in use: stop what runs there, or set ${name}`);
  }
  await run(process.execPath, ['scripts/ensure-env.ts', '--demo'], { cwd: CMS_DIR });
  await run(process.execPath, ['scripts/prepare.ts'], { cwd: CMS_DIR });
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
    publisherLogger(format),
  );
  await publisher.listen();
  stopAll.push(() => publisher.close());

  const previewUrl = process.env.PREVIEW_URL ?? `http://localhost:${PREVIEW_PORT}`;
  console.log(`start: CMS on port ${CMS_PORT}…`);
  const cmsLog = strapiLogFilter();
  const cms = await startCmsProcess({
    port: CMS_PORT,
    env: {
      SEED_DEMO_CONTENT: 'true',
      HOST: process.env.HOST ?? '127.0.0.1',
      PUBLISH_WEBHOOK_URL: `http://127.0.0.1:${PUBLISHER_PORT}/webhook`,
      PREVIEW_URL: previewUrl,
    },
    onLine: (line, stream) => {
      const shown = cmsLog(line, stream);
      if (shown !== undefined) console.log(prefixLines('cms', shown));
    },
  });
  stopAll.push(cms.stop);
  cms.child.once('exit', (code, signal) => {
    if (!stopping)
      console.error(prefixLines('cms', `the CMS stopped (${signal ?? `exit code ${code}`}): publishing and previews no longer work`));
  });

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
      // A preview that failed to load is logged on stderr; the rest is Astro's start-up chatter.
      onLine: (line, stream) => {
        if (stream === 'stderr' && line.trim()) console.error(prefixLines('preview', stripAnsi(line)));
      },
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

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
// The servers answer every request themselves; should anything still escape, the demo stops
// whole, with its children, instead of leaving a CMS running without its publisher.
for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
  process.on(event, (error) => {
    console.error(`start: unexpected error, stopping: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    void shutdown(1);
  });
}

main().catch((error) => {
  console.error(`start failed: ${error instanceof Error ? error.message : error}`);
  void shutdown(1);
});
