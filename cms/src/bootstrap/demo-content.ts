import type { Core } from '@strapi/strapi';
import { uidOf } from '../content-types';

/**
 * Seeds the demo content at boot when SEED_DEMO_CONTENT=true and the CMS has no site settings
 * yet (the seed writes them last), so `pnpm start` on a fresh clone opens on a populated site,
 * and a seed stopped halfway (Ctrl-C, a crash) is completed at the next boot: the seed skips
 * what exists. The seed code (PDF and image generation) is loaded only then.
 */
export async function seedDemoContentIfEmpty(strapi: Core.Strapi, env: NodeJS.ProcessEnv = process.env) {
  if (env.SEED_DEMO_CONTENT !== 'true') return;
  if ((await strapi.db.query(uidOf('global')).count({})) > 0) return;
  const { runSeed } = await import('../../seed');
  const report = await runSeed(strapi);
  const created = Object.values(report.created).reduce((a, b) => a + b, 0);
  strapi.log.info(`Demo content seeded: ${created} documents`);
}
