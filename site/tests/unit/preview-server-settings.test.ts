import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SERVER = fileURLToPath(new URL('../../preview-server.mjs', import.meta.url));
const GOOD = { CMS_URL: 'https://cms.example.lv', CMS_TOKEN: 'read-only-token', PREVIEW_SECRET: 'a-secret-shared-with-the-cms' };

/** Starts the preview server with these settings only; what it printed if it stopped at once. */
function start(settings: Record<string, string>) {
  const run = spawnSync(process.execPath, [SERVER], {
    env: { PATH: process.env.PATH, PORT: '1', ...settings },
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
    ['no PREVIEW_SECRET', { ...GOOD, PREVIEW_SECRET: '' }, /PREVIEW_SECRET is not set/],
  ])('stops with a line that names the setting: %s', (_, settings, message) => {
    const { status, stderr } = start(settings);
    expect(status).toBe(1);
    expect(stderr).toMatch(message);
  });

  it('names every wrong setting at once', () => {
    const { stderr } = start({});
    expect(stderr.match(/^preview server: /gm)).toHaveLength(3);
  });
});
