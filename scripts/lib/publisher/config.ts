import { incrementalFromEnv } from '../incremental-build.ts';

/** The publisher's settings, from the environment, checked at start-up with clear messages. */
export interface PublisherConfig {
  port: number;
  host: string;
  secret: string;
  cmsUrl: string;
  siteUrl: string;
  dataDir: string;
  debounceMs: number;
  /** However often webhooks come, a build starts at the latest this long after the first. */
  maxWaitMs?: number;
  keepReleases: number;
  nightlyAt?: string;
  /** Re-render only changed pages (default; SITE_INCREMENTAL=false turns it off, docs/publishing.md). */
  incremental?: boolean;
  github?: { repository: string; token: string; apiUrl?: string };
}

export function publisherConfig(env: Record<string, string | undefined>, defaults: { dataDir: string }): PublisherConfig {
  // A blank value (HOST= in a unit file) counts as unset: an empty host would listen on every
  // interface, an empty DATA_DIR would put releases in the working folder.
  const text = (key: string, fallback: string) => (env[key]?.trim() ? env[key]!.trim() : fallback);
  const number = (key: string, fallback: number, max = 2_147_483_647) => {
    const value = env[key]?.trim() ? Number(env[key]) : fallback;
    // Node's timers fire at once above 2^31 - 1 ms (24.8 days).
    if (!Number.isInteger(value) || value < 0 || value > max)
      throw new Error(`${key} must be a whole number from 0 to ${max}, got "${env[key]}"`);
    return value;
  };
  const secret = env.PUBLISH_WEBHOOK_SECRET ?? '';
  if (secret.trim().length < 16) throw new Error('PUBLISH_WEBHOOK_SECRET must be set to at least 16 characters');
  // HTTP clients and servers strip white space around header values: such a secret never matches.
  if (secret !== secret.trim() || /[\r\n]/.test(secret))
    throw new Error('PUBLISH_WEBHOOK_SECRET must not start or end with white space or hold a line break');
  const github = env.GITHUB_DISPATCH_REPOSITORY
    ? { repository: env.GITHUB_DISPATCH_REPOSITORY, token: env.GITHUB_DISPATCH_TOKEN ?? '', apiUrl: env.GITHUB_API_URL }
    : undefined;
  if (github && !github.token) throw new Error('GITHUB_DISPATCH_TOKEN must be set with GITHUB_DISPATCH_REPOSITORY');
  return {
    port: number('PUBLISHER_PORT', 4322, 65_535),
    host: text('PUBLISHER_HOST', '127.0.0.1'),
    secret,
    cmsUrl: text('CMS_URL', 'http://127.0.0.1:1337'),
    siteUrl: text('SITE_URL', 'http://localhost:4321'),
    dataDir: text('DATA_DIR', defaults.dataDir),
    debounceMs: number('PUBLISH_DEBOUNCE_MS', 2000),
    maxWaitMs: number('PUBLISH_MAX_WAIT_MS', 20_000),
    keepReleases: Math.max(2, number('KEEP_RELEASES', 5)),
    nightlyAt: text('NIGHTLY_BUILD_AT', '03:30') === 'off' ? undefined : text('NIGHTLY_BUILD_AT', '03:30'),
    incremental: incrementalFromEnv(env),
    github,
  };
}
