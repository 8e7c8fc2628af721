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
  it('are off unless SITE_INCREMENTAL is exactly true', () => {
    expect(incrementalFromEnv({})).toBe(false);
    expect(incrementalFromEnv({ SITE_INCREMENTAL: '1' })).toBe(false);
    expect(incrementalFromEnv({ SITE_INCREMENTAL: 'true' })).toBe(true);
    const secret = { PUBLISH_WEBHOOK_SECRET: 'x'.repeat(16) };
    expect(publisherConfig(secret, { dataDir: '/d' }).incremental).toBe(false);
    expect(publisherConfig({ ...secret, SITE_INCREMENTAL: 'true' }, { dataDir: '/d' }).incremental).toBe(true);
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
