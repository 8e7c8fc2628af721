import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { restoreLinkedMedia } from '../lib/cms/media';
import { builtPagesOf } from './built-pages';

/**
 * Tells the pages of a static build where uploaded files go (see siteMedia in
 * src/lib/cms/media.ts): `<outDir>/media/`, with the downloaded bytes kept in the build's
 * cache folder so that a rebuild does not fetch unchanged files again. In an incremental build
 * the files of the pages Astro did not render are placed from that cache afterwards.
 */
export function mediaOutput(): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let incremental = false;
  return {
    name: 'integra:media',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = path.join(fileURLToPath(config.cacheDir), 'integra-media');
        incremental = config.experimental.incrementalBuild === true;
      },
      'astro:build:start': () => {
        process.env.INTEGRA_MEDIA_OUT_DIR = outDir;
        process.env.INTEGRA_MEDIA_CACHE_DIR = cacheDir;
      },
      'astro:build:done': async ({ logger }) => {
        if (!incremental) return;
        const pages = builtPagesOf(outDir);
        const linked = pages.files.flatMap((file) => pages.facts(file)?.media ?? []);
        const { restored, unknown } = await restoreLinkedMedia(outDir, cacheDir, linked);
        logger.info(`placed ${restored.length} uploaded file(s) of pages reused from the last build`);
        if (unknown.length) logger.warn(`pages link to /media/ files that are not in the media cache: ${unknown.slice(0, 10).join(', ')}`);
      },
    },
  };
}
