import path from 'node:path';
import { REPO_ROOT } from '@integra/harness/paths';

export { REPO_ROOT, CMS_DIR, SITE_DIR } from '@integra/harness/paths';

/** Runtime data of the demo and the publisher: releases, the live link, the build cache. */
export const DATA_DIR = process.env.DATA_DIR ? path.resolve(process.env.DATA_DIR) : path.join(REPO_ROOT, '.data');
