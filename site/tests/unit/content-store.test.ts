import { describe, expect, it } from 'vitest';
import { contentStore } from '../../src/integrations/content-store';

type Plugin = { load: { handler: () => { code: string } } };

/** The module of the content store that the build's pages import, as the integration makes it. */
function storeModuleCode(): string {
  let plugin: Plugin | undefined;
  const setup = contentStore().setup.hooks['astro:config:setup'] as unknown as (options: unknown) => void;
  setup({
    command: 'build',
    config: { cacheDir: new URL('file:///tmp/integra-content-store-test/') },
    updateConfig: (config: { vite: { plugins: Plugin[] } }) => (plugin = config.vite.plugins[0]),
  });
  return plugin!.load.handler().code;
}
const load = (code: string) => import(`data:text/javascript,${encodeURIComponent(`${code}\n// ${Math.random()}`)}`);
const HANDOVER = Symbol.for('astro.content.deferStoreWrite');
const SYNCED = Symbol.for('integra.syncedContentCollections');

describe('the content store of a static build', () => {
  it('gives the pages the synced store, in the order of its file', async () => {
    const code = storeModuleCode();
    const handover = (globalThis as Record<symbol, unknown>)[HANDOVER] as (store: unknown) => void;
    handover({
      collections: new Map([
        [
          'services',
          new Map([
            ['b:lv', { id: 'b' }],
            ['a:lv', { id: 'a' }],
          ]),
        ],
        ['events', new Map()],
      ]),
      write: async () => {},
    });
    const store = (await load(code)).default as Map<string, Map<string, unknown>>;
    expect([...store.keys()]).toEqual(['events', 'services']);
    expect([...store.get('services')!.keys()]).toEqual(['a:lv', 'b:lv']);
  });

  it('stops a build whose sync handed nothing over, rather than render an older store', async () => {
    const code = storeModuleCode();
    delete (globalThis as Record<symbol, unknown>)[SYNCED];
    await expect(load(code)).rejects.toThrow(/content sync did not hand its store/);
  });
});
