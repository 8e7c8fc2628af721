import { createRequire } from 'node:module';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Core } from '@strapi/strapi';
import { CMS_ROOT, DIST_DIR } from './paths';

// Loaded through require: Strapi is CommonJS and must not pass through vite's transform.
const require = createRequire(import.meta.url);
const { createStrapi } = require('@strapi/strapi') as typeof import('@strapi/strapi');

export interface BootedStrapi {
  strapi: Core.Strapi;
  /** Base URL of the running HTTP server, e.g. http://127.0.0.1:41234 */
  url: string;
  /** Temp folder holding the database and uploads of this instance. */
  dir: string;
  stop(options?: { keepFiles?: boolean }): Promise<void>;
}

const secret = () => randomBytes(16).toString('base64');

/**
 * The suite runs on SQLite, or on PostgreSQL when TEST_DATABASE_URL points at a server
 * (scripts/postgres/with-private-cluster.sh): then each temp folder gets its own database,
 * named after the folder, so a second boot on the same folder finds the same data.
 */
const postgresServer = () => process.env.TEST_DATABASE_URL;
const databaseName = (dir: string) =>
  path
    .basename(dir)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '_');

function databaseEnv(dir: string): Record<string, string> {
  const server = postgresServer();
  if (!server) return { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'cms.db') };
  const url = new URL(server);
  url.pathname = `/${databaseName(dir)}`;
  return { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.href, DATABASE_POOL_MIN: '0' };
}

async function onPostgresServer(statement: string) {
  const { Client } = require('pg') as typeof import('pg');
  const client = new Client({ connectionString: postgresServer() });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Creates the folder's database on PostgreSQL (nothing to do on SQLite). Idempotent. */
export async function ensureTestDatabase(dir: string) {
  if (!postgresServer()) return;
  await onPostgresServer(`CREATE DATABASE ${databaseName(dir)}`).catch((error: { code?: string }) => {
    if (error.code !== '42P04') throw error; // 42P04: it exists already
  });
}

/** Drops the folder's database on PostgreSQL; on SQLite the file goes with the folder. */
export async function dropTestDatabase(dir: string) {
  if (postgresServer()) await onPostgresServer(`DROP DATABASE IF EXISTS ${databaseName(dir)} WITH (FORCE)`);
}

/** Environment of a throwaway CMS: secrets, its own database (see above), no webhook unless given. */
export function testEnv(dir: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
    ...databaseEnv(dir),
    PUBLIC_DIR: path.join(dir, 'public'),
    // No .env: a developer's cms/.env (demo admin, webhook) stays out of the tests.
    ENV_PATH: path.join(dir, '.env'),
    APP_KEYS: [secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
    PUBLISH_WEBHOOK_URL: '',
    PUBLISH_WEBHOOK_SECRET: '',
    ADMIN_EMAIL: '',
    ADMIN_PASSWORD: '',
    ...extra,
  };
}

/** A fresh temp folder for one CMS instance. */
export const makeTempDir = () => mkdtemp(path.join(os.tmpdir(), 'integra-cms-'));

/**
 * Boots the real Strapi in this process on a SQLite file in `dir` (a new temp folder unless
 * given, so a second boot can reuse the first one's database) and serves HTTP on a free port.
 */
export async function bootStrapi(options: { dir?: string; env?: Record<string, string> } = {}): Promise<BootedStrapi> {
  const dir = options.dir ?? (await makeTempDir());
  Object.assign(process.env, testEnv(dir, options.env));
  await mkdir(path.join(dir, 'public', 'uploads'), { recursive: true });
  await ensureTestDatabase(dir);
  const strapi = createStrapi({ appDir: CMS_ROOT, distDir: DIST_DIR, autoReload: false, serveAdminPanel: false });
  strapi.log.level = 'warn';
  await strapi.load();
  await strapi.listen();
  const { port } = strapi.server.httpServer.address() as AddressInfo;

  return {
    strapi,
    url: `http://127.0.0.1:${port}`,
    dir,
    async stop({ keepFiles = false } = {}) {
      // Strapi's destroy() removes every process listener, vitest's own among them.
      const removeAll = process.removeAllListeners;
      process.removeAllListeners = (() => process) as typeof process.removeAllListeners;
      try {
        await strapi.destroy();
      } finally {
        process.removeAllListeners = removeAll;
      }
      if (!keepFiles) {
        await dropTestDatabase(dir);
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
