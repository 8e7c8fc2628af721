/**
 * pnpm start: the whole product on this machine, on SQLite, with demo content.
 * Generates local secrets and a demo login (cms/.env), builds the admin panel on first run,
 * starts the CMS (seeding an empty database), builds the site into a release under .data/,
 * puts it live and serves it. Ctrl-C stops everything. Not destructive: existing content and
 * releases are kept.
 */
import path from 'node:path';
import { CMS_DIR, DATA_DIR } from './lib/paths.ts';
import { run } from './lib/run.ts';
import { startCmsProcess } from './lib/cms-process.ts';
import { buildSite } from './lib/build-site.ts';
import { newReleaseDir, releaseStore, switchLive, pruneReleases } from './lib/releases.ts';
import { createStaticServer } from './lib/static-server.ts';

const CMS_PORT = Number(process.env.CMS_PORT ?? process.env.PORT ?? 1337);
const SITE_PORT = Number(process.env.SITE_PORT ?? 4321);

async function main() {
  await run(process.execPath, ['scripts/ensure-env.mjs', '--demo'], { cwd: CMS_DIR });
  await run(process.execPath, ['scripts/prepare.mjs'], { cwd: CMS_DIR });

  console.log(`start: CMS on port ${CMS_PORT}…`);
  const cms = await startCmsProcess({ port: CMS_PORT, env: { SEED_DEMO_CONTENT: 'true', HOST: process.env.HOST ?? '127.0.0.1' } });
  const stopAll: (() => Promise<void>)[] = [cms.stop];
  const shutdown = async () => {
    console.log('\nstart: stopping…');
    for (const stop of stopAll.reverse()) await stop().catch(() => {});
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  const siteUrl = process.env.SITE_URL ?? `http://localhost:${SITE_PORT}`;
  const store = releaseStore(DATA_DIR);
  const release = await newReleaseDir(store);
  console.log('start: building the site…');
  const build = await buildSite({ cmsUrl: cms.url, siteUrl, outDir: release, cacheDir: path.join(DATA_DIR, 'cache') });
  await switchLive(store, release);
  await pruneReleases(store, 5);
  console.log(`start: site built in ${(build.durationMs / 1000).toFixed(1)} s`);

  const server = createStaticServer({ root: store.liveLink, port: SITE_PORT, host: process.env.SITE_HOST ?? '127.0.0.1' });
  await server.listen();
  stopAll.push(server.close);

  console.log(`
  Admin:  http://localhost:${CMS_PORT}/admin   (login printed above as "demo admin login")
  Site:   ${siteUrl}/
  Ctrl-C stops everything.
`);
}

main().catch((error) => {
  console.error(`start failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
