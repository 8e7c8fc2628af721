import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createStaticServer } from '@integra/harness/static-server';
import { releaseStore, switchLive } from '../lib/releases.ts';
import { createPublisherServer } from '../lib/publisher/server.ts';
import { recordingScheduler } from './helpers/recording-scheduler.ts';
import { SLOW_REQUESTS, hostileRequests, sendRaw, type HostileRequest } from '@integra/harness/hostile-http';
import { writeFiles } from './helpers/write-files.ts';

// Bounded: about 2,000 requests per server, each answered or cut off within 3 s.
const COUNT = 2000;
const PER_REQUEST_MS = 3000;
const LIMITS = { headersTimeoutMs: 1000, requestTimeoutMs: 2000 };

/** Strings that live only outside what may be served; no response may ever contain one. */
const NEVER_SERVED = ['OUTSIDE-THE-RELEASE', 'DOTFILE-CONTENT', 'HOST-CONFIGURATION-COMMENT'];

let root: string;
let stat: ReturnType<typeof createStaticServer>;
let statPort: number;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'integra-fuzz-'));
  await writeFiles(path.join(root, 'outside'), { 'secret.txt': 'OUTSIDE-THE-RELEASE' });
  const store = releaseStore(root);
  const release = path.join(store.releasesDir, 'one');
  await writeFiles(release, {
    'lv/index.html': 'home',
    'lv/404/index.html': 'nav atrasts',
    '404.html': 'not found',
    '_astro/app.css': 'body{}',
    '.env': 'DOTFILE-CONTENT',
    'lv/.env': 'DOTFILE-CONTENT',
    '.git/config': 'DOTFILE-CONTENT',
    _headers: '# HOST-CONFIGURATION-COMMENT\n/*\n  X-Frame-Options: DENY\n',
  });
  await symlink(path.join(root, 'outside'), path.join(release, 'escape'));
  await symlink(path.join(root, 'outside', 'secret.txt'), path.join(release, 'escape-file.txt'));
  await symlink(path.join(root, 'outside', 'secret.txt'), path.join(release, 'lv', 'escape-file.txt'));
  await switchLive(store, release);
  stat = createStaticServer({ root: store.liveLink, port: 0, limits: LIMITS, logError: () => {} });
  statPort = Number(new URL(await stat.listen()).port);
});
afterAll(async () => {
  await stat?.close();
  await rm(root, { recursive: true, force: true });
});

async function survives(port: number, requests: HostileRequest[], healthy: () => Promise<boolean>, forbidden: string[]) {
  const kinds = new Set<string>();
  for (const request of requests) {
    const response = await sendRaw(port, request.raw, PER_REQUEST_MS);
    kinds.add(request.kind);
    for (const secret of forbidden) {
      if (response.text.includes(secret)) throw new Error(`${request.kind}: served ${secret} for ${String(request.raw).slice(0, 80)}`);
    }
    const location = /\r\nlocation:\s*(\S*)/i.exec(response.text)?.[1];
    if (location && !/^\/(?![/\\])/.test(location)) throw new Error(`${request.kind}: redirects off the site to ${location}`);
    if (response.status !== undefined && response.status >= 500)
      throw new Error(`${request.kind}: ${response.status} for ${String(request.raw).slice(0, 80)}`);
    if (!(await healthy())) throw new Error(`not healthy after ${request.kind}: ${String(request.raw).slice(0, 80)}`);
  }
  return kinds;
}

describe('fuzzing the servers with hostile requests', () => {
  it(`the static server survives ${COUNT} hostile requests and never serves anything outside the release`, async () => {
    const healthy = async () => (await fetch(`http://127.0.0.1:${statPort}/lv/`)).status === 200;
    const kinds = await survives(statPort, hostileRequests(1, COUNT), healthy, NEVER_SERVED);
    expect(kinds.size).toBeGreaterThanOrEqual(15);
  });

  it('the static server closes connections that never finish their request', async () => {
    const responses = await Promise.all(SLOW_REQUESTS.map((request) => sendRaw(statPort, request.raw, 8000)));
    for (const [index, response] of responses.entries()) expect(response.closedByServer, SLOW_REQUESTS[index]!.kind).toBe(true);
    expect((await fetch(`http://127.0.0.1:${statPort}/lv/`)).status).toBe(200);
  });

  describe('the publisher', () => {
    const SECRET = 'fuzz-webhook-secret-0123456789';
    const scheduler = recordingScheduler();
    const reasons = scheduler.reasons;
    const app = createPublisherServer({
      secret: SECRET,
      scheduler,
      logger: pino({ level: 'silent' }),
      status: async () => ({ currentRelease: 'r1' }),
      limits: LIMITS,
    });
    let port: number;
    beforeAll(async () => {
      await app.listen({ port: 0, host: '127.0.0.1' });
      port = (app.server.address() as { port: number }).port;
    });
    afterAll(() => app.close());

    const healthy = async () =>
      (await fetch(`http://127.0.0.1:${port}/status`, { headers: { authorization: `Bearer ${SECRET}` } })).status === 200;

    it(`survives ${COUNT} hostile requests, never leaks its secret and schedules no build for any of them`, async () => {
      // The same kinds, plus webhook calls with wrong secrets and bodies the server must refuse.
      const webhookAbuse: HostileRequest[] = [
        ['Bearer wrong', '{"event":"entry.publish"}'],
        ['Bearer ' + SECRET.slice(0, -1), '{"event":"entry.publish"}'],
        ['Basic ' + Buffer.from(`x:${SECRET}`).toString('base64'), '{"event":"entry.publish"}'],
        ['', '{"event":"entry.publish"}'],
        ['Bearer ' + 'x'.repeat(10000), '{}'],
      ].map(([auth, body]) => ({
        kind: 'webhook with a wrong secret',
        raw: `POST /webhook HTTP/1.1\r\nHost: x\r\n${auth ? `Authorization: ${auth}\r\n` : ''}Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body!)}\r\nConnection: close\r\n\r\n${body}`,
      }));
      const kinds = await survives(port, [...webhookAbuse, ...hostileRequests(2, COUNT)], healthy, [SECRET]);
      expect(kinds.size).toBeGreaterThanOrEqual(15);
      expect(reasons).toEqual([]);
    });

    it('closes connections that never finish their request', async () => {
      const responses = await Promise.all(SLOW_REQUESTS.map((request) => sendRaw(port, request.raw, 8000)));
      for (const [index, response] of responses.entries()) expect(response.closedByServer, SLOW_REQUESTS[index]!.kind).toBe(true);
      expect(await healthy()).toBe(true);
    });
  });
});
