import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { buildSite } from '@integra/harness/build-site';
import { completeRelease, liveRelease, newBuildDir, pruneReleases, recoverReleases, releaseStore, switchLive } from '../releases.ts';
import { checkRelease, type ReleaseLocale } from './checks.ts';
import { beginIncrementalBuild, endIncrementalBuild, INCREMENTAL_OUT_DIR } from '../incremental-build.ts';

export interface BuildRecord {
  trigger: string[];
  startedAt: string;
  durationMs: number;
  result: 'success' | 'failure';
  release?: string;
  error?: string;
  /** Milliseconds per step: build (content sync, pages, search index), check, switch. */
  steps: Record<string, number>;
}

export interface PipelineOptions {
  cmsUrl: string;
  siteUrl: string;
  dataDir: string;
  locales: ReleaseLocale[];
  keepReleases: number;
  logger: Logger;
  /** Extra environment for the site build (e.g. CMS_TOKEN, MEDIA_URL). */
  env?: Record<string, string | undefined>;
  /** The site build; the real one unless a test puts another in its place. */
  build?: (options: Parameters<typeof buildSite>[0]) => Promise<unknown>;
  /**
   * Render only the pages whose data or code changed (Astro's experimental.incrementalBuild);
   * the others are copied from Astro's cache in cacheDir. createPublisher turns it on unless
   * SITE_INCREMENTAL=false; a pipeline made directly has it off unless asked.
   */
  incremental?: boolean;
  /** Pruning of old releases; the real one unless a test puts another in its place. */
  prune?: typeof pruneReleases;
}

/**
 * What triggered a build, one line per distinct reason with its count ("entry.publish
 * api::event.event ×41"), in the order first seen: the seed or a bulk publish sends hundreds.
 */
export function summarizeTriggers(reasons: string[]): string[] {
  const counts = new Map<string, number>();
  for (const reason of reasons) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [...counts].map(([reason, count]) => (count > 1 ? `${reason} ×${count}` : reason));
}

/** Reasons that call for refetching everything, not just what changed. */
const FULL_SYNC_REASONS = new Set(['nightly', 'manual']);
/**
 * Events whose change shows inside other entries: a renamed category or organisation, or a
 * file's new alt text, is embedded (populated) in the services and events that point to it,
 * whose updatedAt does not move, so the incremental sync would keep the old name on their
 * pages. Entry writes reach the build only for types without draft/publish (needsRebuild).
 */
const FULL_SYNC_EVENTS = new Set(['entry.create', 'entry.update', 'entry.delete', 'media.update', 'media.delete']);

/** True when a build for these reasons must refetch every entry (CMS_FULL_SYNC). */
export const needsFullSync = (reasons: string[]) =>
  reasons.some((reason) => FULL_SYNC_REASONS.has(reason) || FULL_SYNC_EVENTS.has(reason.split(' ')[0]!));

/**
 * One publish: build into building/<id>/, check it, mark it complete and move it into
 * releases/, and only then switch `live` to it atomically. A failed build or check deletes its
 * folder and leaves the live site exactly as it was. Pruning old releases comes after the
 * switch and can never undo it: a prune that fails is logged, the new release stays live.
 */
export function createPipeline(options: PipelineOptions) {
  const store = releaseStore(options.dataDir);
  const build = options.build ?? buildSite;
  const prune = options.prune ?? pruneReleases;
  let last: BuildRecord | undefined;

  async function publish(reasons: string[]): Promise<BuildRecord> {
    const started = Date.now();
    const trigger = summarizeTriggers(reasons);
    const steps: Record<string, number> = {};
    const log = options.logger.child({ trigger });
    const fullSync = needsFullSync(reasons);
    const record = (result: BuildRecord['result'], extra: Partial<BuildRecord>): BuildRecord => ({
      trigger,
      startedAt: new Date(started).toISOString(),
      durationMs: Date.now() - started,
      result,
      steps,
      ...extra,
    });
    let buildDir: string | undefined;
    // Incremental builds write into one fixed folder, renamed to buildDir when done (see INCREMENTAL_OUT_DIR).
    const outDir = options.incremental ? path.join(store.buildingDir, INCREMENTAL_OUT_DIR) : undefined;
    let release: string;
    try {
      // Inside the try: a data folder that cannot be written is a failed build like any other.
      buildDir = await newBuildDir(store);
      log.info({ release: path.basename(buildDir), fullSync }, 'build started');
      let t = Date.now();
      const cacheDir = path.join(options.dataDir, 'cache');
      if (outDir) {
        await rm(outDir, { recursive: true, force: true });
        const { reset } = await beginIncrementalBuild(cacheDir, { full: reasons.some((r) => FULL_SYNC_REASONS.has(r)) });
        if (reset) log.info('every page is rendered again (nightly or manual rebuild, or the last build did not finish)');
      }
      await build({
        cmsUrl: options.cmsUrl,
        siteUrl: options.siteUrl,
        outDir: outDir ?? buildDir,
        cacheDir,
        env: { ...options.env, ...(fullSync ? { CMS_FULL_SYNC: 'true' } : {}), SITE_INCREMENTAL: options.incremental ? 'true' : 'false' },
      });
      if (outDir) {
        await endIncrementalBuild(cacheDir);
        await rm(buildDir, { recursive: true });
        await rename(outDir, buildDir);
      }
      steps.build = Date.now() - t;
      t = Date.now();
      const problems = await checkRelease(buildDir, options.locales);
      steps.check = Date.now() - t;
      if (problems.length) throw new Error(`release failed its checks: ${problems.join('; ')}`);
      t = Date.now();
      release = await completeRelease(store, buildDir, { trigger });
      await switchLive(store, release);
      steps.switch = Date.now() - t;
    } catch (error) {
      if (buildDir) await rm(buildDir, { recursive: true, force: true }).catch(() => {});
      if (outDir) await rm(outDir, { recursive: true, force: true }).catch(() => {});
      const message = error instanceof Error ? error.message : String(error);
      last = record('failure', { error: message.slice(-2000) });
      log.error({ durationMs: last.durationMs, steps, error: last.error }, 'build failed, live site unchanged');
      return last;
    }
    // The new release is live. Nothing below may take it down.
    let pruned: string[] = [];
    try {
      pruned = await prune(store, options.keepReleases);
    } catch (error) {
      log.warn({ error: error instanceof Error ? error.message : String(error) }, 'pruning old releases failed; the new release is live');
    }
    last = record('success', { release: path.basename(release) });
    log.info({ durationMs: last.durationMs, steps, release: last.release, pruned: pruned.length }, 'build succeeded, release live');
    return last;
  }

  /** Removes what builds killed half-way left behind; run before the first build. */
  async function recover(): Promise<void> {
    const { removed, adopted } = await recoverReleases(store, async (dir) => (await checkRelease(dir, options.locales)).length === 0);
    if (removed.length || adopted.length) {
      options.logger.warn(
        { removed: removed.map((d) => path.relative(options.dataDir, d)), adopted: adopted.map((d) => path.relative(options.dataDir, d)) },
        `removed ${removed.length} unfinished build(s) left by an earlier run`,
      );
    }
  }

  return {
    publish,
    recover,
    lastBuild: () => last,
    liveRelease: async () => {
      const live = await liveRelease(store);
      return live ? path.basename(live) : undefined;
    },
    store,
  };
}

export type Pipeline = ReturnType<typeof createPipeline>;
