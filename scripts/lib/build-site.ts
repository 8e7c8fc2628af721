import { spawn } from 'node:child_process';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { SITE_DIR } from './paths.ts';

export interface SiteBuild {
  outDir: string;
  durationMs: number;
  output: string;
  /** Highest resident memory of the build process seen, in bytes (sampled every 100 ms). */
  peakRssBytes: number;
}

/** Samples a process's peak resident memory (VmHWM) from /proc while it runs; 0 elsewhere. */
export function trackPeakMemory(pid: number | undefined): () => number {
  let peak = 0;
  const read = () => {
    try {
      const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
      peak = Math.max(peak, kb * 1024);
    } catch {
      // the process has ended or /proc is not there
    }
  };
  const timer = setInterval(read, 100);
  timer.unref();
  return () => {
    read();
    clearInterval(timer);
    return peak;
  };
}

/** The astro command line of the site's own astro package (its `bin`, which moved in Astro 7). */
export function astroBin(): string {
  const dir = path.join(SITE_DIR, 'node_modules', 'astro');
  const { bin } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { bin: string | Record<string, string> };
  return path.join(dir, typeof bin === 'string' ? bin : bin.astro!);
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
  /** `build` (default) or `sync` (content only, for measuring the CMS fetch). */
  command?: 'build' | 'sync';
}): Promise<SiteBuild> {
  const started = Date.now();
  let output = '';
  let stopTracking = () => 0;
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [astroBin(), options.command ?? 'build'], {
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
    stopTracking = trackPeakMemory(child.pid);
    child.on('error', reject);
    child.on('exit', resolve);
  });
  const peakRssBytes = stopTracking();
  if (code !== 0) throw new Error(`site build failed (exit ${code}):\n${output.slice(-4000)}`);
  return { outDir: options.outDir, durationMs: Date.now() - started, output, peakRssBytes };
}
