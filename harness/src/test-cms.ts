import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { createApiTokenAsAdmin, freePort, startCmsProcess, type CmsProcess } from './cms-process.ts';

export const TEST_ADMIN = { email: 'tests@example.lv', password: 'Tests-Password-1' };

export interface TestCms extends CmsProcess {
  /** A full-access API token. */
  token: string;
  port: number;
}

const secret = () => randomBytes(16).toString('base64');

/** Fresh secrets for a throwaway CMS: tests and benchmarks never depend on cms/.env. */
export const throwawaySecrets = () => ({
  APP_KEYS: `${secret()},${secret()}`,
  API_TOKEN_SALT: secret(),
  ADMIN_JWT_SECRET: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  JWT_SECRET: secret(),
  ENCRYPTION_KEY: secret(),
});

/**
 * A throwaway CMS for tests: the real Strapi (API only) in its own process, on a temporary
 * SQLite file seeded with the demo content, with a full-access token made through the admin
 * API. stop() removes its files.
 */
export async function startTestCms(extraEnv: Record<string, string> = {}, port?: number): Promise<TestCms> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'integra-test-cms-'));
  await mkdir(path.join(dir, 'public', 'uploads'), { recursive: true });
  const chosen = port ?? (await freePort());
  const cms = await startCmsProcess({
    port: chosen,
    headless: true,
    env: {
      NODE_ENV: 'production',
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: path.join(dir, 'cms.db'),
      PUBLIC_DIR: path.join(dir, 'public'),
      ...throwawaySecrets(),
      ADMIN_EMAIL: TEST_ADMIN.email,
      ADMIN_PASSWORD: TEST_ADMIN.password,
      SEED_DEMO_CONTENT: 'true',
      PUBLISH_WEBHOOK_URL: '',
      ...extraEnv,
    },
  }).catch(async (error) => {
    await rm(dir, { recursive: true, force: true });
    throw error;
  });
  const stop = async () => {
    await cms.stop();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    return { ...cms, port: chosen, token: await createApiTokenAsAdmin(cms.url, TEST_ADMIN), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
