import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * The version of an installed package whose entry point is one folder below its package.json
 * (pagefind's lib/, workbox-build's build/): what a cache kept for its output must name.
 */
export async function installedVersion(name: string): Promise<string> {
  const manifest = fileURLToPath(new URL('../package.json', import.meta.resolve(name)));
  return (JSON.parse(await readFile(manifest, 'utf8')) as { version: string }).version;
}
