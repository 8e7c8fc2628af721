import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefindApi from 'pagefind';

/**
 * Indexes the built site with Pagefind's Node API, one index per <html lang>, and fails the
 * build on any indexer error. Pages opt in with data-pagefind-body.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'integra:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const site = fileURLToPath(dir);
        logger.info('indexing the built pages for search…');
        const { index, errors } = await pagefindApi.createIndex({});
        if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages in ${Date.now() - started} ms`);
        } finally {
          await pagefindApi.close();
        }
      },
    },
  };
}
