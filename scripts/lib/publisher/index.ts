import pino, { type Logger } from 'pino';
import { createBuildScheduler } from './scheduler.ts';
import { createPipeline } from './pipeline.ts';
import { lockStore } from '../releases.ts';
import { createPublisherServer } from './server.ts';
import { createGithubRelay } from './github-relay.ts';
import { scheduleNightly } from './nightly.ts';
import { RELEASE_LOCALES } from './locales.ts';
import type { PublisherConfig } from './config.ts';

/**
 * The publisher: receives Strapi's webhook, coalesces bursts, builds and puts releases live
 * (or relays to GitHub Actions), rebuilds nightly. Returns handles to run and stop it.
 */
export function createPublisher(config: PublisherConfig, logger: Logger = pino({ name: 'publisher' })) {
  const pipeline = createPipeline({
    cmsUrl: config.cmsUrl,
    siteUrl: config.siteUrl,
    dataDir: config.dataDir,
    locales: RELEASE_LOCALES,
    keepReleases: config.keepReleases,
    // On unless turned off (SITE_INCREMENTAL=false, see publisherConfig).
    incremental: config.incremental ?? true,
    logger,
    env: { CMS_TOKEN: process.env.CMS_TOKEN, MEDIA_URL: process.env.MEDIA_URL },
  });
  const relay = config.github ? createGithubRelay({ ...config.github, logger }) : undefined;
  let builds = 0;
  let unlock: () => Promise<void> = async () => {};
  const scheduler = createBuildScheduler({
    debounceMs: config.debounceMs,
    maxWaitMs: config.maxWaitMs,
    onError: (error) => logger.error({ error: error instanceof Error ? error.message : String(error) }, 'build aborted unexpectedly'),
    build: async (reasons) => {
      builds += 1;
      if (relay) return relay(reasons);
      await pipeline.publish(reasons);
    },
  });
  const server = createPublisherServer({
    secret: config.secret,
    scheduler,
    logger,
    status: async () => ({ currentRelease: await pipeline.liveRelease(), lastBuild: pipeline.lastBuild() }),
  });
  const stopNightly = config.nightlyAt ? scheduleNightly(config.nightlyAt, () => scheduler.request('nightly')) : () => {};

  return {
    server,
    scheduler,
    pipeline,
    buildCount: () => builds,
    /** Takes DATA_DIR, cleans up after an earlier run that died mid-build, then answers webhooks. */
    listen: async () => {
      if (!relay) {
        unlock = await lockStore(pipeline.store);
        await pipeline.recover();
      }
      await server.listen({ port: config.port, host: config.host });
    },
    async close() {
      stopNightly();
      scheduler.stop();
      await server.close();
      await unlock();
    },
  };
}

export type Publisher = ReturnType<typeof createPublisher>;
