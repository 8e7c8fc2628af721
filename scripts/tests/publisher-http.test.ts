import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { createPublisherServer, MAX_BODY_BYTES } from '../lib/publisher/server.ts';
import { recordingScheduler } from './helpers/recording-scheduler.ts';
import { bearerMatches } from '../lib/publisher/auth.ts';
import { CONTENT_TYPE_INFO } from '../lib/publisher/content-types.ts';
import { CONTENT_TYPE_KEYS, CONTENT_TYPES } from '@integra/contract/content-types';
import { needsRebuild } from '../lib/publisher/events.ts';

const SECRET = 'a-long-webhook-secret-123';
const scheduler = recordingScheduler();
const requests = scheduler.reasons;
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

  it('202 and nothing scheduled for draft saves of draft/publish types and for other events', async () => {
    requests.length = 0;
    for (const payload of [
      { event: 'entry.create', model: 'service', uid: 'api::service.service' },
      { event: 'entry.update', model: 'service', uid: 'api::service.service' },
      { event: 'entry.update', model: 'global', uid: 'api::global.global' },
      { event: 'entry.create', model: 'event' },
      { event: 'entry.draft-discard', model: 'page', uid: 'api::page.page' },
      // Deleting a document that was never published: Strapi sends its draft only.
      { event: 'entry.delete', model: 'resource', uid: 'api::resource.resource', entry: { id: 4, publishedAt: null } },
      // Types the site does not show, such as the scheduling plugin's actions.
      { event: 'entry.create', model: 'action', uid: 'plugin::publisher.action' },
      { event: 'entry.update', model: 'user', uid: 'plugin::users-permissions.user' },
      { event: 'entry.update' },
      { event: 'review-workflows.updateEntryStage', model: 'service' },
    ]) {
      const response = await webhook(payload);
      expect(response.statusCode).toBe(202);
      expect(response.json(), JSON.stringify(payload)).toEqual({ scheduled: false });
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

  it('a rebuild scheduled for every save of each type without draft/publish, named by uid or by model', async () => {
    const draftless = ['category', 'topic', 'audience', 'organisation', 'municipality', 'language'];
    requests.length = 0;
    for (const model of draftless) {
      for (const event of ['entry.create', 'entry.update', 'entry.delete']) {
        const byUid = await webhook({
          event,
          model,
          uid: `api::${model}.${model}`,
          entry: { id: 1, publishedAt: '2026-01-01T00:00:00.000Z' },
        });
        expect(byUid.json(), `${event} ${model}`).toEqual({ scheduled: true });
        expect((await webhook({ event, model })).json(), `${event} ${model} without uid`).toEqual({ scheduled: true });
      }
    }
    expect(requests).toHaveLength(draftless.length * 3 * 2);
    expect(requests[0]).toBe('entry.create api::category.category');
  });

  it('a rebuild scheduled when a published document of a draft/publish type is deleted', async () => {
    requests.length = 0;
    // Strapi 5 deletes the draft and the published version, one entry.delete each.
    const draft = { event: 'entry.delete', model: 'service', uid: 'api::service.service', entry: { id: 7, publishedAt: null } };
    const published = { ...draft, entry: { id: 8, publishedAt: '2026-01-01T00:00:00.000Z' } };
    expect((await webhook(draft)).json()).toEqual({ scheduled: false });
    expect((await webhook(published)).json()).toEqual({ scheduled: true });
    expect(requests).toEqual(['entry.delete api::service.service']);
  });

  it('knows every content type of the registry: a publish rebuilds, a save rebuilds only without draft/publish', async () => {
    for (const key of CONTENT_TYPE_KEYS) {
      const { uid, draftAndPublish } = CONTENT_TYPES[key];
      const saved = { event: 'entry.update', uid, entry: { id: 1, publishedAt: null } };
      expect((await webhook({ event: 'entry.publish', uid })).json(), `${key} publish`).toEqual({ scheduled: true });
      expect((await webhook(saved)).json(), `${key} save`).toEqual({ scheduled: !draftAndPublish });
      expect(
        (await webhook({ ...saved, event: 'entry.delete', entry: { id: 1, publishedAt: '2026-01-01T00:00:00.000Z' } })).json(),
      ).toEqual({
        scheduled: true,
      });
    }
  });

  it('judges a type by its draft/publish alone: one switched to draft/publish stops rebuilding on saves', () => {
    const category = { event: 'entry.update', uid: CONTENT_TYPES.categories.uid };
    const switched = CONTENT_TYPE_INFO.map((t) => (t.uid === category.uid ? { ...t, draftAndPublish: true } : t));
    expect(needsRebuild(category, switched)).toBe(false);
    expect(needsRebuild(category, CONTENT_TYPE_INFO)).toBe(true);
    expect(needsRebuild({ event: 'entry.update', model: 'dialogue-meeting' }, CONTENT_TYPE_INFO)).toBe(false);
    expect(needsRebuild({ event: 'entry.update', model: 'language' }, CONTENT_TYPE_INFO)).toBe(true);
  });

  it('reports status only to callers with the secret', async () => {
    expect((await app.inject({ method: 'GET', url: '/status' })).statusCode).toBe(401);
    const status = await app.inject({ method: 'GET', url: '/status', headers: { authorization: `Bearer ${SECRET}` } });
    expect(status.json()).toMatchObject({ state: 'idle', followUpQueued: false, currentRelease: '20260101T000000000Z' });
  });
});

describe('publisher request log', () => {
  const entries = () => logLines.map((line) => JSON.parse(line) as Record<string, unknown>);

  it('writes no line for accepted webhooks, whether or not they schedule a build', async () => {
    logLines.length = 0;
    for (let i = 0; i < 20; i++) expect((await webhook({ event: 'entry.publish', uid: 'api::service.service' })).statusCode).toBe(202);
    expect((await webhook({ event: 'entry.update', model: 'service' })).statusCode).toBe(202);
    expect((await app.inject({ method: 'GET', url: '/status', headers: { authorization: `Bearer ${SECRET}` } })).statusCode).toBe(200);
    expect(logLines).toEqual([]);
  });

  it('writes one line per refused or erroneous request, saying what and why, without the secret', async () => {
    logLines.length = 0;
    await webhook({ event: 'entry.publish' }, { authorization: 'Bearer wrong', 'content-type': 'application/json' });
    await webhook('not json {');
    await webhook({ event: 'entry.publish', padding: 'x'.repeat(MAX_BODY_BYTES) });
    await app.inject({ method: 'GET', url: '/nowhere', headers: { authorization: `Bearer ${SECRET}` } });
    expect(entries().map((e) => [e.level, e.method, e.url, e.statusCode])).toEqual([
      [40, 'POST', '/webhook', 401],
      [40, 'POST', '/webhook', 400],
      [40, 'POST', '/webhook', 413],
      [40, 'GET', '/nowhere', 404],
    ]);
    expect(entries()[0]!.msg).toBe('refused: missing or wrong secret');
    expect(logLines.join('\n')).not.toContain(SECRET);
  });

  it('logs a handler that fails as one error line with the error, and keeps serving', async () => {
    const failing = createPublisherServer({
      secret: SECRET,
      scheduler,
      logger,
      status: async () => {
        throw new Error('status store unreadable');
      },
    });
    try {
      logLines.length = 0;
      const response = await failing.inject({ method: 'GET', url: '/status', headers: { authorization: `Bearer ${SECRET}` } });
      expect(response.statusCode).toBe(500);
      expect(entries()).toHaveLength(1);
      expect(entries()[0]).toMatchObject({
        level: 50,
        method: 'GET',
        url: '/status',
        statusCode: 500,
        err: { message: 'status store unreadable' },
      });
      expect(
        (await failing.inject({ method: 'POST', url: '/webhook', headers: auth, payload: '{"event":"entry.publish"}' })).statusCode,
      ).toBe(202);
    } finally {
      await failing.close();
    }
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
