import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { LOCALES } from '../i18n/locales';
import { releaseId } from '../offline/release-id';
import { releaseScript, releaseScriptName } from '../offline/release-script';
import { writeServiceWorker } from '../offline/sw-build';

/**
 * Generates the service worker (/sw.js, Workbox) at the end of the build, after Pagefind (listed
 * after it in astro.config.ts: build hooks run in order), so that the release id covers the
 * search bundles. Runs on every build, incremental or not: sw.js is never copied from Astro's
 * cache, though its text is generated only when what shapes it changed (sw-build.ts).
 * Workbox's generateSW directly: the Astro integration built on Workbox (@vite-pwa/astro 1.2)
 * declares support for Astro 5 at most.
 */
export function serviceWorker(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'integra:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = path.join(fileURLToPath(config.cacheDir), 'integra-sw');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const release = await releaseId(site, LOCALES);
        await writeFile(path.join(site, releaseScriptName(release)), releaseScript(release));
        const { count, size, warnings, reused } = await writeServiceWorker(site.replace(/\/$/, ''), release, LOCALES, cacheDir);
        for (const warning of warnings) logger.warn(warning);
        logger.info(
          `service worker for release ${release}: ${count} files precached (${Math.round(size / 1024)} kB)${reused ? ', the worker of the last build with its release id' : ''}`,
        );
      },
    },
  };
}
