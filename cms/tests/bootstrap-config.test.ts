import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { spawnSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { bootStrapi, makeTempDir, type BootedStrapi } from './helpers/boot-strapi';
import { PUBLISH_WEBHOOK_NAME, registerPublishWebhook } from '../src/bootstrap/publish-webhook';
import { demoAdminLogin, ensureDemoAdmin } from '../src/bootstrap/demo-admin';
import { corsOrigins } from '../src/utils/cors-origins';
import { CMS_ROOT } from './helpers/paths';

interface Received {
  authorization?: string;
  event: string;
  model?: string;
  uid?: string;
  publishedAt?: string | null;
}

/** A stand-in publisher on loopback that records the webhook calls it gets. */
function startReceiver() {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const payload = JSON.parse(body || '{}');
      received.push({
        authorization: req.headers.authorization,
        event: payload.event,
        model: payload.model,
        uid: payload.uid,
        publishedAt: payload.entry?.publishedAt,
      });
      res.writeHead(202).end();
    });
  });
  return new Promise<{ url: string; received: Received[]; close: () => Promise<void> }>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}/webhook`, received, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

const waitFor = async (check: () => boolean, ms = 5000) => {
  const until = Date.now() + ms;
  while (!check() && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
};

const publishWebhooks = async (cms: BootedStrapi) =>
  (
    (await cms.strapi.get('webhookStore').findWebhooks()) as {
      name: string;
      headers: Record<string, string>;
      events: string[];
      url: string;
    }[]
  ).filter((w) => w.name === PUBLISH_WEBHOOK_NAME);

let receiver: Awaited<ReturnType<typeof startReceiver>>;
let dir: string;
let cms: BootedStrapi;
const ADMIN = { ADMIN_EMAIL: 'Redaktors@Example.lv', ADMIN_PASSWORD: 'Demo-Password-1' };
const CORS = {
  SITE_URL: 'https://site.example/',
  PREVIEW_URL: 'http://127.0.0.1:4323',
  CORS_ORIGINS: ' https://extra.example , https://other.example:8443/path',
};

beforeAll(async () => {
  receiver = await startReceiver();
  dir = await makeTempDir();
  cms = await bootStrapi({ dir, env: { PUBLISH_WEBHOOK_URL: receiver.url, PUBLISH_WEBHOOK_SECRET: 'first-secret', ...ADMIN, ...CORS } });
});
afterAll(async () => {
  await cms?.stop();
  await receiver?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('publish webhook', () => {
  it('is registered once, with the bearer secret, for entry writes, publish, unpublish, delete and media events', async () => {
    const hooks = await publishWebhooks(cms);
    expect(hooks).toHaveLength(1);
    expect(hooks[0]!.url).toBe(receiver.url);
    expect(hooks[0]!.headers).toEqual({ Authorization: 'Bearer first-secret' });
    expect(hooks[0]!.events).toEqual(
      expect.arrayContaining(['entry.create', 'entry.update', 'entry.publish', 'entry.unpublish', 'entry.delete', 'media.create']),
    );
    expect(hooks[0]!.events).not.toContain('entry.draft-discard');
  });

  it('tells the publisher of a draft save with publishedAt null, and of the publish', async () => {
    receiver.received.length = 0;
    const pages = cms.strapi.documents('api::page.page');
    const draft = await pages.create({ locale: 'lv', data: { title: 'Webhook', slug: 'webhook', summary: 'x' } });
    await pages.update({ documentId: draft.documentId, locale: 'lv', data: { summary: 'y' } });
    await pages.publish({ documentId: draft.documentId, locale: 'lv' });
    await waitFor(() => receiver.received.some((r) => r.event === 'entry.publish'));
    expect(receiver.received.map((r) => [r.event, r.publishedAt === null ? 'draft' : 'published'])).toEqual([
      ['entry.create', 'draft'],
      ['entry.update', 'draft'],
      ['entry.publish', 'published'],
    ]);
    expect(receiver.received[0]).toMatchObject({ authorization: 'Bearer first-secret', model: 'page', uid: 'api::page.page' });
  });

  it('tells the publisher of every save of a category, which has no draft/publish', async () => {
    receiver.received.length = 0;
    const categories = cms.strapi.documents('api::category.category');
    const created = await categories.create({ locale: 'lv', data: { name: 'Webhook kategorija', slug: 'webhook-kategorija' } });
    await categories.update({ documentId: created.documentId, locale: 'lv', data: { name: 'Pārdēvēta kategorija' } });
    await categories.delete({ documentId: created.documentId, locale: 'lv' });
    await waitFor(() => receiver.received.some((r) => r.event === 'entry.delete'));
    expect(receiver.received.map((r) => [r.event, r.uid])).toEqual([
      ['entry.create', 'api::category.category'],
      ['entry.update', 'api::category.category'],
      ['entry.delete', 'api::category.category'],
    ]);
  });

  it('tells the publisher of each version when a published document is deleted', async () => {
    receiver.received.length = 0;
    const pages = cms.strapi.documents('api::page.page');
    const page = await pages.create({ locale: 'lv', status: 'published', data: { title: 'Dzēšama', slug: 'dzesama', summary: 'x' } });
    await waitFor(() => receiver.received.some((r) => r.event === 'entry.publish'));
    receiver.received.length = 0;
    await pages.delete({ documentId: page.documentId, locale: 'lv' });
    await waitFor(() => receiver.received.filter((r) => r.event === 'entry.delete').length >= 2);
    const deletes = receiver.received.filter((r) => r.event === 'entry.delete');
    // No entry.unpublish: the publisher must rebuild on the published version's delete.
    expect(receiver.received.map((r) => r.event)).not.toContain('entry.unpublish');
    expect(deletes.map((r) => (r.publishedAt === null ? 'draft' : 'published')).sort()).toEqual(['draft', 'published']);
  });
});

describe('demo admin', () => {
  it('is created from ADMIN_EMAIL and ADMIN_PASSWORD on an empty database', async () => {
    const admins = await cms.strapi.db.query('admin::user').findMany({});
    expect(admins.map((a: { email: string }) => a.email)).toEqual(['redaktors@example.lv']);
  });

  it('treats an empty ADMIN_EMAIL or ADMIN_PASSWORD in the environment as unset, so the .env value applies', () => {
    const file = { ADMIN_EMAIL: 'file@example.lv', ADMIN_PASSWORD: 'File-Password-1' };
    expect(demoAdminLogin({ ADMIN_EMAIL: '', ADMIN_PASSWORD: '  ' }, file)).toEqual({
      email: 'file@example.lv',
      password: 'File-Password-1',
    });
    expect(demoAdminLogin({ ADMIN_EMAIL: 'env@example.lv', ADMIN_PASSWORD: 'Env-Password-1' }, file)).toEqual({
      email: 'env@example.lv',
      password: 'Env-Password-1',
    });
    expect(demoAdminLogin({ ADMIN_EMAIL: '', ADMIN_PASSWORD: '' }, { ADMIN_EMAIL: '', ADMIN_PASSWORD: '' })).toBeUndefined();
    expect(demoAdminLogin({ ADMIN_EMAIL: 'a@example.lv', ADMIN_PASSWORD: '' }, {})).toBeUndefined();
  });

  it('ensure-env generates and prints a real login when ADMIN_EMAIL and ADMIN_PASSWORD are empty', async () => {
    const envPath = path.join(dir, 'ensure.env');
    await writeFile(envPath, 'ADMIN_PASSWORD=\n', { mode: 0o600 });
    const result = spawnSync(process.execPath, [path.join(CMS_ROOT, 'scripts', 'ensure-env.ts'), '--demo'], {
      cwd: CMS_ROOT,
      env: { ...process.env, ENV_PATH: envPath, ADMIN_EMAIL: '', ADMIN_PASSWORD: '' },
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
    const text = await readFile(envPath, 'utf8');
    const password = text.match(/^ADMIN_PASSWORD=(.+)$/m)?.[1];
    expect(password).toMatch(/^Demo-[0-9a-f]{12}$/);
    expect(text.match(/^ADMIN_PASSWORD=/gm)).toHaveLength(1);
    expect(result.stdout).toContain(`demo admin login: admin@example.lv / ${password} `);
  });

  it('is created by the CMS from the .env file when the environment holds empty values', async () => {
    const envPath = path.join(dir, 'admin.env');
    await writeFile(envPath, 'ADMIN_EMAIL=from-file@example.lv\nADMIN_PASSWORD=From-File-Password-1\n');
    const users = cms.strapi.db.query('admin::user');
    const before = (await users.findMany({ populate: ['roles'] })) as { roles: { id: number }[] }[];
    await users.deleteMany({});
    try {
      await ensureDemoAdmin(cms.strapi, { ENV_PATH: envPath, ADMIN_EMAIL: '', ADMIN_PASSWORD: '' });
      const created = (await users.findMany({})) as { email: string; password: string }[];
      expect(created.map((a) => a.email)).toEqual(['from-file@example.lv']);
      const login = await fetch(`${cms.url}/admin/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'from-file@example.lv', password: 'From-File-Password-1' }),
      });
      expect(login.status).toBe(200);
    } finally {
      await users.deleteMany({});
      for (const admin of before) await users.create({ data: { ...admin, roles: admin.roles.map((r) => r.id) } });
    }
  });
});

