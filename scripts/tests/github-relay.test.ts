import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { createGithubRelay } from '../lib/publisher/github-relay.ts';

// A stand-in for GitHub's REST API on loopback, answering as GitHub documents it (204).
const received: { url?: string; auth?: string; body: Record<string, unknown> }[] = [];
let answer = 204;
const api = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    received.push({ url: req.url, auth: req.headers.authorization, body: JSON.parse(body) });
    res.writeHead(answer).end();
  });
});
let apiUrl: string;
beforeAll(async () => {
  await new Promise<void>((r) => api.listen(0, '127.0.0.1', r));
  apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => api.close(() => r())));

describe('GitHub relay', () => {
  const relay = () => createGithubRelay({ repository: 'centre/site', token: 'gh-token', apiUrl, logger: pino({ level: 'silent' }) });

  it('sends one repository_dispatch with the reasons of the coalesced burst', async () => {
    await relay()(['entry.publish api::service.service', 'entry.publish api::event.event']);
    expect(received.at(-1)).toEqual({
      url: '/repos/centre/site/dispatches',
      auth: 'Bearer gh-token',
      body: {
        event_type: 'cms-publish',
        client_payload: { reasons: ['entry.publish api::service.service', 'entry.publish api::event.event'] },
      },
    });
  });

  it('fails when GitHub refuses, so the failure is reported', async () => {
    answer = 401;
    await expect(relay()(['entry.publish'])).rejects.toThrow(/GitHub refused the dispatch: 401/);
    answer = 204;
  });
});
