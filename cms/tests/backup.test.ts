import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import localeConfig from '@integra/config/locales.json';
import { bootStrapi, dropTestDatabase, ensureTestDatabase, makeTempDir, testEnv } from './helpers/boot-strapi';
import { CMS_ROOT } from './helpers/paths';
import { runSeed } from '../seed';
import { PUBLIC_COLLECTION_TYPES, PUBLIC_SINGLE_TYPES } from '../src/content-types';
import type { Core } from '@strapi/strapi';

const LOCALES = localeConfig.locales.map((l) => l.code);
const TYPES = [...PUBLIC_COLLECTION_TYPES, ...PUBLIC_SINGLE_TYPES];
const KEY = 'backup-test-key-0123456789';

/** Everything a restore must bring back: documents per type, locale and status, relations, files. */
async function inventory(strapi: Core.Strapi, publicDir: string) {
  const documents: Record<string, string[]> = {};
  for (const uid of TYPES) {
    for (const locale of LOCALES) {
      for (const status of ['draft', 'published'] as const) {
        const found = (await strapi.documents(uid as never).findMany({ locale, status, fields: ['updatedAt'] } as never)) as {
          documentId: string;
        }[];
        documents[`${uid} ${locale} ${status}`] = found.map((d) => d.documentId).sort();
      }
    }
  }
  const services = (await strapi.documents('api::service.service').findMany({
    locale: 'lv',
    status: 'published',
    populate: ['category', 'topics', 'audiences'],
  } as never)) as unknown as {
    documentId: string;
    category?: { documentId: string };
    topics: { documentId: string }[];
    audiences: { documentId: string }[];
  }[];
  const relations = Object.fromEntries(
    services.map((s) => [
      s.documentId,
      [s.category?.documentId, s.topics.map((t) => t.documentId).sort(), s.audiences.map((a) => a.documentId).sort()],
    ]),
  );
  const files = ((await strapi.db.query('plugin::upload.file').findMany({})) as { hash: string; ext: string; url: string }[])
    .map((f) => ({ name: `${f.hash}${f.ext}`, onDisk: existsSync(path.join(publicDir, f.url)) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { documents, relations, files };
}

function runScript(script: string, args: string[], dir: string, extra: Record<string, string> = {}) {
  return spawnSync(process.execPath, [path.join(CMS_ROOT, 'scripts', script), ...args], {
    cwd: CMS_ROOT,
    env: { ...process.env, ...testEnv(dir), NODE_ENV: 'production', ...extra },
    encoding: 'utf8',
  });
}

let source: string;
let target: string;
let before: Awaited<ReturnType<typeof inventory>>;
let backupFile: string;

beforeAll(async () => {
  source = await makeTempDir();
  target = await makeTempDir();
  const cms = await bootStrapi({ dir: source });
  await runSeed(cms.strapi);
  before = await inventory(cms.strapi, path.join(source, 'public'));
  await cms.stop({ keepFiles: true });
});
afterAll(async () => {
  await Promise.all([dropTestDatabase(source), dropTestDatabase(target)]);
  await rm(source, { recursive: true, force: true });
  await rm(target, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('writes an encrypted backup of the database and uploads', () => {
    const out = path.join(source, 'backups');
    const result = runScript('backup.mjs', ['--out', out], source, { BACKUP_ENCRYPTION_KEY: KEY });
    expect(result.status, result.stderr).toBe(0);
    const files = readdirSync(out);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^integra-.*\.tar\.gz\.enc$/);
    backupFile = path.join(out, files[0]!);
  });

  it('refuses an encrypted backup without its key, and says so', () => {
    const result = runScript('restore.mjs', [backupFile], target, { BACKUP_ENCRYPTION_KEY: '' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('set BACKUP_ENCRYPTION_KEY');
  });

  it('restores into an empty CMS every document, locale, draft, relation and file', async () => {
    await mkdir(path.join(target, 'public', 'uploads'), { recursive: true });
    await ensureTestDatabase(target);
    const result = runScript('restore.mjs', [backupFile], target, { BACKUP_ENCRYPTION_KEY: KEY });
    expect(result.status, result.stderr).toBe(0);
    const restored = await bootStrapi({ dir: target, env: { SEED_DEMO_CONTENT: 'false' } });
    try {
      const after = await inventory(restored.strapi, path.join(target, 'public'));
      expect(before.files.length).toBeGreaterThan(0);
      expect(before.files.every((f) => f.onDisk)).toBe(true);
      expect(after).toEqual(before);
    } finally {
      await restored.stop({ keepFiles: true });
    }
  });
});
