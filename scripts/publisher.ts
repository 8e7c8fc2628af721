/**
 * pnpm publisher: runs the publisher service (see lib/publisher/). Settings from the
 * environment: PUBLISH_WEBHOOK_SECRET (required), CMS_URL, SITE_URL, PUBLISHER_PORT (4322),
 * DATA_DIR (.data), PUBLISH_DEBOUNCE_MS (2000), KEEP_RELEASES (5), NIGHTLY_BUILD_AT (03:30
 * Riga time, "off" to disable), GITHUB_DISPATCH_REPOSITORY and GITHUB_DISPATCH_TOKEN to relay
 * to GitHub Actions instead of building here. Builds into DATA_DIR; never deletes the live release.
 */
import { createPublisher } from './lib/publisher/index.ts';
import { publisherConfig } from './lib/publisher/config.ts';
import { DATA_DIR } from './lib/paths.ts';

try {
  const publisher = createPublisher(publisherConfig(process.env, { dataDir: DATA_DIR }));
  await publisher.listen();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void publisher.close().then(() => process.exit(0)));
} catch (error) {
  console.error(`publisher failed to start: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
