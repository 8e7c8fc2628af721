import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { createPublisherServer, MAX_BODY_BYTES } from '../lib/publisher/server.ts';
import type { BuildScheduler } from '../lib/publisher/scheduler.ts';
import { bearerMatches } from '../lib/publisher/auth.ts';

const SECRET = 'a-long-webhook-secret-123';
const requests: string[] = [];
const scheduler: BuildScheduler = {
  request: (reason) => void requests.push(reason),
  state: () => 'idle',
  followUpQueued: () => false,
  idle: async () => {},
  stop: () => {},
};
const logLines: string[] = [];
const logger = pino({ level: 'info' }, { write: (line: string) => void logLines.push(line) });
const app = createPublisherServer({ secret: SECRET, scheduler, logger, status: async () => ({ currentRelease: '20260101T000000000Z' }) });
beforeAll(() => app.ready());
afterAll(() => app.close());

const auth = { authorization: `Bearer ${SECRET}`, 'content-type': 'application/json' };
const webhook = (payload: unknown, headers: Record<string, string> = auth) =>
  app.inject({ method: 'POST', url: '/webhook', headers, payload: typeof payload === 'string' ? payload : JSON.stringify(payload) });

describe('publisher HTTP answers', () => {
  it('401 without the secret or with a wrong one, and the secret never reaches the log', async () => {
    expect((await webhook({ event: 'entry.publish' }, { 'content-type': 'application/json' })).statusCode).toBe(401);
    expect(
      (await webhook({ event: 'entry.publish' }, { authorization: 'Bearer wrong', 'content-type': 'application/json' })).statusCode,
    ).toBe(401);
    expect((await webhook({ event: 'entry.publish' }, { authorization: SECRET })).statusCode).toBe(401);
    expect(logLines.join('\n')).not.toContain(SECRET);
  });

  it('400 for a body that is not JSON or not a webhook', async () => {
    expect((await webhook('not json {')).statusCode).toBe(400);
    expect((await webhook({ hello: 'world' })).statusCode).toBe(400);
    expect(
      (await webhook('{"event":"entry.publish"}', { authorization: `Bearer ${SECRET}`, 'content-type': 'text/plain' })).statusCode,
    ).toBe(202);
  });

  it('413 for a body over 1 MB', async () => {
    const response = await webhook({ event: 'entry.publish', padding: 'x'.repeat(MAX_BODY_BYTES) });
    expect(response.statusCode).toBe(413);
  });

  it('202 and nothing scheduled for events that do not change the public site', async () => {
    requests.length = 0;
    for (const event of ['entry.create', 'entry.update', 'entry.draft-discard']) {
      const response = await webhook({ event, model: 'service' });
      expect(response.statusCode).toBe(202);
      expect(response.json()).toEqual({ scheduled: false });
    }
    expect(requests).toEqual([]);
  });

  it('202 and a rebuild scheduled for publish, unpublish, delete, media and release events', async () => {
    requests.length = 0;
    for (const event of [
      'entry.publish',
      'entry.unpublish',
      'entry.delete',
      'media.create',
      'media.update',
      'media.delete',
      'releases.publish',
    ]) {
      const response = await webhook({ event, uid: 'api::event.event' });
      expect(response.json(), event).toEqual({ scheduled: true });
    }
    expect(requests).toHaveLength(7);
    expect(requests[0]).toBe('entry.publish api::event.event');
  });

  it('reports status only to callers with the secret', async () => {
    expect((await app.inject({ method: 'GET', url: '/status' })).statusCode).toBe(401);
    const status = await app.inject({ method: 'GET', url: '/status', headers: { authorization: `Bearer ${SECRET}` } });
    expect(status.json()).toMatchObject({ state: 'idle', followUpQueued: false, currentRelease: '20260101T000000000Z' });
  });
});

describe('bearerMatches', () => {
  it('accepts only the exact secret', () => {
    expect(bearerMatches(`Bearer ${SECRET}`, SECRET)).toBe(true);
    expect(bearerMatches(`Bearer ${SECRET}x`, SECRET)).toBe(false);
    expect(bearerMatches(`Bearer `, '')).toBe(false);
    expect(bearerMatches(undefined, SECRET)).toBe(false);
  });
});
