/**
 * pnpm build: builds the CMS (admin panel and server code), then the site into site/dist
 * against the CMS's own database, starting the CMS API for the duration of the build when
 * CMS_URL does not name a running one. Not destructive.
 */
import path from 'node:path';
import { CMS_DIR, SITE_DIR } from './lib/paths.ts';
import { run } from './lib/run.ts';
import { freePort, startCmsProcess } from '@integra/harness/cms-process';
import { buildSite } from '@integra/harness/build-site';
import { parseCli } from '@integra/contract/cli';

parseCli({
  command: 'pnpm build',
  summary:
    "Builds the CMS (admin panel and server code), then the site into site/dist (search index included) from the CMS's own database, starting the CMS's API for the build unless CMS_URL names a running one.",
  effects: 'Not destructive: it replaces only build output (cms/dist, site/dist).',
  notes: 'Environment: CMS_URL (a running CMS to build from), SITE_URL (public origin, default http://localhost:4321), CMS_TOKEN.',
});

async function main() {
  await run(process.execPath, ['scripts/ensure-env.ts'], { cwd: CMS_DIR });
  await run(process.execPath, ['scripts/prepare.ts', '--force-admin'], { cwd: CMS_DIR });
  const external = process.env.CMS_URL;
  const cms = external ? undefined : await startCmsProcess({ port: await freePort(), headless: true });
  try {
    const build = await buildSite({
      cmsUrl: external ?? cms!.url,
      siteUrl: process.env.SITE_URL ?? 'http://localhost:4321',
      outDir: path.join(SITE_DIR, 'dist'),
      cacheDir: path.join(SITE_DIR, 'node_modules', '.astro'),
      onOutput: (chunk) => process.stdout.write(chunk),
    });
    console.log(`build: site built into site/dist in ${(build.durationMs / 1000).toFixed(1)} s`);
  } finally {
    await cms?.stop();
  }
}

main().catch((error) => {
  console.error(`build failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
