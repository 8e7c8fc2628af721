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

/** Default of buildSite's timeoutMs: 30 minutes, or BUILD_TIMEOUT_MS. */
export function defaultBuildTimeoutMs(env: Record<string, string | undefined> = process.env): number {
  const raw = env.BUILD_TIMEOUT_MS?.trim();
  if (!raw) return 30 * 60 * 1000;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`BUILD_TIMEOUT_MS must be a positive whole number of ms, got "${raw}"`);
  return value;
}

/** The astro command line of the site's own astro package (its `bin`, which moved in Astro 7). */
export function astroBin(siteDir = SITE_DIR): string {
  const dir = path.join(siteDir, 'node_modules', 'astro');
  const { bin } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { bin: string | Record<string, string> };
  return path.join(dir, typeof bin === 'string' ? bin : bin.astro!);
}

/**
 * Runs the site's real build (content sync, astro build, Pagefind) against a CMS into outDir.
 * cacheDir keeps the content layer's store between builds, so a rebuild fetches only changes.
 * Rejects with the tail of the build output when the build fails, and when it runs longer than
 * timeoutMs (a stalled fetch must not leave the publisher "building" for ever): then the child
 * gets SIGTERM, and SIGKILL killGraceMs later if it is still there.
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
  /** Longest the build may take, in ms (default defaultBuildTimeoutMs()). */
  timeoutMs?: number;
  /** Wait between SIGTERM and SIGKILL when the build times out, in ms (default 5 s). */
  killGraceMs?: number;
  /** Node arguments run instead of Astro: for tests of the process handling only. */
  nodeArgs?: string[];
  /** Another checkout's site folder and the Node that runs it: the benchmark's baseline. */
  baseline?: { siteDir: string; node: string };
}): Promise<SiteBuild> {
  const started = Date.now();
  const timeoutMs = options.timeoutMs ?? defaultBuildTimeoutMs();
  const killGraceMs = options.killGraceMs ?? 5000;
  let output = '';
  let stopTracking = () => 0;
  let timedOut = false;
  const code = await new Promise<number | null>((resolve, reject) => {
    const siteDir = options.baseline?.siteDir ?? SITE_DIR;
    const args = options.nodeArgs ?? [astroBin(siteDir), options.command ?? 'build'];
    const child = spawn(options.baseline?.node ?? process.execPath, args, {
      cwd: siteDir,
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
    let killTimer: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
      killTimer = setTimeout(() => child.kill('SIGKILL'), killGraceMs);
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      clearTimeout(killTimer);
    };
    child.on('error', (error) => {
      done();
      reject(error);
    });
    child.on('exit', (exitCode) => {
      done();
      resolve(exitCode);
    });
  });
  const peakRssBytes = stopTracking();
  if (timedOut) throw new Error(`site build timed out after ${timeoutMs / 1000} s:\n${output.slice(-4000)}`);
  if (code !== 0) throw new Error(`site build failed (exit ${code}):\n${output.slice(-4000)}`);
  return { outDir: options.outDir, durationMs: Date.now() - started, output, peakRssBytes };
}
