import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const CMS_DIR = path.join(REPO_ROOT, 'cms');

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface CmsServer {
  url: string;
  /** A full-access API token, for tests that edit content like an integration would. */
  token: string;
  stop(): Promise<void>;
}

const ADMIN = { email: 'site-tests@example.lv', password: 'Site-Tests-Password-1' };
const secret = () => randomBytes(16).toString('base64');

async function waitUntilUp(url: string, child: ChildProcess, log: () => string, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the CMS exited with ${child.exitCode}:\n${log()}`);
    try {
      if ((await fetch(`${url}/_health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the CMS did not start within ${timeoutMs} ms:\n${log()}`);
}

/**
 * Starts the real CMS as its own process on a temporary SQLite file, seeded with the demo
 * content, and returns its URL and a full-access token (made through the admin API, as an
 * operator would).
 */
export async function startCms(extraEnv: Record<string, string> = {}): Promise<CmsServer> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'integra-site-cms-'));
  await mkdir(path.join(dir, 'public', 'uploads'), { recursive: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const child = spawn(process.execPath, ['scripts/serve-headless.mjs'], {
    cwd: CMS_DIR,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      STRAPI_TELEMETRY_DISABLED: 'true',
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
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilUp(url, child, () => output);
    const login = await fetch(`${url}/admin/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(ADMIN) });
    const jwt = ((await login.json()) as { data: { token: string } }).data.token;
    const created = await fetch(`${url}/admin/api-tokens`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${jwt}` },
      body: JSON.stringify({ name: 'site-tests', description: '', type: 'full-access', lifespan: null }),
    });
    const token = ((await created.json()) as { data: { accessKey: string } }).data.accessKey;
    return { url, token, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
