import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { STORE_LAG_LIMIT, storeLag, storeNeedsWriting } from '../lib/cms/store-lag';

/** Astro's module of the content store (astro/dist/content/consts.js), as Vite resolves it. */
const RESOLVED_DATA_STORE_ID = '\0astro:data-layer-content';

/**
 * Where Astro's content sync hands over the store it synced, in a build (patches/astro@*.patch,
 * astro/dist/content/content-layer.js): a function given the store's collections and a function
 * that writes the store to its file.
 */
const DEFER_STORE_WRITE = Symbol.for('astro.content.deferStoreWrite');
/** The synced collections, for the pages' module of the store (the same process renders them). */
const NO_SYNC =
  'the content sync did not hand its store to the build (see the errors above): the build stops rather than render from the store of an earlier build';
const SYNCED_COLLECTIONS = Symbol.for('integra.syncedContentCollections');

interface SyncedStore {
  collections: Map<string, unknown>;
  write: () => Promise<unknown>;
}

/**
 * The content store of a static build, kept in memory from the sync to the pages, and written to
 * its file (cacheDir/data-store.json, what the next build starts from) while the search index is
 * made. Three steps, listed apart in astro.config.ts:
 *
 * - `setup`: pages take the store from memory, as the sync left it, instead of from the bundle.
 *   Astro bundles the whole store into the build as one string literal, `JSON.parse("…")`,
 *   which Node then compiles before the first page renders: at L (15k pages, a 96 MB store)
 *   that compile alone took 10–14 s of every build. Read from the file it still cost a read and
 *   a parse (0.6–0.9 s at L); from memory it costs nothing. A build whose sync did not run
 *   fails: the file may be older than the live site. The module is marked as content data, as Astro marks
 *   its own (incremental-metadata.js): its bytes are not part of any page's code hash, so
 *   incremental builds still copy unchanged pages.
 * - `write`: starts writing the store once the pages are built. Serialising it is seconds of
 *   this process's time at L (devalue), which the sync used to spend before the first page;
 *   listed after the search index's start, it runs while Pagefind indexes in its own process.
 *   A store that differs from its file by a few entries is not written at all
 *   (src/lib/cms/store-lag.ts): the next sync, starting from the file, fetches those again.
 * - `written`: waits for the write; the build does not end before the next one can start from it.
 *   A build that fails before leaves the last build's store, from which the next sync fetches
 *   what changed since.
 *
 * Only for static builds: the preview server runs where the build's cacheDir is not, and
 * `astro sync` and the dev server write the store as Astro does.
 */
export function contentStore(): { setup: AstroIntegration; write: AstroIntegration; written: AstroIntegration } {
  let synced: SyncedStore | undefined;
  let writing: Promise<unknown> | undefined;
  let storeFile = '';
  return {
    setup: {
      name: 'integra:content-store',
      hooks: {
        'astro:config:setup': ({ config, updateConfig, command }) => {
          if (command !== 'build') return;
          storeFile = fileURLToPath(new URL('data-store.json', config.cacheDir));
          (globalThis as Record<symbol, unknown>)[DEFER_STORE_WRITE] = (store: SyncedStore) => {
            synced = store;
            (globalThis as Record<symbol, unknown>)[SYNCED_COLLECTIONS] = inFileOrder(store.collections);
          };
          updateConfig({
            vite: {
              plugins: [
                {
                  name: 'integra:content-store',
                  enforce: 'pre',
                  load: {
                    // Before Astro's own plugin, which loads the same module.
                    order: 'pre',
                    filter: { id: new RegExp(`^${RESOLVED_DATA_STORE_ID}$`) },
                    handler: () => ({
                      code: [
                        `const synced = globalThis[Symbol.for(${JSON.stringify(SYNCED_COLLECTIONS.description)})];`,
                        // The file may be entries behind what is live (see store-lag.ts): a build
                        // whose sync did not run (an error in the content config, reported above)
                        // stops rather than publish older content.
                        `if (!(synced instanceof Map)) throw new Error(${JSON.stringify(NO_SYNC)});`,
                        // A Map is taken as it is (astro/dist/content/data-store.js, fromModule).
                        `export default synced;`,
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
    },
    write: {
      name: 'integra:content-store-write',
      hooks: {
        'astro:build:done': ({ logger }) => {
          if (!synced) return;
          const lag = storeLag();
          if (!storeNeedsWriting(lag, existsSync(storeFile))) {
            logger.info(
              `content store not written: it differs from its file by ${lag!.entries} entries, which the next sync fetches again (written from ${STORE_LAG_LIMIT})`,
            );
            return;
          }
          writing = synced.write();
          // Awaited by the last step; a failure before then must not count as unhandled.
          writing?.catch(() => {});
        },
      },
    },
    written: {
      name: 'integra:content-store-written',
      hooks: {
        'astro:build:done': async ({ logger }) => {
          if (!writing) return;
          const started = Date.now();
          await writing;
          logger.info(`content store written (waited ${Date.now() - started} ms for it)`);
        },
      },
    },
  };
}

/**
 * The collections in the order the store's file has them (Astro's writer sorts collections and
 * entries by key: astro/dist/content/data-store-writer.js). Pages list entries in store order
 * where their own sort ties, so a store taken from memory, in the order the sync set entries,
 * would give other pages than the same store read from its file.
 */
function inFileOrder(collections: Map<string, unknown>): Map<string, unknown> {
  const byKey = ([a]: [string, unknown], [b]: [string, unknown]) => a.localeCompare(b);
  return new Map(
    [...collections.entries()]
      .sort(byKey)
      .map(([name, entries]) => [name, entries instanceof Map ? new Map([...entries.entries()].sort(byKey)) : entries]),
  );
}
