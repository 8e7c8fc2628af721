import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Tells the pages of a static build where uploaded files go (see siteMedia in
 * src/lib/cms/media.ts): `<outDir>/media/`, with the downloaded bytes kept in the build's
 * cache folder so that a rebuild does not fetch unchanged files again.
 */
export function mediaOutput(): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  return {
    name: 'integra:media',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = path.join(fileURLToPath(config.cacheDir), 'integra-media');
      },
      'astro:build:start': () => {
        process.env.INTEGRA_MEDIA_OUT_DIR = outDir;
        process.env.INTEGRA_MEDIA_CACHE_DIR = cacheDir;
      },
    },
  };
}
