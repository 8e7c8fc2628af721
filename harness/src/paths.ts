import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, and the packages the harness runs: the CMS and the site. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CMS_DIR = path.join(REPO_ROOT, 'cms');
export const SITE_DIR = path.join(REPO_ROOT, 'site');
