import type { Core } from '@strapi/strapi';

/**
 * Seeds the demo content at boot when SEED_DEMO_CONTENT=true and the CMS has no services yet,
 * so `pnpm start` on a fresh clone opens on a populated site. The seed code (PDF and image
 * generation) is loaded only then.
 */
export async function seedDemoContentIfEmpty(strapi: Core.Strapi, env: NodeJS.ProcessEnv = process.env) {
  if (env.SEED_DEMO_CONTENT !== 'true') return;
  if ((await strapi.db.query('api::service.service').count({})) > 0) return;
  const { runSeed } = await import('../../seed');
  const report = await runSeed(strapi);
  const created = Object.values(report.created).reduce((a, b) => a + b, 0);
  strapi.log.info(`Demo content seeded: ${created} documents`);
}
