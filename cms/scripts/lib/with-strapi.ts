// Runs a job against the CMS the environment selects, without starting its HTTP server:
// compiles the app, loads Strapi, calls job(strapi, requireFromDist), destroys Strapi, and exits
// 1 with "<name> failed: …" when the job throws. Used by the seed, generate and report scripts.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { appDir } from './app-dir.ts';

const require = createRequire(import.meta.url);
const { compileStrapi, createStrapi } = require('@strapi/strapi') as typeof import('@strapi/strapi');

/** Loads a module of the compiled CMS (dist/), e.g. `seed/index.js`. */
export type FromDist = (file: string) => any;

/** Runs `job` on a loaded Strapi, then exits: 0 when it succeeded, 1 when it threw. */
export async function withStrapi(
  name: string,
  job: (strapi: Core.Strapi, fromDist: FromDist) => Promise<void>,
  { logLevel = 'warn' }: { logLevel?: string } = {},
): Promise<never> {
  // Undefined only for a JavaScript app, which runs from its own folder.
  const distDir = (await compileStrapi({ appDir })).distDir ?? appDir;
  const strapi = createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: false });
  strapi.log.level = logLevel;
  let failed = false;
  try {
    await strapi.load();
    await job(strapi, (file) => require(path.join(distDir, file)));
  } catch (error) {
    failed = true;
    const { message, details } = (error ?? {}) as { message?: string; details?: object };
    console.error(`${name} failed:`, message ?? error);
    if (details && Object.keys(details).length) console.error(JSON.stringify(details, null, 2));
  } finally {
    await strapi.destroy();
  }
  process.exit(failed ? 1 : 0);
}
