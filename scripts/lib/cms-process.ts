import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { CMS_DIR } from './paths.ts';

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

/** True when nothing listens on the port (on any local address). */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
}

export interface CmsProcess {
  url: string;
  child: ChildProcess;
  /** Everything the CMS printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts the CMS as a child process: `strapi start` with the admin panel, or the API alone
 * (headless, no admin build needed). Resolves once /_health answers; rejects with the CMS's
 * own output if it exits or does not come up in time.
 */
export async function startCmsProcess(options: {
  port: number;
  env?: Record<string, string | undefined>;
  headless?: boolean;
  echo?: boolean;
  timeoutMs?: number;
}): Promise<CmsProcess> {
  const { port, env = {}, headless = false, echo = false, timeoutMs = 120_000 } = options;
  if (!(await isPortFree(port))) {
    throw new Error(`port ${port} is already in use: stop what runs there, or choose another port (CMS_PORT)`);
  }
  const args = headless
    ? ['scripts/serve-headless.mjs']
    : [path.join(CMS_DIR, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'start'];
  let log = '';
  const child = spawn(process.execPath, args, {
    cwd: CMS_DIR,
    env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true', HOST: '127.0.0.1', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk: Buffer) => {
    log += chunk;
    if (echo) process.stdout.write(chunk);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 8000);
    await exited;
    clearTimeout(timer);
  };
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the CMS exited with code ${child.exitCode}:\n${log.slice(-3000)}`);
    try {
      if ((await fetch(`${url}/_health`)).ok) return { url, child, output: () => log, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`the CMS did not answer within ${timeoutMs} ms:\n${log.slice(-3000)}`);
}

/**
 * Signs in to the admin API and makes a content-API token, as an operator does in the admin
 * panel (Settings → API Tokens). Returns the token's key.
 */
export async function createApiTokenAsAdmin(
  cmsUrl: string,
  admin: { email: string; password: string },
  type: 'read-only' | 'full-access' = 'full-access',
) {
  const jwt = await adminJwt(cmsUrl, admin);
  const created = await fetch(`${cmsUrl}/admin/api-tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${jwt}` },
    body: JSON.stringify({ name: `${type}-${Date.now()}`, description: '', type, lifespan: null }),
  });
  if (!created.ok) throw new Error(`could not create an API token: ${created.status}`);
  return ((await created.json()) as { data: { accessKey: string } }).data.accessKey;
}

/** An admin session token (what the admin panel uses) for the admin API. */
export async function adminJwt(cmsUrl: string, admin: { email: string; password: string }): Promise<string> {
  const login = await fetch(`${cmsUrl}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(admin),
  });
  if (!login.ok) throw new Error(`admin login failed: ${login.status}`);
  return ((await login.json()) as { data: { token: string } }).data.token;
}
