import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The CMS's folder (cms/), where Strapi's app, config and node_modules are. */
export const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
