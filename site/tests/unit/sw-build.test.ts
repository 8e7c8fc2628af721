import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { generateSW } from 'workbox-build';
import { RELEASE_PLACEHOLDER, writeServiceWorker } from '../../src/offline/sw-build';
import { serviceWorkerOptions } from '../../src/offline/sw-config';
import { releaseScriptName } from '../../src/offline/release-script';

const LOCALES = ['lv', 'en'];
let root: string;
let site: string;
let cacheDir: string;

const put = async (file: string, text: string) => {
  await mkdir(path.dirname(path.join(site, file)), { recursive: true });
  await writeFile(path.join(site, file), text);
};

/** What generateSW itself writes for the release, in a copy of the site. */
async function generatedDirectly(release: string): Promise<string> {
  const copy = path.join(root, `direct-${release}`);
  await rm(copy, { recursive: true, force: true });
  for (const file of await readdir(site, { recursive: true, withFileTypes: true })) {
    if (!file.isFile() || file.name === 'sw.js') continue;
    const relative = path.relative(site, path.join(file.parentPath, file.name));
    await mkdir(path.dirname(path.join(copy, relative)), { recursive: true });
    await writeFile(path.join(copy, relative), await readFile(path.join(site, relative)));
  }
  await generateSW(serviceWorkerOptions(copy, release, LOCALES, releaseScriptName(release)));
  return readFile(path.join(copy, 'sw.js'), 'utf8');
}

/**
 * A worker as a program, apart from the short names Terser gives its variables and fields (it
 * picks them by how often each character occurs in the text, so another release id can give
 * other names): the sequence of tokens with every name as "_", and its string literals.
 */
function program(worker: string) {
  const strings = worker.match(/"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g) ?? [];
  return { shape: worker.replace(/"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g, '""').replace(/[A-Za-z_$][\w$]*/g, '_'), strings };
}

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'integra-sw-'));
  site = path.join(root, 'site');
  cacheDir = path.join(root, 'cache');
  await put('_astro/page.abc123.css', 'body{color:black}');
  await put('lv/oflains/index.html', '<html lang="lv">bezsaistē</html>');
  await put('en/offline/index.html', '<html lang="en">offline</html>');
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('the service worker of a release', () => {
  it('is the program generateSW writes for that release, whether generated or reused', async () => {
    const first = await writeServiceWorker(site, '0123456789ab', LOCALES, cacheDir);
    expect(first.reused).toBe(false);
    const firstWorker = await readFile(path.join(site, 'sw.js'), 'utf8');
    expect(program(firstWorker)).toEqual(program(await generatedDirectly('0123456789ab')));
    expect(firstWorker).toContain('integra-pages-0123456789ab');
    expect(firstWorker).not.toContain(RELEASE_PLACEHOLDER);

    const second = await writeServiceWorker(site, 'fedcba987654', LOCALES, cacheDir);
    expect(second).toMatchObject({ reused: true, count: first.count, size: first.size });
    const secondWorker = await readFile(path.join(site, 'sw.js'), 'utf8');
    expect(program(secondWorker)).toEqual(program(await generatedDirectly('fedcba987654')));
    expect(program(secondWorker).strings).toContain('"integra-pages-fedcba987654"');
    expect(program(secondWorker)).not.toEqual(program(firstWorker));
  });

  it('is generated again when a precached file changes', async () => {
    await writeServiceWorker(site, '0123456789ab', LOCALES, cacheDir);
    await put('en/offline/index.html', '<html lang="en">offline, reworded</html>');
    const after = await writeServiceWorker(site, '0123456789ab', LOCALES, cacheDir);
    expect(after.reused).toBe(false);
    expect(program(await readFile(path.join(site, 'sw.js'), 'utf8'))).toEqual(program(await generatedDirectly('0123456789ab')));
    expect(await readdir(cacheDir)).toHaveLength(1);
  });

  it('refuses a release id that is not hex', async () => {
    await expect(writeServiceWorker(site, 'RELEASE', LOCALES, cacheDir)).rejects.toThrow(/hex/);
  });
});
