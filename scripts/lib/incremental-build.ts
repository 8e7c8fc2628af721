import { mkdir, open, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/** Astro's incremental-build manifest, in the build's cacheDir (astro/dist/core/build/incremental.js). */
export const ASTRO_MANIFEST = 'incremental-build.json';
/** Present while an incremental build runs; still there at the next start if it never finished. */
export const BUILD_RUNNING = 'incremental-build.running';

/**
 * The one folder, under building/, that incremental builds write into before it is renamed to
 * the release's own folder. Astro puts outDir into the code of its astro:assets module
 * (astro/dist/assets/vite-plugin-assets.js), which is part of the code hash of every page
 * using <Picture>: a new outDir per build would render those pages every time.
 */
export const INCREMENTAL_OUT_DIR = 'incremental';

/**
 * Incremental page builds are on unless SITE_INCREMENTAL=false (every publish then renders every
 * page). Any other value is refused by name: a typo must not silently pick one.
 */
export function incrementalFromEnv(env: Record<string, string | undefined>): boolean {
  const value = env.SITE_INCREMENTAL?.trim() ?? '';
  if (value === '' || value === 'true') return true;
  if (value === 'false') return false;
  throw new Error(`SITE_INCREMENTAL must be true or false (default true), got "${env.SITE_INCREMENTAL}"`);
}

/**
 * Before an incremental build. Astro overwrites its cached copies of pages (cacheDir/dist/) as
 * it renders them but writes the manifest that vouches for them only at the end, so a build
 * killed or failed half-way leaves copies the manifest does not describe: then, and when
 * `full` is asked (nightly, manual rebuild), the manifest is removed and every page is
 * rendered again. Returns whether it was.
 */
export async function beginIncrementalBuild(cacheDir: string, options: { full: boolean }): Promise<{ reset: boolean }> {
  await mkdir(cacheDir, { recursive: true });
  const unfinished = await stat(path.join(cacheDir, BUILD_RUNNING)).then(
    () => true,
    () => false,
  );
  const reset = unfinished || options.full;
  if (reset) await rm(path.join(cacheDir, ASTRO_MANIFEST), { force: true });
  const marker = await open(path.join(cacheDir, BUILD_RUNNING), 'w');
  try {
    await marker.sync();
  } finally {
    await marker.close();
  }
  return { reset };
}

/** After the build finished: its manifest and its copies agree again. */
export async function endIncrementalBuild(cacheDir: string): Promise<void> {
  await rm(path.join(cacheDir, BUILD_RUNNING), { force: true });
}
