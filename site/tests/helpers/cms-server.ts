import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { freePort, startCmsProcess } from '@integra/scripts/cms-process';

export { freePort };

export interface CmsServer {
  url: string;
  /** A full-access API token, for tests that edit content like an integration would. */
  token: string;
  stop(): Promise<void>;
}

const ADMIN = { email: 'site-tests@example.lv', password: 'Site-Tests-Password-1' };
const secret = () => randomBytes(16).toString('base64');

/**
 * Starts the real CMS (API only) as its own process on a temporary SQLite file, seeded with the
 * demo content, and returns its URL and a full-access token made through the admin API, as an
 * operator would make one.
 */
export async function startCms(extraEnv: Record<string, string> = {}): Promise<CmsServer> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'integra-site-cms-'));
  await mkdir(path.join(dir, 'public', 'uploads'), { recursive: true });
  const cms = await startCmsProcess({
    port: await freePort(),
    headless: true,
    env: {
      NODE_ENV: 'production',
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: path.join(dir, 'cms.db'),
      PUBLIC_DIR: path.join(dir, 'public'),
      APP_KEYS: `${secret()},${secret()}`,
      API_TOKEN_SALT: secret(),
      ADMIN_JWT_SECRET: secret(),
      TRANSFER_TOKEN_SALT: secret(),
      JWT_SECRET: secret(),
      ENCRYPTION_KEY: secret(),
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
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
    const login = await fetch(`${cms.url}/admin/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    const jwt = ((await login.json()) as { data: { token: string } }).data.token;
    const created = await fetch(`${cms.url}/admin/api-tokens`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${jwt}` },
      body: JSON.stringify({ name: 'site-tests', description: '', type: 'full-access', lifespan: null }),
    });
    const token = ((await created.json()) as { data: { accessKey: string } }).data.accessKey;
    return { url: cms.url, token, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
