import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CMS_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST_DIR = path.join(CMS_ROOT, 'dist');
