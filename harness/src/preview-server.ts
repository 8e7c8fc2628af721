import path from 'node:path';
import { buildSite } from './build-site.ts';
import { SITE_DIR } from './paths.ts';
import { startServerProcess, type ServerProcess } from './server-process.ts';

/**
 * Where the preview server is built. Inside site/: the server imports the site's dependencies
 * from site/node_modules at run time.
 */
export const PREVIEW_SERVER_DIR = path.join(SITE_DIR, 'dist-preview');

/**
 * Builds the preview server: the site built with SITE_MODE=preview (Astro's Node adapter, one
 * on-demand route for signed preview links). Built once; it reads drafts live from the CMS,
 * so publishing never rebuilds it. Its site settings are those of the build.
 */
export async function buildPreviewServer(options: { cmsUrl: string; siteUrl: string; cacheDir: string }) {
  return buildSite({ ...options, outDir: PREVIEW_SERVER_DIR, env: { SITE_MODE: 'preview' } });
}

/**
 * What the preview server takes from its parent's environment: how to run (paths, locale,
 * time zone, Node's own settings), never the parent's secrets. It serves the network, and
 * `pnpm start` holds the webhook secret, the admin login and database settings.
 */
const INHERITED = /^(PATH|HOME|TMPDIR|TZ|LANG|LC_[A-Z]+|NODE_ENV|NODE_OPTIONS|NODE_EXTRA_CA_CERTS|ASTRO_TELEMETRY_DISABLED)$/;
export const inheritedEnv = (env: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(env).filter(([key]) => INHERITED.test(key)));

/** Starts a built preview server; CMS_TOKEN must be a read-only token (drafts, nothing else). */
export function startPreviewServer(options: {
  port: number;
  cmsUrl: string;
  cmsToken: string;
  secret: string;
  /** Origins allowed to frame previews (the CMS admin), space-separated. */
  frameAncestors: string;
  host?: string;
  /** Each line the server prints (a preview that failed to load is logged on stderr). */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
}): Promise<ServerProcess> {
  return startServerProcess({
    name: 'preview server',
    args: [path.join(SITE_DIR, 'preview-server.mjs')],
    cwd: SITE_DIR,
    port: options.port,
    env: {
      ...inheritedEnv(process.env),
      HOST: options.host ?? '127.0.0.1',
      PORT: String(options.port),
      CMS_URL: options.cmsUrl,
      CMS_TOKEN: options.cmsToken,
      PREVIEW_SECRET: options.secret,
      PREVIEW_FRAME_ANCESTORS: options.frameAncestors,
      CMS_SNAPSHOT: '',
    },
    readyPath: '/',
    onLine: options.onLine,
  });
}