describe('links the site cannot render', () => {
  it('are refused by the CMS on save, with the field path, and a good address is kept', async () => {
    const resources = cms.strapi.documents('api::resource.resource');
    const data = { title: 'Saite', slug: 'saite', summary: 'x', kind: 'link' as const };
    for (const externalUrl of ['https://example.com:80a', 'https://[']) {
      const saving = resources.create({ locale: 'lv', data: { ...data, externalUrl } });
      await expect(saving).rejects.toMatchObject({
        name: 'ValidationError',
        details: { errors: [{ path: ['externalUrl'], message: expect.stringContaining(`externalUrl: "${externalUrl}"`) }] },
      });
    }
    const saved = await resources.create({ locale: 'lv', data: { ...data, externalUrl: 'https://www.pmlp.gov.lv/lv' } });
    expect(saved.externalUrl).toBe('https://www.pmlp.gov.lv/lv');
    const global = cms.strapi.documents('api::global.global');
    await expect(
      global.update({ locale: 'lv', data: { footerLinks: [{ label: 'x', url: 'javascript:alert(1)' }] } } as never),
    ).rejects.toMatchObject({ details: { errors: [{ path: ['footerLinks', '0', 'url'] }] } });
  });
});

describe('CORS', () => {
  const get = (origin: string) => fetch(`${cms.url}/api/categories`, { headers: { Origin: origin } });
  const preflight = (origin: string) =>
    fetch(`${cms.url}/api/categories`, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' },
    });

  it('gives another origin no Access-Control-Allow-Origin and no credentials, on requests and preflights', async () => {
    for (const response of [await get('https://evil.example'), await preflight('https://evil.example')]) {
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    }
    // Look-alikes of an allowed origin are other origins.
    for (const origin of ['https://site.example.evil.example', 'http://site.example', 'https://extra.example:444']) {
      expect((await get(origin)).headers.get('access-control-allow-origin'), origin).toBeNull();
    }
  });

  it('allows the site, the preview server, the admin itself and the CORS_ORIGINS, with credentials', async () => {
    for (const origin of [
      'https://site.example',
      'http://127.0.0.1:4323',
      'https://extra.example',
      'https://other.example:8443',
      `http://localhost:${process.env.PORT}`,
    ]) {
      const response = await get(origin);
      expect(response.headers.get('access-control-allow-origin'), origin).toBe(origin);
      expect(response.headers.get('access-control-allow-credentials'), origin).toBe('true');
      expect((await preflight(origin)).headers.get('access-control-allow-origin'), origin).toBe(origin);
    }
  });

  it('refuses to start with a CORS_ORIGINS entry that is not an http(s) URL, naming the variable', () => {
    const env =
      (values: Record<string, string>) =>
      (key: string, fallback = '') =>
        values[key] ?? fallback;
    expect(() => corsOrigins(env({ CORS_ORIGINS: 'https://ok.example,not a url' }))).toThrow(/CORS_ORIGINS: "not a url"/);
    expect(() => corsOrigins(env({ SITE_URL: 'ftp://files.example' }))).toThrow(/SITE_URL/);
    expect(corsOrigins(env({ PUBLIC_URL: 'https://cms.example/admin', PORT: '1337' }))).toEqual(['https://cms.example']);
  });
});

