import { spawn } from 'node:child_process';
import path from 'node:path';
import { SITE_DIR } from './paths.ts';

export interface SiteBuild {
  outDir: string;
  durationMs: number;
  output: string;
}

/**
 * Runs the site's real build (content sync, astro build, Pagefind) against a CMS into outDir.
 * cacheDir keeps the content layer's store between builds, so a rebuild fetches only changes.
 * Rejects with the tail of the build output when the build fails.
 */
export async function buildSite(options: {
  cmsUrl: string;
  siteUrl: string;
  outDir: string;
  cacheDir: string;
  env?: Record<string, string | undefined>;
  onOutput?: (chunk: string) => void;
}): Promise<SiteBuild> {
  const started = Date.now();
  let output = '';
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(SITE_DIR, 'node_modules', 'astro', 'astro.js'), 'build'], {
      cwd: SITE_DIR,
      env: {
        ...process.env,
        ...options.env,
        CMS_URL: options.cmsUrl,
        SITE_URL: options.siteUrl,
        SITE_OUT_DIR: options.outDir,
        SITE_CACHE_DIR: options.cacheDir,
        CMS_OFFLINE: 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const collect = (chunk: Buffer) => {
      output += chunk;
      options.onOutput?.(chunk.toString());
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('exit', resolve);
  });
  if (code !== 0) throw new Error(`site build failed (exit ${code}):\n${output.slice(-4000)}`);
  return { outDir: options.outDir, durationMs: Date.now() - started, output };
}
