import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ASTRO_MANIFEST, BUILD_RUNNING, beginIncrementalBuild, endIncrementalBuild, incrementalFromEnv } from '../lib/incremental-build.ts';
import { publisherConfig } from '../lib/publisher/config.ts';

let cache: string;
beforeEach(async () => {
  cache = path.join(await mkdtemp(path.join(os.tmpdir(), 'integra-incremental-')), 'cache');
});
afterEach(() => rm(path.dirname(cache), { recursive: true, force: true }));

describe('incremental builds', () => {
  it('are on unless SITE_INCREMENTAL is false, and refuse any other value', () => {
    expect(incrementalFromEnv({})).toBe(true);
    expect(incrementalFromEnv({ SITE_INCREMENTAL: ' ' })).toBe(true);
    expect(incrementalFromEnv({ SITE_INCREMENTAL: 'true' })).toBe(true);
    expect(incrementalFromEnv({ SITE_INCREMENTAL: 'false' })).toBe(false);
    expect(() => incrementalFromEnv({ SITE_INCREMENTAL: '0' })).toThrow(/SITE_INCREMENTAL must be true or false/);
    const secret = { PUBLISH_WEBHOOK_SECRET: 'x'.repeat(16) };
    expect(publisherConfig(secret, { dataDir: '/d' }).incremental).toBe(true);
    expect(publisherConfig({ ...secret, SITE_INCREMENTAL: 'false' }, { dataDir: '/d' }).incremental).toBe(false);
  });

  it("keep Astro's manifest after a build that finished", async () => {
    expect(await beginIncrementalBuild(cache, { full: false })).toEqual({ reset: false });
    await writeFile(path.join(cache, ASTRO_MANIFEST), '{}');
    await endIncrementalBuild(cache);
    expect(await beginIncrementalBuild(cache, { full: false })).toEqual({ reset: false });
    expect(await readdir(cache)).toContain(ASTRO_MANIFEST);
  });

  it('render every page again after a build that did not finish, whose cached pages the manifest may not describe', async () => {
    await beginIncrementalBuild(cache, { full: false });
    await writeFile(path.join(cache, ASTRO_MANIFEST), '{}');
    // killed: endIncrementalBuild never ran
    expect(await beginIncrementalBuild(cache, { full: false })).toEqual({ reset: true });
    expect(await readdir(cache)).toEqual([BUILD_RUNNING]);
  });

  it('render every page again when a full rebuild is asked', async () => {
    await beginIncrementalBuild(cache, { full: false });
    await writeFile(path.join(cache, ASTRO_MANIFEST), '{}');
    await endIncrementalBuild(cache);
    expect(await beginIncrementalBuild(cache, { full: true })).toEqual({ reset: true });
    expect(await readdir(cache)).not.toContain(ASTRO_MANIFEST);
  });
});