describe('a second boot on the same database', () => {
  it('updates the webhook instead of adding another, and adds no second admin', async () => {
    await cms.stop({ keepFiles: true });
    cms = await bootStrapi({
      dir,
      env: { PUBLISH_WEBHOOK_URL: receiver.url, PUBLISH_WEBHOOK_SECRET: 'second-secret', ...ADMIN, ADMIN_EMAIL: 'other@example.lv' },
    });
    const hooks = await publishWebhooks(cms);
    expect(hooks).toHaveLength(1);
    expect(hooks[0]!.headers).toEqual({ Authorization: 'Bearer second-secret' });
    expect(await cms.strapi.db.query('admin::user').count({})).toBe(1);
  });
});

describe('the publish webhook settings', () => {
  const secret = { PUBLISH_WEBHOOK_SECRET: 'second-secret' };
  it('refuses a PUBLISH_WEBHOOK_URL that is not an http(s) address, naming it, and stores nothing', async () => {
    const before = await publishWebhooks(cms);
    for (const url of ['publisher:4322/webhook', 'ftp://127.0.0.1/webhook', 'http://[', 'file:///etc/passwd']) {
      await expect(registerPublishWebhook(cms.strapi, { PUBLISH_WEBHOOK_URL: url, ...secret }), url).rejects.toThrow(/PUBLISH_WEBHOOK_URL/);
    }
    await expect(
      registerPublishWebhook(cms.strapi, { PUBLISH_WEBHOOK_URL: receiver.url, PUBLISH_WEBHOOK_SECRET: 'secret ' }),
    ).rejects.toThrow(/PUBLISH_WEBHOOK_SECRET/);
    expect(await publishWebhooks(cms)).toEqual(before);
  });

  it('leaves the stored webhook alone when PUBLISH_WEBHOOK_URL is not set (a backup or seed run from a shell)', async () => {
    const before = await publishWebhooks(cms);
    await registerPublishWebhook(cms.strapi, { PUBLISH_WEBHOOK_URL: '' });
    expect(await publishWebhooks(cms)).toEqual(before);
  });
});

