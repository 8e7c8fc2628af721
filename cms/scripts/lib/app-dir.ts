import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The CMS's folder (cms/), where Strapi's app, config and node_modules are. */
export const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The runtime data folder that the demo, the publisher and the backups share: DATA_DIR (a
 * relative one taken from `cwd`), or .data at the repository's root. A blank value counts as
 * unset, as for the publisher (scripts/lib/publisher/config.ts).
 */
export function dataDir(cwd: string, env: Record<string, string | undefined> = process.env): string {
  const value = env.DATA_DIR?.trim();
  return value ? path.resolve(cwd, value) : path.join(appDir, '..', '.data');
}
