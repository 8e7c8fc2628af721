import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { LOCALES } from '@integra/contract/locales';
import { bootStrapi, dropTestDatabase, ensureTestDatabase, makeTempDir, testEnv } from './helpers/boot-strapi';
import { CMS_ROOT } from './helpers/paths';
import { runSeed } from '../seed';
import { PUBLIC_COLLECTION_TYPES, PUBLIC_SINGLE_TYPES } from '../src/content-types';
import type { Core } from '@strapi/strapi';
import { PUBLISH_WEBHOOK_NAME } from '../src/bootstrap/publish-webhook';

const TYPES = [...PUBLIC_COLLECTION_TYPES, ...PUBLIC_SINGLE_TYPES];
const KEY = 'backup-test-key-0123456789';
const WEBHOOK_SECRET = 'webhook-secret-that-must-not-be-backed-up';
// Nothing listens there: the seed's webhook calls fail at once, the webhook is only stored.
const WEBHOOK = { PUBLISH_WEBHOOK_URL: 'http://127.0.0.1:9/webhook', PUBLISH_WEBHOOK_SECRET: WEBHOOK_SECRET };

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

/** A script's environment: the CMS in `dir`, and its data folder there too, never the repository's. */
const scriptEnv = (dir: string, extra: Record<string, string>) => ({
  ...process.env,
  ...testEnv(dir),
  NODE_ENV: 'production',
  DATA_DIR: path.join(dir, 'data'),
  ...extra,
});

function runScript(script: string, args: string[], dir: string, extra: Record<string, string> = {}) {
  return spawnSync(process.execPath, [path.join(CMS_ROOT, 'scripts', script), ...args], {
    cwd: CMS_ROOT,
    env: scriptEnv(dir, extra),
    encoding: 'utf8',
  });
}

