import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, and the folders the scripts work with. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CMS_DIR = path.join(REPO_ROOT, 'cms');
export const SITE_DIR = path.join(REPO_ROOT, 'site');
/** Runtime data of the demo and the publisher: releases, the live link, the build cache. */
export const DATA_DIR = process.env.DATA_DIR ? path.resolve(process.env.DATA_DIR) : path.join(REPO_ROOT, '.data');
