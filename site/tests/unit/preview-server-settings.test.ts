import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { MIN_SECRET_LENGTH } from '@integra/contract/preview-link';

const SERVER = fileURLToPath(new URL('../../preview-server.mjs', import.meta.url));
const GOOD = { CMS_URL: 'https://cms.example.lv', CMS_TOKEN: 'read-only-token', PREVIEW_SECRET: 'a-secret-shared-with-the-cms' };

/** Starts the preview server with these settings only; what it printed if it stopped at once. */
function start(settings: Record<string, string>) {
  const run = spawnSync(process.execPath, [SERVER], {
    // Port 0 is refused after the settings are read: a check that wrongly passed fails at once.
    env: { PATH: process.env.PATH, PORT: '0', ...settings },
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { status: run.status, stderr: run.stderr };
}

describe('the preview server, started with settings that would fail every preview', () => {
  it.each([
    ['CMS_URL without a scheme', { ...GOOD, CMS_URL: 'cms.example.lv' }, /CMS_URL must be the CMS's address.*"cms\.example\.lv"/],
    ['CMS_URL that is not a web address', { ...GOOD, CMS_URL: 'file:///etc/passwd' }, /CMS_URL must be the CMS's address/],
    ['no CMS_TOKEN', { ...GOOD, CMS_TOKEN: ' ' }, /CMS_TOKEN is not set/],
    ['no PREVIEW_SECRET', { ...GOOD, PREVIEW_SECRET: '' }, /PREVIEW_SECRET must be/],
    ['a PREVIEW_SECRET too short to sign', { ...GOOD, PREVIEW_SECRET: 'x'.repeat(MIN_SECRET_LENGTH - 1) }, /PREVIEW_SECRET must be/],
    ['CMS_URL with a query', { ...GOOD, CMS_URL: 'https://cms.example.lv/?a=1' }, /CMS_URL must be/],
    [
      'PREVIEW_FRAME_ANCESTORS with a rule of its own',
      { ...GOOD, PREVIEW_FRAME_ANCESTORS: 'https://cms.lv; script-src *' },
      /PREVIEW_FRAME_ANCESTORS must be/,
    ],
    [
      'PREVIEW_FRAME_ANCESTORS a header cannot carry',
      { ...GOOD, PREVIEW_FRAME_ANCESTORS: 'https://cmš.lv' },
      /PREVIEW_FRAME_ANCESTORS must be/,
    ],
    [
      'PREVIEW_FRAME_ANCESTORS with a line break',
      { ...GOOD, PREVIEW_FRAME_ANCESTORS: 'https://cms.lv\nX-Evil: 1' },
      /PREVIEW_FRAME_ANCESTORS must be/,
    ],
  ])('stops with a line that names the setting: %s', (_, settings, message) => {
    const { status, stderr } = start(settings);
    expect(status).toBe(1);
    expect(stderr).toMatch(message);
  });

  it('never prints the password of a CMS_URL written with one', () => {
    const { status, stderr } = start({ ...GOOD, CMS_URL: 'https://editor:hunter2-secret@cms.example.lv' });
    expect(status).toBe(1);
    expect(stderr).toMatch(/CMS_URL must be/);
    expect(stderr).not.toContain('hunter2');
  });

  it('passes settings that are right, whitespace around them included', () => {
    for (const settings of [
      GOOD,
      {
        ...GOOD,
        PREVIEW_SECRET: 'x'.repeat(MIN_SECRET_LENGTH),
        PREVIEW_FRAME_ANCESTORS: " https://cms.example.lv http://127.0.0.1:1337 'self' ",
      },
    ]) {
      const { status, stderr } = start(settings);
      // It goes on past the settings, to the port (0 is refused) or the missing build.
      expect(status).toBe(1);
      expect(stderr).not.toMatch(/CMS_URL|CMS_TOKEN|PREVIEW_SECRET|PREVIEW_FRAME_ANCESTORS/);
    }
  });

  it('names every wrong setting at once', () => {
    const { stderr } = start({});
    expect(stderr.match(/^preview server: /gm)).toHaveLength(3);
  });
});
