import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createCmsClient } from '../../src/lib/cms/client';
import { CmsError } from '../../src/lib/cms/errors';
import { clientLimitsFromEnv } from '../../src/lib/cms/loader';
import { createMediaStore } from '../../src/lib/cms/media';

/** A server on 127.0.0.1 whose answers the test chooses; it records every path asked for. */
async function localServer(handle: (request: http.IncomingMessage, response: http.ServerResponse) => void) {
  const requested: string[] = [];
  const server = http.createServer((request, response) => {
    requested.push(request.url ?? '');
    handle(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requested,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const source = { contentType: 'news', locale: 'lv', entry: 'jaunumi-1', field: 'body' };
const context = { contentType: 'news', locale: 'lv', entry: 'jaunumi-1' };
const PNG = Buffer.from('\x89PNG fake image bytes', 'latin1');

let cms: Awaited<ReturnType<typeof localServer>>;
let other: Awaited<ReturnType<typeof localServer>>;
let work: string;

beforeAll(async () => {
  other = await localServer((_request, response) => response.end('SECRET FROM ANOTHER HOST'));
  cms = await localServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://cms');
    if (url.pathname === '/uploads/a.png') return response.end(PNG);
    if (url.pathname === '/uploads/moved.png') return response.writeHead(302, { Location: '/uploads/a.png' }).end();
    if (url.pathname === '/uploads/away.png') return response.writeHead(302, { Location: `${other.origin}/latest/meta-data/` }).end();
    if (url.pathname === '/uploads/loop.png') return response.writeHead(302, { Location: '/uploads/loop.png' }).end();
    if (url.pathname === '/uploads/declared-huge.bin')
      return response.writeHead(200, { 'Content-Length': String(10_000) }).end(Buffer.alloc(10_000));
    if (url.pathname === '/uploads/streamed-huge.bin') {
      // No Content-Length: the size is only known by counting.
      response.writeHead(200);
      for (let i = 0; i < 10; i += 1) response.write(Buffer.alloc(1000));
      return response.end();
    }
    // Headers at once, then a body that never comes: the build must not wait for ever.
    if (url.pathname === '/uploads/stalled-body.png') return response.writeHead(200, { 'Content-Length': '100' }).write('x');
    if (url.pathname === '/uploads/stalled.png' || url.pathname.startsWith('/api/')) return; // never answers
    response.writeHead(404, 'Not Found').end();
  });
});
afterAll(async () => {
  await cms.close();
  await other.close();
});
beforeEach(async () => {
  cms.requested.length = 0;
  other.requested.length = 0;
  work = await mkdtemp(path.join(os.tmpdir(), 'integra-cms-files-test-'));
});
afterEach(() => rm(work, { recursive: true, force: true }));

const client = (options: { fileOrigins?: string[]; timeoutMs?: number; maxFileBytes?: number } = {}) =>
  createCmsClient({ baseUrl: cms.origin, retries: 0, timeoutMs: 2000, maxFileBytes: 5000, ...options });

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error as Error,
  );

describe('uploaded files the build fetches', () => {
  it('come from the CMS, and from an upload origin the environment names', async () => {
    expect(Buffer.from(await client().getFile('/uploads/a.png', context))).toEqual(PNG);
    expect(Buffer.from(await client({ fileOrigins: [other.origin] }).getFile(`${other.origin}/any.png`, context)).toString()).toBe(
      'SECRET FROM ANOTHER HOST',
    );
  });

  it('are refused from any other origin without a request reaching it, and the build error names entry, field and address', async () => {
    const store = createMediaStore({ client: client(), outDir: path.join(work, 'dist'), cacheDir: path.join(work, 'cache') });
    const address = `${other.origin}/latest/meta-data/iam`;
    const error = await refusal(store.publish({ url: address }, source));
    expect(error).toBeInstanceOf(CmsError);
    expect(error?.message).toContain('CMS news, entry "jaunumi-1", locale lv: body: file ');
    expect(error?.message).toContain(`${address}: refused, files are fetched only from the CMS or the upload storage (${cms.origin})`);
    // Another port on the same host is another origin; a link-local address is refused before any connection.
    expect(await refusal(client().getFile('http://169.254.169.254/latest/meta-data/', context))).toBeInstanceOf(CmsError);
    expect(other.requested).toEqual([]);
    await expect(readdir(path.join(work, 'dist'))).rejects.toThrow();
  });

  it('follow a redirect within the allowed origins and refuse one that leads elsewhere', async () => {
    expect(Buffer.from(await client().getFile('/uploads/moved.png', context))).toEqual(PNG);
    const error = await refusal(client().getFile('/uploads/away.png', context));
    expect(error?.message).toContain(`file ${other.origin}/latest/meta-data/: refused`);
    expect(other.requested).toEqual([]);
    expect((await refusal(client().getFile('/uploads/loop.png', context)))?.message).toContain('too many redirects');
  });

  it('are refused when larger than the limit, whether the size is declared or only counted', async () => {
    const declared = await refusal(client().getFile('/uploads/declared-huge.bin', context));
    expect(declared?.message).toContain('refused, 10000 bytes is larger than the limit of 5000 bytes');
    const streamed = await refusal(client().getFile('/uploads/streamed-huge.bin', context));
    expect(streamed?.message).toContain('refused, more than 5000 bytes is larger than the limit of 5000 bytes');
  });

  it('time out when the server stalls, before the answer or in the middle of the body', async () => {
    const started = Date.now();
    const silent = await refusal(client({ timeoutMs: 300 }).getFile('/uploads/stalled.png', context));
    expect(silent?.message).toContain(`file ${cms.origin}/uploads/stalled.png: cannot be fetched (timed out after 0.3 s)`);
    const halfway = await refusal(client({ timeoutMs: 300 }).getFile('/uploads/stalled-body.png', context));
    expect(halfway?.message).toContain('(timed out after 0.3 s)');
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('CMS requests', () => {
  it('time out when the CMS does not answer', async () => {
    const error = await refusal(client({ timeoutMs: 300 }).listAll('news', { locale: 'lv' }));
    expect(error).toBeInstanceOf(CmsError);
    expect(error?.message).toBe(`CMS news, locale lv: cannot reach the CMS at ${cms.origin} (timed out after 0.3 s)`);
  });

  it('take their limits and upload origins from the environment, and refuse nonsense there', () => {
    expect(
      clientLimitsFromEnv({ S3_PUBLIC_URL: 'https://media.example.lv/uploads', CMS_TIMEOUT_MS: '1000', MEDIA_MAX_BYTES: '42' }),
    ).toEqual({
      fileOrigins: ['https://media.example.lv/uploads'],
      timeoutMs: 1000,
      maxFileBytes: 42,
    });
    expect(clientLimitsFromEnv({})).toEqual({ fileOrigins: [], timeoutMs: 60_000, maxFileBytes: 200 * 1024 * 1024 });
    expect(() => clientLimitsFromEnv({ CMS_TIMEOUT_MS: '0' })).toThrow(/CMS_TIMEOUT_MS must be a positive whole number/);
    expect(() => clientLimitsFromEnv({ MEDIA_MAX_BYTES: '1e99' })).toThrow(/MEDIA_MAX_BYTES/);
  });
});

describe('hostile or broken CMS answers', () => {
  /** Answers /api/<name> with what `answers` gives for the page asked (or 503 for /api/down). */
  let api: Awaited<ReturnType<typeof localServer>>;
  const entry = (n: number) => ({ id: n, documentId: `doc${n}`, updatedAt: '2026-01-01T00:00:00.000Z' });
  beforeAll(async () => {
    api = await localServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://cms');
      const page = Number(url.searchParams.get('pagination[page]') ?? 1);
      const json = (body: unknown) => response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
      switch (url.pathname) {
        case '/api/declared-huge':
          return response.writeHead(200, { 'Content-Length': '10000' }).end(Buffer.alloc(10_000, 32));
        case '/api/streamed-huge':
          response.writeHead(200);
          for (let i = 0; i < 10; i += 1) response.write(' '.repeat(1000));
          return response.end('{}');
        case '/api/endless':
          // Claims a billion pages; the second is empty.
          return json({ data: page === 1 ? [entry(1)] : [], meta: { pagination: { page, pageCount: 1e9, total: 1e9 } } });
        case '/api/overfull':
          return json({ data: [entry(1), entry(2), entry(3)], meta: { pagination: { page, pageCount: 2, total: 4 } } });
        case '/api/always-more':
          return json({ data: [entry(page)], meta: { pagination: { page, pageCount: 1e9, total: 1e9 } } });
        case '/api/negative-total':
          return json({ data: [], meta: { pagination: { page: 1, pageCount: 1, total: -3 } } });
        case '/api/huge-total':
          return response.writeHead(200).end('{"data":[],"meta":{"pagination":{"page":1,"pageCount":1,"total":1e400}}}');
        case '/api/text-total':
          return json({ data: [], meta: { pagination: { page: 1, pageCount: 1, total: '12' } } });
        case '/api/down':
          return response.writeHead(503, 'Service Unavailable').end();
        default:
          return; // never answers
      }
    });
  });
  afterAll(() => api.close());
  const apiClient = (options: { deadlineMs?: number; retries?: number; timeoutMs?: number; maxPages?: number } = {}) =>
    createCmsClient({ baseUrl: api.origin, retries: 0, timeoutMs: 2000, maxJsonBytes: 5000, ...options });

  it('refuses a JSON answer larger than the limit, declared or counted, without asking again', async () => {
    for (const name of ['declared-huge', 'streamed-huge']) {
      const client = apiClient({ retries: 2 });
      const error = await refusal(client.listAll(name, { locale: 'lv' }));
      expect(error).toBeInstanceOf(CmsError);
      expect(error?.message).toMatch(/is refused, (10000 bytes|more than 5000 bytes) is larger than the limit of 5000 bytes/);
      expect(client.requestCount()).toBe(1);
    }
  });

  it('refuses a listing cut short, an overfull page, and more pages than the limit, whatever page count the CMS claims', async () => {
    const client = apiClient();
    const short = await refusal(client.listAll('endless', { locale: 'lv' }));
    expect(short?.message).toBe(
      "CMS endless, locale lv: the CMS's listing ended early: page 2 of 1000000000 was empty (entries removed meanwhile?); build again",
    );
    expect(client.requestCount()).toBe(2);
    const overfull = await refusal(createCmsClient({ baseUrl: api.origin, retries: 0, pageSize: 2 }).listAll('overfull'));
    expect(overfull?.message).toContain('the CMS sent 3 entries for a page of 2');
    const limited = apiClient({ maxPages: 3 });
    const error = await refusal(limited.listAll('always-more', { locale: 'lv' }));
    expect(error?.message).toBe('CMS always-more, locale lv: the CMS reports 1000000000 pages of entries; more than 3 are not read');
    expect(limited.requestCount()).toBe(3);
  });

  it('counts nothing it cannot trust: a negative, infinite or textual total is no count', async () => {
    for (const name of ['negative-total', 'huge-total', 'text-total'])
      expect(await apiClient().count(name, { locale: 'lv' }), name).toBeUndefined();
  });

  it('gives up at the deadline, during a request or between retries, with a CmsError that says so', async () => {
    const started = Date.now();
    const silent = await refusal(apiClient({ deadlineMs: 300, retries: 3 }).listAll('silent', { locale: 'lv' }));
    expect(silent).toBeInstanceOf(CmsError);
    expect(silent?.message).toBe(`CMS silent, locale lv: cannot reach the CMS at ${api.origin} (no answer within the deadline of 0.3 s)`);
    const down = apiClient({ deadlineMs: 300, retries: 50 });
    const failing = await refusal(down.listAll('down', { locale: 'lv' }));
    expect(failing).toBeInstanceOf(CmsError);
    expect(failing?.message).toContain('(no answer within the deadline of 0.3 s)');
    expect(down.requestCount()).toBeLessThan(50);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
