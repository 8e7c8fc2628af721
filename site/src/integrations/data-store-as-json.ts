import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';

/** Astro's virtual module holding the content layer's store (astro/dist/content/consts.js). */
const DATA_STORE_MODULE = '\0astro:data-layer-content';

/**
 * Astro 5 bundles the content store into the build as one JavaScript object literal, so the
 * bundler parses an AST as large as all content (20 MB at 3.3k pages; seconds of every build,
 * more at 15k). The same value as `JSON.parse("…")` is one string literal to the bundler and
 * parses faster at run time too; Astro itself switched to this form after 5.x (withastro/astro
 * PR 17430). The module's value is unchanged: the store file, parsed.
 */
export function dataStoreAsJson(): AstroIntegration {
  return {
    name: 'integra:data-store-as-json',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        // Where a build keeps the store (astro/dist/content/content-layer.js, getDataStoreFile).
        const storeFile = new URL('data-store.json', config.cacheDir);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'integra:data-store-as-json',
                enforce: 'post',
                async transform(_code: string, id: string) {
                  if (id !== DATA_STORE_MODULE || !existsSync(storeFile)) return undefined;
                  const json = await readFile(storeFile, 'utf8');
                  return { code: `export default JSON.parse(${JSON.stringify(json)});`, map: { mappings: '' } };
                },
              },
            ],
          },
        });
      },
    },
  };
}
