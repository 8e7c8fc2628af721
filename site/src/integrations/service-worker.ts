import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { generateSW } from 'workbox-build';
import { LOCALES } from '../i18n/locales';
import { releaseId } from '../offline/release-id';
import { releaseScript, releaseScriptName } from '../offline/release-script';
import { serviceWorkerOptions } from '../offline/sw-config';

/**
 * Generates the service worker (/sw.js, Workbox) at the end of the build, after Pagefind (listed
 * after it in astro.config.ts: build hooks run in order), so that the release id covers the
 * search bundles. Runs on every build, incremental or not: sw.js is never copied from a cache.
 * Workbox's generateSW directly: the Astro integration built on Workbox (@vite-pwa/astro 1.2)
 * declares support for Astro 5 at most.
 */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'integra:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const release = await releaseId(site, LOCALES);
        const script = releaseScriptName(release);
        await writeFile(path.join(site, script), releaseScript(release));
        const { count, size, warnings } = await generateSW(serviceWorkerOptions(site.replace(/\/$/, ''), release, LOCALES, script));
        for (const warning of warnings) logger.warn(warning);
        logger.info(`service worker for release ${release}: ${count} files precached (${Math.round(size / 1024)} kB)`);
      },
    },
  };
}
