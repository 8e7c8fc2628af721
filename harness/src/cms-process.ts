import { startServerProcess, type ServerProcess } from './server-process.ts';
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

export type CmsProcess = ServerProcess;

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
  /** Each line the CMS prints (Strapi's log), for as long as it runs. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  timeoutMs?: number;
}): Promise<CmsProcess> {
  const { port, env = {}, headless = false } = options;
  if (!(await isPortFree(port))) {
    throw new Error(`port ${port} is already in use: stop what runs there, or choose another port (CMS_PORT)`);
  }
  const args = headless
    ? ['scripts/serve-headless.ts']
    : [path.join(CMS_DIR, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'start'];
  return startServerProcess({
    name: 'CMS',
    args,
    cwd: CMS_DIR,
    port,
    env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true', HOST: '127.0.0.1', ...env, PORT: String(port) },
    readyPath: '/_health',
    echo: options.echo,
    onLine: options.onLine,
    timeoutMs: options.timeoutMs,
  });
}

/**
 * Signs in to the admin API and makes a content-API token, as an operator does in the admin
 * panel (Settings → API Tokens). Returns the token's key.
 */
export async function createApiTokenAsAdmin(
  cmsUrl: string,
  admin: { email: string; password: string },
  type: 'read-only' | 'full-access' = 'full-access',
  /** A name replaces the token of that name, if any (a service's token made at each start). */
  name = `${type}-${Date.now()}`,
) {
  const jwt = await adminJwt(cmsUrl, admin);
  const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${jwt}` };
  const listed = await fetch(`${cmsUrl}/admin/api-tokens`, { headers });
  if (!listed.ok) throw new Error(`could not list API tokens: ${listed.status}`);
  for (const old of ((await listed.json()) as { data: { id: number; name: string }[] }).data.filter((t) => t.name === name)) {
    await fetch(`${cmsUrl}/admin/api-tokens/${old.id}`, { method: 'DELETE', headers });
  }
  const created = await fetch(`${cmsUrl}/admin/api-tokens`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ name, description: '', type, lifespan: null }),
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

/**
 * The admin's Content Manager API, as the admin panel's Save, Publish and Unpublish buttons
 * call it with an editor's session: tests act as an editor would, webhooks included.
 * `path` follows `/content-manager/collection-types/<uid>/`, e.g. `<documentId>/actions/unpublish`.
 * Resolves to the HTTP status.
 */
export async function asEditor(
  cmsUrl: string,
  admin: { email: string; password: string },
  request: { method: 'POST' | 'PUT'; uid: string; path: string; body?: unknown },
): Promise<number> {
  const send = (jwt: string) =>
    fetch(`${cmsUrl}/content-manager/collection-types/${request.uid}/${request.path}`, {
      method: request.method,
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${jwt}` },
      body: JSON.stringify(request.body ?? {}),
    });
  // One session per CMS and editor, as in the admin panel: Strapi limits sign-ins (429 after a
  // few within minutes). Signed in again once if the session has ended.
  const session = `${cmsUrl}\0${admin.email}`;
  let jwt = editorSessions.get(session);
  let response = jwt ? await send(jwt) : undefined;
  if (!response || response.status === 401) {
    jwt = await adminJwt(cmsUrl, admin);
    editorSessions.set(session, jwt);
    response = await send(jwt);
  }
  return response.status;
}

/** Admin session tokens of asEditor, by CMS address and editor. */
const editorSessions = new Map<string, string>();
