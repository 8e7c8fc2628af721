// Runs a job against the CMS the environment selects, without starting its HTTP server:
// compiles the app, loads Strapi, calls job(strapi, requireFromDist), destroys Strapi, and exits
// 1 with "<name> failed: …" when the job throws. Used by the seed, generate and report scripts.
import { createRequire } from 'node:module';
import path from 'node:path';
import { appDir } from './app-dir.mjs';

const require = createRequire(import.meta.url);
const { compileStrapi, createStrapi } = require('@strapi/strapi');

/** @param {string} name @param {(strapi: any, fromDist: (file: string) => any) => Promise<void>} job */
export async function withStrapi(name, job, { logLevel = 'warn' } = {}) {
  const { distDir } = await compileStrapi({ appDir });
  const strapi = createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: false });
  strapi.log.level = logLevel;
  let failed = false;
  try {
    await strapi.load();
    await job(strapi, (file) => require(path.join(distDir, file)));
  } catch (error) {
    failed = true;
    console.error(`${name} failed:`, error?.message ?? error);
    if (error?.details && Object.keys(error.details).length) console.error(JSON.stringify(error.details, null, 2));
  } finally {
    await strapi.destroy();
  }
  process.exit(failed ? 1 : 0);
}
