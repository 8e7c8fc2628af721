import { describe, expect, it } from 'vitest';
import { formatPublisherLine, logFormat, publisherLogger } from '../lib/log-format.ts';
import { boundedTail, lineSplitter, prefixLines, strapiLogFilter } from '@integra/harness/child-output';

const json = (entry: Record<string, unknown>) => JSON.stringify({ time: 1, pid: 1, hostname: 'h', name: 'publisher', ...entry });

describe("the demo's publisher lines", () => {
  it('shows a successful build as one line with its trigger, duration and release', () => {
    const line = json({
      level: 30,
      trigger: ['entry.publish api::service.service ×3', 'media.create'],
      durationMs: 12_400,
      steps: { build: 12_000, check: 300, switch: 1 },
      release: '20260131T120000000Z',
      pruned: 0,
      msg: 'build succeeded, release live',
    });
    expect(formatPublisherLine(line)).toBe(
      'build ok in 12.4 s (entry.publish api::service.service ×3, media.create) → release 20260131T120000000Z',
    );
  });

  it('shows a failed build with its trigger, duration and the error, indented under it', () => {
    const line = json({
      level: 50,
      trigger: ['manual'],
      durationMs: 3_100,
      steps: {},
      error: 'site build failed (exit 1):\nCmsError: services lv: title: Required',
      msg: 'build failed, live site unchanged',
    });
    expect(formatPublisherLine(line)).toBe(
      'build failed after 3.1 s (manual), live site unchanged:\n  site build failed (exit 1):\n  CmsError: services lv: title: Required',
    );
  });

  it('leaves out routine lines: a build starting, debug and info chatter', () => {
    expect(
      formatPublisherLine(json({ level: 30, trigger: ['startup'], release: 'x', fullSync: false, msg: 'build started' })),
    ).toBeUndefined();
    expect(formatPublisherLine(json({ level: 20, event: 'entry.publish', msg: 'webhook received' }))).toBeUndefined();
    expect(formatPublisherLine(json({ level: 30, msg: 'Server listening at http://127.0.0.1:4322' }))).toBeUndefined();
  });

  it('shows a refused request and other warnings as one line that says what happened', () => {
    const refused = json({
      level: 40,
      method: 'POST',
      url: '/webhook',
      statusCode: 401,
      ip: '127.0.0.1',
      msg: 'refused: missing or wrong secret',
    });
    expect(formatPublisherLine(refused)).toBe('warning: refused: missing or wrong secret (POST /webhook → 401)');
    const failed = json({ level: 50, err: { type: 'Error', message: 'boom', stack: 'Error: boom\n at x' }, msg: 'request failed' });
    expect(formatPublisherLine(failed)).toBe('error: request failed (boom)');
  });

  it('counts the reasons of a relayed build', () => {
    const line = json({
      level: 30,
      reasons: ['entry.publish a', 'entry.publish a', 'media.create'],
      repository: 'o/r',
      msg: 'repository_dispatch sent',
    });
    expect(formatPublisherLine(line)).toBe('repository_dispatch sent (entry.publish a ×2, media.create)');
  });

  it('passes a line that is not JSON through as it is', () => {
    expect(formatPublisherLine('something odd\n')).toBe('something odd');
  });

  it('writes prefixed lines through the pretty logger, and plain JSON through the JSON one', () => {
    const pretty: string[] = [];
    const logger = publisherLogger('pretty', { out: { write: (text: string) => pretty.push(text) } });
    logger.info({ trigger: ['startup'], durationMs: 1000, release: 'r1', steps: {} }, 'build succeeded, release live');
    logger.info('Server listening');
    expect(pretty).toEqual(['publisher │ build ok in 1.0 s (startup) → release r1\n']);

    const lines: string[] = [];
    publisherLogger('json', { out: { write: (text: string) => lines.push(text) } }).info({ durationMs: 5 }, 'hello');
    expect(JSON.parse(lines[0]!)).toMatchObject({ name: 'publisher', msg: 'hello', durationMs: 5 });
  });
});

describe('LOG_FORMAT', () => {
  it('is pretty on a terminal and JSON elsewhere unless set, and refuses anything but json or pretty', () => {
    expect(logFormat({}, true)).toBe('pretty');
    expect(logFormat({}, false)).toBe('json');
    expect(logFormat({ LOG_FORMAT: 'json' }, true)).toBe('json');
    expect(logFormat({ LOG_FORMAT: 'pretty' }, false)).toBe('pretty');
    expect(() => logFormat({ LOG_FORMAT: 'yaml' }, true)).toThrow(/json.*pretty/);
  });
});

describe("the CMS's output in the demo", () => {
  it("passes Strapi's warnings and errors with their stack, without colours, and drops info and http lines", () => {
    const filter = strapiLogFilter();
    const out = [
      // As Strapi prints them into a pipe: the level coloured.
      '[2026-01-31 12:00:00.000] \u001b[32minfo\u001b[39m: [internal migration]: migrating 5.0.0-02-created-document-id',
      '[2026-01-31 12:00:00.100] http: GET /api/services (12 ms) 200',
      ' Project information',
      '[2026-01-31 12:00:01.000] \u001b[33mwarn\u001b[39m: Webhook "Publish the public site" failed',
      '[2026-01-31 12:00:02.000] error: Cannot read properties of undefined',
      '    at Object.handler (/cms/dist/src/index.js:1:1)',
      '',
      '[2026-01-31 12:00:03.000] info: back to normal',
      '    continuation of an info entry',
    ].map((line) => filter(line, 'stdout'));
    expect(out.filter((line) => line !== undefined)).toEqual([
      '[2026-01-31 12:00:01.000] warn: Webhook "Publish the public site" failed',
      '[2026-01-31 12:00:02.000] error: Cannot read properties of undefined',
      '    at Object.handler (/cms/dist/src/index.js:1:1)',
    ]);
  });

  it('passes an unprefixed line on stderr (a crash, a Node warning)', () => {
    expect(strapiLogFilter()('Error: listen EADDRINUSE: address already in use', 'stderr')).toBe(
      'Error: listen EADDRINUSE: address already in use',
    );
  });

  it('prefixes every line of a message with the part it comes from', () => {
    expect(prefixLines('cms', 'one\ntwo')).toBe('cms       │ one\ncms       │ two');
  });

  it('joins lines cut across chunks, and never holds an endless line', () => {
    const lines: string[] = [];
    const split = lineSplitter((line) => lines.push(line), 10);
    split.push('first li');
    split.push('ne\r\nsecond\nthi');
    split.push('rd without end');
    split.flush();
    expect(lines).toEqual(['first line', 'second', 'third without end']);
  });

  it('keeps only a bounded tail of what a child printed', () => {
    const tail = boundedTail(100);
    for (let i = 0; i < 1000; i++) tail.push(`line ${i}\n`);
    expect(tail.text()).toHaveLength(100);
    expect(tail.text().endsWith('line 999\n')).toBe(true);
  });
});
