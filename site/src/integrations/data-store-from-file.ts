import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** Astro's module of the content store (astro/dist/content/consts.js), as Vite resolves it. */
const RESOLVED_DATA_STORE_ID = '\0astro:data-layer-content';

/**
 * Static builds read the content store from its file in cacheDir instead of from the bundle.
 * Astro bundles the whole store (data-store.json) into the build as one string literal,
 * `JSON.parse("…")`, which Node then compiles before the first page renders: at L (15k pages,
 * a 96 MB store) that compile alone took 10–14 s of every build, every publish, even when one
 * entry changed. Reading the same file at render time costs one JSON.parse.
 *
 * The module is marked as content data, as Astro marks its own (incremental-metadata.js): its
 * bytes are not part of any page's code hash, so incremental builds still copy unchanged pages.
 * Only for static builds: the preview server runs where the build's cacheDir is not.
 */
export function dataStoreFromFile(): AstroIntegration {
  return {
    name: 'integra:data-store-from-file',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, command }) => {
        if (command !== 'build') return;
        const storeFile = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'integra:data-store-from-file',
                enforce: 'pre',
                load: {
                  // Before Astro's own plugin, which loads the same module.
                  order: 'pre',
                  filter: { id: new RegExp(`^${RESOLVED_DATA_STORE_ID}$`) },
                  handler: () => ({
                    code: [
                      `import { existsSync, readFileSync } from 'node:fs';`,
                      `const file = ${JSON.stringify(storeFile)};`,
                      // What Astro's own module gives when there is no store yet.
                      `export default existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : new Map();`,
                    ].join('\n'),
                    map: { mappings: '' },
                    meta: { astroIncremental: { kind: 'content-data' } },
                  }),
                },
              },
            ],
          },
        });
      },
    },
  };
}
