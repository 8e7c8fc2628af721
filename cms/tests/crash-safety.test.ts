import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdir, rm } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { makeTempDir, testEnv } from './helpers/boot-strapi';
import { CMS_ROOT } from './helpers/paths';
import { slugify } from '../seed/slugify';
import type { SeedDocument } from '../seed/engine';
import { SERVICES } from '../seed/data/services';
import { RESOURCES } from '../seed/data/resources';
import { PAGES } from '../seed/data/pages';
import { CATEGORIES, TOPICS } from '../seed/data/taxonomies';

interface Sqlite {
  prepare(sql: string): { get(): Record<string, unknown> };
  pragma(sql: string, options?: { simple: boolean }): unknown;
  close(): void;
}
const require = createRequire(import.meta.url);
const Database = require('better-sqlite3') as new (
  file: string,
  options?: { readonly?: boolean; fileMustExist?: boolean; timeout?: number },
) => Sqlite;

/** Seed documents per REST endpoint: what a complete seed shows the public. */
const SEEDED: [endpoint: string, docs: SeedDocument[]][] = [
  ['categories', CATEGORIES],
  ['topics', TOPICS],
  ['services', SERVICES],
  ['resources', RESOURCES],
  ['pages', PAGES],
];

let dir: string;
let dbFile: string;
let child: ChildProcess | undefined;
let port: number;

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

/** The CMS as `pnpm start` and CI run it headless (scripts/serve-headless.ts), seeding at boot. */
function startCms(): ChildProcess {
  const started = spawn(process.execPath, ['scripts/serve-headless.ts'], {
    cwd: CMS_ROOT,
    env: { ...process.env, ...testEnv(dir, { SEED_DEMO_CONTENT: 'true', PORT: String(port) }) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  started.stderr!.resume();
  return started;
}

const exited = (process: ChildProcess) =>
  process.exitCode !== null || process.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => process.once('exit', () => resolve()));

/** Polls `check` every 20 ms until it returns true; fails after `ms`. */
async function waitUntil(what: string, check: () => boolean | Promise<boolean>, ms: number) {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Committed rows of a table, read as another process would; undefined while it cannot be read. */
function rows(table: string): number | undefined {
  let db: Sqlite | undefined;
  try {
    db = new Database(dbFile, { readonly: true, fileMustExist: true, timeout: 100 });
    return Number(db.prepare(`SELECT count(*) AS n FROM ${table}`).get().n);
  } catch {
    return undefined;
  } finally {
    db?.close();
  }
}

const api = async (query: string) => {
  const response = await fetch(`http://127.0.0.1:${port}/api/${query}`);
  expect(response.status, query).toBe(200);
  return (await response.json()) as { data: Record<string, unknown>[] };
};

beforeAll(async () => {
  dir = await makeTempDir();
  dbFile = path.join(dir, 'cms.db');
  await mkdir(path.join(dir, 'public', 'uploads'), { recursive: true });
  port = await freePort();
});
afterAll(async () => {
  if (child) {
    child.kill('SIGKILL');
    await exited(child);
  }
  await rm(dir, { recursive: true, force: true });
});

describe.skipIf(process.env.TEST_DATABASE_URL)('a CMS killed with SIGKILL in the middle of seeding', () => {
  it('leaves a SQLite database that passes integrity_check, with some but not all of the seed', async () => {
    child = startCms();
    const killed = child;
    // Some services committed, the site settings (written last) not yet: the seed is halfway.
    await waitUntil('the seed to be halfway', () => (rows('services') ?? 0) > 0 && rows('globals') === 0, 150_000);
    killed.kill('SIGKILL');
    await exited(killed);
    expect(killed.signalCode).toBe('SIGKILL');

    // Opened read-write, as the next boot does: a hot journal is rolled back first.
    const db = new Database(dbFile, { fileMustExist: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      // Rollback journal (or WAL) with SQLite's default synchronous=FULL: kill -9 loses nothing committed.
      expect(['delete', 'wal']).toContain(db.pragma('journal_mode', { simple: true }));
      expect(Number(db.prepare('SELECT count(*) AS n FROM globals').get().n)).toBe(0);
    } finally {
      db.close();
    }
  }, 200_000);

  it('starts again, completes the seed, and the public API shows every document whole, in every language it has', async () => {
    child = startCms();
    await waitUntil(
      'the CMS to answer',
      () =>
        fetch(`http://127.0.0.1:${port}/_health`).then(
          (r) => r.status < 500,
          () => false,
        ),
      150_000,
    );
    for (const [endpoint, docs] of SEEDED) {
      // documentId → the locales the public sees it in
      const seen = new Map<string, { lvSlug?: string; locales: string[] }>();
      for (const locale of ['lv', 'en', 'ru', 'uk']) {
        const { data } = await api(`${endpoint}?locale=${locale}&pagination[pageSize]=100`);
        for (const entry of data) {
          const id = entry.documentId as string;
          const doc = seen.get(id) ?? { locales: [] };
          doc.locales.push(locale);
          if (locale === 'lv') doc.lvSlug = entry.slug as string;
          seen.set(id, doc);
          for (const field of ['slug', 'publishedAt']) expect(entry[field], `${endpoint} ${id} ${locale} ${field}`).toBeTruthy();
          expect(entry.title ?? entry.name, `${endpoint} ${id} ${locale} title`).toBeTruthy();
        }
      }
      const expected = Object.fromEntries(
        docs.map((d) => [
          (d.text.lv.slug as string | undefined) ?? slugify(String(d.text.lv.title ?? d.text.lv.name)),
          Object.keys(d.text).sort(),
        ]),
      );
      const actual = Object.fromEntries([...seen.values()].map((d) => [d.lvSlug ?? '(no Latvian version)', d.locales.sort()]));
      expect(actual, endpoint).toEqual(expected);
    }
    const global = await api('global?locale=lv');
    expect(global.data).toMatchObject({ siteName: expect.any(String) });
  }, 300_000);
});