describe('scheduled publishing', () => {
  it('publishes and later unpublishes an entry at the times an editor set, each time calling the publisher', async () => {
    const events = cms.strapi.documents('api::event.event');
    const draft = await events.create({
      locale: 'lv',
      data: { title: 'Plānots pasākums', slug: 'planots-pasakums', summary: 'x', start: '2027-01-04T07:00:00.000Z', allDay: false },
    });
    // As the admin's "Publish at" / "Unpublish at" do: through the plugin's action service.
    const actions = cms.strapi.plugin('publisher').service('action');
    const schedule = (mode: 'publish' | 'unpublish', inMs: number) =>
      actions.create({
        data: {
          mode,
          entityId: draft.documentId,
          entitySlug: 'api::event.event',
          locale: 'lv',
          executeAt: new Date(Date.now() + inMs).toISOString(),
        },
      });
    const isPublished = async () => Boolean(await events.findOne({ documentId: draft.documentId, locale: 'lv', status: 'published' }));
    receiver.received.length = 0;
    // The plugin schedules the actions already stored just after boot (a setImmediate in its
    // bootstrap); the CMS was restarted by the test above, so let that pass first.
    await new Promise((r) => setTimeout(r, 1000));

    await schedule('publish', 1500);
    expect(await isPublished()).toBe(false);
    await waitFor(() => receiver.received.some((r) => r.event === 'entry.publish' && r.model === 'event'), 8000);
    expect(await isPublished()).toBe(true);

    await schedule('unpublish', 1500);
    await waitFor(() => receiver.received.some((r) => r.event === 'entry.unpublish' && r.model === 'event'), 8000);
    expect(await isPublished()).toBe(false);
    // The plugin announces each change once more itself; the publisher's debounce makes the pair one build.
    const calls = receiver.received
      .filter((r) => r.model === 'event' && (r.event === 'entry.publish' || r.event === 'entry.unpublish'))
      .map((r) => r.event);
    expect(calls.filter((event, i) => event !== calls[i - 1])).toEqual(['entry.publish', 'entry.unpublish']);
  });
});
