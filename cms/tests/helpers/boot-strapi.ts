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

/** Environment of a throwaway CMS: secrets, a SQLite file in `dir`, no webhook unless given. */
export function testEnv(dir: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: path.join(dir, 'cms.db'),
    PUBLIC_DIR: path.join(dir, 'public'),
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
      if (!keepFiles) await rm(dir, { recursive: true, force: true });
    },
  };
}
