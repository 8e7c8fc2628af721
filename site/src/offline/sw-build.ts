import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { installedVersion } from '../utils/installed-version';
import { getManifest } from 'workbox-build/build/get-manifest.js';
import { releaseScriptName } from './release-script';
import { serviceWorkerOptions, SW_FILE } from './sw-config';

/**
 * Writes a release's service worker (sw.js) with Workbox's generateSW, which bundles and
 * minifies the worker with Rollup and Terser: about a second and a half on every publish,
 * whatever the size of the site, though only the release id differs from one publish to the
 * next as long as the precached files stay the same.
 *
 * So the worker is generated once with a placeholder where the release id goes, kept in
 * `cacheDir` under a digest of everything that shapes it (Workbox's version, the options and
 * the precache manifest), and each release gets that text with its id in place of the
 * placeholder. tests/unit/sw-build.test.ts proves the result equals generateSW's own output
 * for the real id.
 */

/** Stands for the release id while the worker is generated: not hex, so never part of a real id or hash. */
export const RELEASE_PLACEHOLDER = 'RELEASE_ID_PLACEHOLDER';

/**
 * The lockfile of the installation: the versions of Workbox's own Rollup, Babel and Terser
 * shape the worker too, and they move without workbox-build's version. Empty where none is found.
 */
async function lockfileText(from: string): Promise<string> {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const text = await readFile(path.join(dir, 'pnpm-lock.yaml'), 'utf8').catch(() => undefined);
    if (text !== undefined || path.dirname(dir) === dir) return text ?? '';
  }
}

/** JSON of the options with regular expressions and functions as their source text. */
const optionsText = (options: object) =>
  JSON.stringify(options, (_key, value: unknown) => (value instanceof RegExp || typeof value === 'function' ? String(value) : value));

export interface WrittenServiceWorker {
  /** Files precached, and their total size in bytes. */
  count: number;
  size: number;
  warnings: string[];
  /** Whether the worker came from the cache rather than from generateSW. */
  reused: boolean;
}

export async function writeServiceWorker(
  site: string,
  release: string,
  locales: readonly string[],
  cacheDir: string,
): Promise<WrittenServiceWorker> {
  if (!/^[0-9a-f]+$/.test(release)) throw new Error(`a release id is hex, got "${release}"`);
  const options = serviceWorkerOptions(site, RELEASE_PLACEHOLDER, locales, releaseScriptName(RELEASE_PLACEHOLDER));
  // With the runtime in separate files, those files would have to be kept and written too.
  if (options.inlineWorkboxRuntime !== true) throw new Error('a reused service worker needs inlineWorkboxRuntime: true');
  // Where the site is shapes nothing in the worker; its files do, through the manifest.
  const shaping = { ...options, swDest: undefined, globDirectory: undefined };
  const manifest = await getManifest({
    globDirectory: site,
    globPatterns: options.globPatterns,
    dontCacheBustURLsMatching: options.dontCacheBustURLsMatching,
    modifyURLPrefix: options.modifyURLPrefix,
    manifestTransforms: options.manifestTransforms,
  });
  const { manifestEntries, count, size } = manifest;
  const digest = createHash('sha256')
    .update(
      `${await installedVersion('workbox-build')}\0${await lockfileText(fileURLToPath(new URL('.', import.meta.url)))}\0${optionsText(shaping)}\0${JSON.stringify(manifestEntries)}`,
    )
    .digest('hex');
  const cached = path.join(cacheDir, `${digest}.js`);
  let template = await readFile(cached, 'utf8').catch(() => undefined);
  const reused = template !== undefined;
  let warnings = manifest.warnings;
  if (template === undefined) {
    // Generated in the site folder as Workbox expects, then kept: written whole, then renamed.
    // Loaded only here: with Rollup, Babel and Terser it takes 0.4 s (see release-id.ts). By
    // Node itself (Workbox is CommonJS): by this hook Astro has closed the module loader it
    // read the config with, which a dynamic import() would go through.
    const { generateSW } = createRequire(import.meta.url)('workbox-build') as typeof import('workbox-build');
    const generated = await generateSW(options);
    warnings = generated.warnings; // the manifest's among them
    template = await readFile(path.join(site, SW_FILE), 'utf8');
    if (!template.includes(RELEASE_PLACEHOLDER))
      throw new Error(`the generated ${SW_FILE} does not name its release: the worker cannot be reused`);
    await rm(cacheDir, { recursive: true, force: true });
    await mkdir(cacheDir, { recursive: true });
    await writeFile(`${cached}.partial`, template);
    await rename(`${cached}.partial`, cached);
  }
  await writeFile(path.join(site, SW_FILE), template.replaceAll(RELEASE_PLACEHOLDER, release));
  return { count, size, warnings, reused };
}
