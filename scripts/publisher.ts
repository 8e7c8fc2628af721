/**
 * pnpm publisher: runs the publisher service (see lib/publisher/). Settings from the
 * environment: PUBLISH_WEBHOOK_SECRET (required), CMS_URL, SITE_URL, PUBLISHER_PORT (4322),
 * DATA_DIR (.data), PUBLISH_DEBOUNCE_MS (2000), KEEP_RELEASES (5), NIGHTLY_BUILD_AT (03:30
 * Riga time, "off" to disable), GITHUB_DISPATCH_REPOSITORY and GITHUB_DISPATCH_TOKEN to relay
 * to GitHub Actions instead of building here; LOG_FORMAT (json, or pretty: one line per build). Builds into DATA_DIR; never deletes the live release.
 */
import { createPublisher } from './lib/publisher/index.ts';
import { publisherConfig } from './lib/publisher/config.ts';
import { DATA_DIR } from './lib/paths.ts';
import { parseCli } from '@integra/contract/cli';
import { logFormat, publisherLogger } from './lib/log-format.ts';

parseCli({
  command: 'pnpm publisher',
  summary:
    "Runs the publisher: takes the CMS's publish webhook, coalesces bursts, builds the site into a new release and puts it live atomically (or relays to GitHub Actions); rebuilds nightly.",
  effects:
    'Not destructive: writes new releases into DATA_DIR (default .data) and prunes the oldest beyond KEEP_RELEASES; never deletes the live release.',
  notes: [
    'Settings from the environment (docs/publishing.md): PUBLISH_WEBHOOK_SECRET (required), CMS_URL, CMS_TOKEN, SITE_URL,',
    'MEDIA_URL, PUBLISHER_PORT, PUBLISHER_HOST, DATA_DIR, PUBLISH_DEBOUNCE_MS, KEEP_RELEASES, NIGHTLY_BUILD_AT, BUILD_TIMEOUT_MS,',
    'GITHUB_DISPATCH_REPOSITORY, GITHUB_DISPATCH_TOKEN; LOG_FORMAT (json or pretty; default pretty on a terminal), LOG_LEVEL.',
  ].join('\n'),
});

try {
  const publisher = createPublisher(publisherConfig(process.env, { dataDir: DATA_DIR }), publisherLogger(logFormat()));
  await publisher.listen();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void publisher.close().then(() => process.exit(0)));
} catch (error) {
  console.error(`publisher failed to start: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
