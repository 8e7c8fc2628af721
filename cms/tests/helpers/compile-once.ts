import { createRequire } from 'node:module';
import { CMS_ROOT } from './paths';

/** Compiles the CMS's TypeScript to dist/ once, before any file boots Strapi from it. */
export default async function compileOnce() {
  const require = createRequire(import.meta.url);
  const { compileStrapi } = require('@strapi/strapi') as typeof import('@strapi/strapi');
  await compileStrapi({ appDir: CMS_ROOT });
}
