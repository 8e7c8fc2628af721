import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { buildSite } from '../build-site.ts';
import { liveRelease, newReleaseDir, pruneReleases, releaseStore, switchLive } from '../releases.ts';
import { checkRelease, type ReleaseLocale } from './checks.ts';

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
 * One publish: build into a new release folder, check it, and only then switch `live` to it
 * atomically. A failed build or check deletes the new folder and leaves the live site exactly
 * as it was.
 */
export function createPipeline(options: PipelineOptions) {
  const store = releaseStore(options.dataDir);
  let last: BuildRecord | undefined;

  async function publish(reasons: string[]): Promise<BuildRecord> {
    const started = Date.now();
    const trigger = summarizeTriggers(reasons);
    const steps: Record<string, number> = {};
    const log = options.logger.child({ trigger });
    const release = await newReleaseDir(store);
    const fullSync = needsFullSync(reasons);
    log.info({ release: path.basename(release), fullSync }, 'build started');
    try {
      let t = Date.now();
      await buildSite({
        cmsUrl: options.cmsUrl,
        siteUrl: options.siteUrl,
        outDir: release,
        cacheDir: path.join(options.dataDir, 'cache'),
        env: { ...options.env, ...(fullSync ? { CMS_FULL_SYNC: 'true' } : {}) },
      });
      steps.build = Date.now() - t;
      t = Date.now();
      const problems = await checkRelease(release, options.locales);
      steps.check = Date.now() - t;
      if (problems.length) throw new Error(`release failed its checks: ${problems.join('; ')}`);
      t = Date.now();
      await switchLive(store, release);
      steps.switch = Date.now() - t;
      const pruned = await pruneReleases(store, options.keepReleases);
      last = {
        trigger,
        startedAt: new Date(started).toISOString(),
        durationMs: Date.now() - started,
        result: 'success',
        release: path.basename(release),
        steps,
      };
      log.info({ durationMs: last.durationMs, steps, release: last.release, pruned: pruned.length }, 'build succeeded, release live');
    } catch (error) {
      await rm(release, { recursive: true, force: true });
      const message = error instanceof Error ? error.message : String(error);
      last = {
        trigger,
        startedAt: new Date(started).toISOString(),
        durationMs: Date.now() - started,
        result: 'failure',
        error: message.slice(-2000),
        steps,
      };
      log.error({ durationMs: last.durationMs, steps, error: last.error }, 'build failed, live site unchanged');
    }
    return last;
  }

  return {
    publish,
    lastBuild: () => last,
    liveRelease: async () => {
      const live = await liveRelease(store);
      return live ? path.basename(live) : undefined;
    },
    store,
  };
}

export type Pipeline = ReturnType<typeof createPipeline>;