/** Runs a script while watching every process's command line; resolves with what was seen. */
async function runWatchingArgv(script: string, args: string[], dir: string, extra: Record<string, string>, secret: string) {
  const child = spawn(process.execPath, [path.join(CMS_ROOT, 'scripts', script), ...args], {
    cwd: CMS_ROOT,
    env: scriptEnv(dir, extra),
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  let running = true;
  void exited.then(() => (running = false));
  const seenWithSecret = new Set<string>();
  let scans = 0;
  while (running) {
    for (const pid of await readdir('/proc').catch(() => [] as string[])) {
      if (!/^\d+$/.test(pid)) continue;
      const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
      if (cmdline.includes(secret)) seenWithSecret.add(cmdline.replace(/\0/g, ' '));
    }
    scans += 1;
    await new Promise((r) => setTimeout(r, 25));
  }
  return { status: await exited, stderr, seenWithSecret: [...seenWithSecret], scans };
}

/** The plain bytes of a backup: decrypted with Strapi's own cipher when .enc, then gunzipped. */
function archiveBytes(file: string, key?: string): Buffer {
  const data = readFileSync(file);
  if (!file.endsWith('.enc')) return gunzipSync(data);
  const require = createRequire(import.meta.url);
  const { utils } = require('@strapi/data-transfer') as {
    utils: { encryption: { createDecryptionCipher: (key: string) => import('node:crypto').Decipheriv } };
  };
  const decipher = utils.encryption.createDecryptionCipher(key!);
  return gunzipSync(Buffer.concat([decipher.update(data), decipher.final()]));
}

let source: string;
let target: string;
let before: Awaited<ReturnType<typeof inventory>>;
let backupFile: string;

beforeAll(async () => {
  source = await makeTempDir();
  target = await makeTempDir();
  const cms = await bootStrapi({ dir: source, env: WEBHOOK });
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
  it('writes an encrypted backup, readable by its owner only, with the key from a key file never on a command line', async () => {
    const out = path.join(source, 'backups');
    const keyFile = path.join(source, 'backup.key');
    await writeFile(keyFile, `${KEY}\n`, { mode: 0o600 });
    const result = await runWatchingArgv('backup.ts', ['--out', out, '--key-file', keyFile], source, { BACKUP_ENCRYPTION_KEY: '' }, KEY);
    expect(result.status, result.stderr).toBe(0);
    expect(result.scans).toBeGreaterThan(10);
    expect(result.seenWithSecret).toEqual([]);
    const files = readdirSync(out);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^integra-.*\.tar\.gz\.enc$/);
    backupFile = path.join(out, files[0]!);
    expect((statSync(backupFile).mode & 0o777).toString(8)).toBe('600');
  });

  it('keeps the webhook but not its secret header in the (decrypted) archive', () => {
    const archive = archiveBytes(backupFile, KEY).toString('latin1');
    expect(archive).toContain(PUBLISH_WEBHOOK_NAME);
    expect(archive).toContain('api::service.service');
    expect(archive).not.toContain(WEBHOOK_SECRET);
    expect(archive).not.toContain('Bearer');
  });

  it('refuses without a key unless --no-encrypt, refuses --key and unknown options, answers --help', () => {
    const out = path.join(source, 'refused');
    const noKey = runScript('backup.ts', ['--out', out], source, { BACKUP_ENCRYPTION_KEY: '' });
    expect(noKey.status).toBe(2);
    expect(noKey.stderr).toMatch(/no encryption key: set BACKUP_ENCRYPTION_KEY, or give --key-file/);
    const onArgv = runScript('backup.ts', ['--out', out, '--key', KEY], source);
    expect(onArgv.status).toBe(2);
    expect(onArgv.stderr).toContain('unknown option --key');
    for (const script of ['backup.ts', 'restore.ts']) {
      const unknown = runScript(script, ['--frobnicate'], source);
      expect(unknown.status, script).toBe(2);
      expect(unknown.stderr, script).toContain('unknown option --frobnicate');
      const help = runScript(script, ['--help'], source);
      expect(help.status, script).toBe(0);
      expect(help.stdout, script).toMatch(/--key-file <file>/);
    }
    expect(runScript('restore.ts', ['--help'], source).stdout).toContain('DESTRUCTIVE');
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it('with --no-encrypt writes a plain backup, mode 0600, after a one-line warning', () => {
    const out = path.join(source, 'plain');
    const result = runScript('backup.ts', ['--out', out, '--no-encrypt'], source, { BACKUP_ENCRYPTION_KEY: '' });
    expect(result.status, result.stderr).toBe(0);
    const warnings = result.stderr.split('\n').filter((line) => /UNENCRYPTED/.test(line));
    expect(warnings).toHaveLength(1);
    const files = readdirSync(out);
    expect(files).toEqual([expect.stringMatching(/^integra-.*\.tar\.gz$/)]);
    const file = path.join(out, files[0]!);
    expect((statSync(file).mode & 0o777).toString(8)).toBe('600');
    expect(archiveBytes(file).toString('latin1')).not.toContain(WEBHOOK_SECRET);
  });

  it('without --out writes into DATA_DIR/backups, a relative DATA_DIR taken from the folder it is run in', () => {
    for (const [dataDir, expected] of [
      [path.join(source, 'data-absolute'), path.join(source, 'data-absolute')],
      ['data-relative', path.join(source, 'data-relative')],
    ] as const) {
      const result = runScript('backup.ts', [], source, { BACKUP_ENCRYPTION_KEY: KEY, DATA_DIR: dataDir, INIT_CWD: source });
      expect(result.status, result.stderr).toBe(0);
      expect(readdirSync(path.join(expected, 'backups'))).toEqual([expect.stringMatching(/^integra-.*\.tar\.gz\.enc$/)]);
    }
  });

  it('refuses an encrypted backup without its key, and says so', () => {
    const result = runScript('restore.ts', [backupFile], target, { BACKUP_ENCRYPTION_KEY: '' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('set BACKUP_ENCRYPTION_KEY');
  });

  it('restores into an empty CMS every document, locale, draft, relation and file, and the webhook with its secret again', async () => {
    await mkdir(path.join(target, 'public', 'uploads'), { recursive: true });
    await ensureTestDatabase(target);
    const result = runScript('restore.ts', [backupFile], target, { BACKUP_ENCRYPTION_KEY: KEY });
    expect(result.status, result.stderr).toBe(0);
    const restored = await bootStrapi({ dir: target, env: { SEED_DEMO_CONTENT: 'false', ...WEBHOOK } });
    try {
      const after = await inventory(restored.strapi, path.join(target, 'public'));
      expect(before.files.length).toBeGreaterThan(0);
      expect(before.files.every((f) => f.onDisk)).toBe(true);
      expect(after).toEqual(before);
      // The bootstrap registers the webhook again from PUBLISH_WEBHOOK_URL and _SECRET.
      const hooks = ((await restored.strapi.get('webhookStore').findWebhooks()) as { name: string; headers: object }[]).filter(
        (w) => w.name === PUBLISH_WEBHOOK_NAME,
      );
      expect(hooks.map((w) => w.headers)).toEqual([{ Authorization: `Bearer ${WEBHOOK_SECRET}` }]);
    } finally {
      await restored.stop({ keepFiles: true });
    }
  });
});
