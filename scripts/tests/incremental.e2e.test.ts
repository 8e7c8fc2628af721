import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, realpath, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { asEditor } from '@integra/harness/cms-process';
import { startTestCms, TEST_ADMIN, type TestCms } from '@integra/harness/test-cms';
import { buildSite } from '@integra/harness/build-site';
import { createPipeline, type Pipeline } from '../lib/publisher/pipeline.ts';
import { RELEASE_LOCALES } from '../lib/publisher/locales.ts';
import { LOCALES } from '@integra/contract/locales';
import { paths } from '@integra/site/urls';

// Incremental builds (SITE_INCREMENTAL): after one edit, only the pages that show it are
// rendered again, every other page is Astro's copy of the last one, and the result is the
// same site a clean full build of the same content gives.

const SITE_URL = 'http://127.0.0.1:4321';
// Event lists depend on the time of the build; every build here sees the same time.
const env = { BUILD_NOW: '2026-11-30T12:00:00.000Z' };
let cms: TestCms;
let dataDir: string;
let pipeline: Pipeline;

/**
 * sha256 of every file of a folder, by relative path; only files whose name matches. The one
 * build-time stamp, DTSTAMP in calendar files (when the file was made), is left out.
 */
async function hashes(dir: string, match = /\.(html|xml|ics|txt)$/): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const file of (await readdir(dir, { recursive: true })).sort()) {
    if (!match.test(file)) continue;
    if (!(await stat(path.join(dir, file))).isFile()) continue;
    let bytes: Buffer | string = await readFile(path.join(dir, file));
    if (file.endsWith('.ics')) bytes = bytes.toString('utf8').replace(/^DTSTAMP:.*$/gm, '');
    out.set(file, createHash('sha256').update(bytes).digest('hex'));
  }
  return out;
}
/** Astro's manifest: per output file, the route's dependency hash and the path's cacheKey. */
async function manifestKeys(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const raw = await readFile(path.join(dataDir, 'cache', 'incremental-build.json'), 'utf8').catch(() => '{"routes":{}}');
  const manifest = JSON.parse(raw) as {
    routes: Record<string, { dependencyHash: string; paths: Record<string, { cacheKey: string; outputFile: string }> }>;
  };
  for (const route of Object.values(manifest.routes)) {
    for (const entry of Object.values(route.paths)) out.set(decodeURI(entry.outputFile), `${route.dependencyHash} ${entry.cacheKey}`);
  }
  return out;
}
/** The modification times of Astro's cached copies of pages: a copy is rewritten only when its page is rendered. */
async function cachedCopies(): Promise<Map<string, bigint>> {
  const dir = path.join(dataDir, 'cache', 'dist');
  const out = new Map<string, bigint>();
  for (const file of await readdir(dir, { recursive: true }).catch(() => [] as string[])) {
    const info = await stat(path.join(dir, file), { bigint: true });
    if (info.isFile()) out.set(file, info.mtimeNs);
  }
  return out;
}
const live = () => path.join(dataDir, 'live');
/** The live release's files (relative paths) that are the very files of Astro's cached copies. */
async function linkedToCache(files: string[]): Promise<string[]> {
  const linked: string[] = [];
  for (const file of files) {
    const copy = await stat(path.join(dataDir, 'cache', 'dist', file)).catch(() => undefined);
    if (copy && (await stat(path.join(live(), file))).ino === copy.ino) linked.push(file);
  }
  return linked;
}
const text = (file: string) => readFile(path.join(live(), file), 'utf8');
async function pagesShowing(needle: string): Promise<Set<string>> {
  const found = new Set<string>();
  // Pages, and the feeds and calendars that list documents.
  for (const file of (await hashes(live(), /\.(html|xml|ics)$/)).keys()) if ((await text(file)).includes(needle)) found.add(file);
  return found;
}
async function publish(reason: string) {
  const record = await pipeline.publish([reason]);
  expect(record, record.error).toMatchObject({ result: 'success' });
  return record;
}
/** What changed from one release to the next, and which cached pages were rendered again. */
async function step(change: () => Promise<void>, reason = 'entry.publish api::service.service') {
  const before = await hashes(live());
  const copiesBefore = await cachedCopies();
  const keysBefore = await manifestKeys();
  await change();
  const record = await publish(reason);
  const after = await hashes(live());
  const copiesAfter = await cachedCopies();
  const changed = new Set([...after].filter(([file, hash]) => before.get(file) !== hash).map(([file]) => file));
  const rerendered = new Set(
    [...copiesAfter].filter(([file, mtime]) => copiesBefore.has(file) && copiesBefore.get(file) !== mtime).map(([file]) => file),
  );
  const reused = [...copiesAfter.keys()].filter((file) => copiesBefore.has(file) && !rerendered.has(file));
  const keysAfter = await manifestKeys();
  const newKeys = new Set(
    [...keysAfter].filter(([file, key]) => keysBefore.get(file)?.split(' ')[1] !== key.split(' ')[1]).map(([file]) => file),
  );
  const newCode = new Set(
    [...keysAfter].filter(([file, key]) => keysBefore.get(file)?.split(' ')[0] !== key.split(' ')[0]).map(([file]) => file),
  );
  return {
    newKeys,
    newCode,
    before,
    after,
    changed,
    rerendered,
    reused,
    copies: copiesAfter,
    record,
  };
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'integra-incremental-'));
  cms = await startTestCms();
  pipeline = createPipeline({
    cmsUrl: cms.url,
    siteUrl: SITE_URL,
    dataDir,
    locales: RELEASE_LOCALES,
    keepReleases: 2,
    incremental: true,
    env,
    logger: pino({ level: 'warn' }),
  });
  // An uploaded file on a page that the edits below leave alone: an incremental build reuses
  // the page and must still put the file into the release.
  const form = new FormData();
  form.append('files', new Blob([new TextEncoder().encode('%PDF-1.4 incremental')], { type: 'application/pdf' }), 'incremental-form.pdf');
  const uploaded = await fetch(`${cms.url}/api/upload`, { method: 'POST', headers: { Authorization: `Bearer ${cms.token}` }, body: form });
  expect(uploaded.status).toBe(201);
  const [file] = (await uploaded.json()) as { id: number }[];
  const resources = (await (await fetch(`${cms.url}/api/resources?locale=lv`, { headers: headers() })).json()).data as {
    documentId: string;
    slug: string;
  }[];
  await updatePublished('resource', resources[0]!.documentId, { files: [file!.id] });
  const first = await publish('first build');
  const media = await readdir(path.join(live(), 'media'));
  expect(media.filter((name) => name.startsWith('incremental_form'))).toHaveLength(1);
  console.log(`incremental: first (full) build ${first.steps.build} ms`);
}, 600_000);

afterAll(async () => {
  await cms?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const headers = () => ({ 'Content-Type': 'application/json', Authorization: `Bearer ${cms.token}` });

/** Changes the Latvian version of an entry and publishes the change. */
async function updatePublished(type: string, documentId: string, data: Record<string, unknown>) {
  const updated = await fetch(`${cms.url}/api/${type}s/${documentId}?locale=lv`, {
    method: 'PUT',
    headers: headers(),
    body: JSON.stringify({ data }),
  });
  expect(updated.status).toBe(200);
  expect(
    await asEditor(cms.url, TEST_ADMIN, { method: 'POST', uid: `api::${type}.${type}`, path: `${documentId}/actions/publish?locale=lv` }),
  ).toBe(200);
}

describe('incremental builds', () => {
  it("an edited service title re-renders exactly the pages that show it; every other page is the last build's, byte for byte", async () => {
    const services = (
      await (await fetch(`${cms.url}/api/services?locale=lv&populate=category&pagination[pageSize]=100`, { headers: headers() })).json()
    ).data as {
      documentId: string;
      title: string;
      slug: string;
    }[];
    let service = services[0]!;
    let showing = new Set<string>();
    for (const candidate of services) {
      const pages = await pagesShowing(candidate.title);
      // the one shown in most places: its page, fallbacks in other locales, lists, topics
      if (pages.size > showing.size) [service, showing] = [candidate, pages];
    }
    expect(showing).toContain(`${paths.service('lv', service.slug).slice(1)}index.html`);
    // shown in Latvian in another locale too (a fallback page, or a list there)
    expect([...showing].some((file) => !file.startsWith('lv/'))).toBe(true);
    const newTitle = 'Inkrementālās būves pārbaudes pakalpojums';
    const storeFile = path.join(dataDir, 'cache', 'data-store.json');
    const storeWritten = (await stat(storeFile)).mtimeMs;
    const result = await step(() => updatePublished('service', service.documentId, { title: newTitle }));
    // Reused pages are hard links to Astro's cached copies (patches/astro@*.patch), not copies.
    const reusedPages = result.reused.filter((file) => file.endsWith('.html'));
    expect((await linkedToCache(reusedPages)).length).toBe(reusedPages.length);
    console.log(
      `incremental: title edit build ${result.record.steps.build} ms, ${result.rerendered.size} of ${result.copies.size} cached pages rendered again, ${result.changed.size} files changed`,
    );
    const nowShowing = await pagesShowing(newTitle);
    expect([...(await pagesShowing(service.title))]).toEqual([]);
    expect(nowShowing).toEqual(showing);
    const changedPages = new Set([...result.changed].filter((f) => /\.(html|xml|ics)$/.test(f)));
    expect(changedPages).toEqual(showing);
    const extra = [...result.rerendered].filter((file) => !showing.has(file));
    console.log(
      `incremental: rendered again without showing the title: ${extra.length}, of which with a new key: ${extra.filter((f) => result.newKeys.has(f)).length}, with new code: ${extra.filter((f) => result.newCode.has(f)).length}; e.g. ${extra.slice(0, 5).join(', ')}`,
    );
    expect(extra).toEqual([]);
    for (const file of result.reused) expect(result.after.get(file), file).toBe(result.before.get(file));
    expect(result.reused.length).toBeGreaterThan(result.copies.size / 2);
    expect((await readdir(path.join(live(), 'media'))).filter((name) => name.startsWith('incremental_form'))).toHaveLength(1);

    // One entry changed, so the content store was not written (site/src/lib/cms/store-lag.ts):
    // the next publish starts from the store before the title edit and fetches it again.
    expect((await stat(storeFile)).mtimeMs).toBe(storeWritten);
    const other = services.find((candidate) => candidate.documentId !== service.documentId)!;
    await step(() => updatePublished('service', other.documentId, { summary: 'Inkrementālās būves otrā izmaiņa.' }));
    expect(await pagesShowing(newTitle)).toEqual(nowShowing);
    expect([...(await pagesShowing(service.title))]).toEqual([]);
  });

  it('a renamed category is on every page that showed it, and the pages that did not show it are reused', async () => {
    const slug = 'uzturesanas-un-dokumenti';
    const found = await fetch(`${cms.url}/api/categories?locale=lv&filters[slug][$eq]=${slug}`, { headers: headers() });
    const category = ((await found.json()) as { data: { documentId: string; name: string }[] }).data[0]!;
    const oldName = category.name;
    const newName = 'Inkrementāli pārdēvēta kategorija';
    const showing = await pagesShowing(oldName);
    expect(showing).toContain(`${paths.category('lv', slug).slice(1)}index.html`);
    // The live release reused these pages as links to Astro's copies, which rendering them again
    // replaces: the release must stay as it was (it is kept, and can be rolled back to).
    const previousRelease = await realpath(live());
    expect((await linkedToCache([...showing])).length).toBeGreaterThan(0);
    const result = await step(async () => {
      const path = `${category.documentId}?locale=lv`;
      expect(await asEditor(cms.url, TEST_ADMIN, { method: 'PUT', uid: 'api::category.category', path, body: { name: newName } })).toBe(
        200,
      );
      // As the publisher is told: a write to a type without draft/publish (a full content sync).
    }, 'entry.update api::category.category');
    console.log(`incremental: category rename, ${result.rerendered.size} of ${result.copies.size} cached pages rendered again`);
    expect([...(await pagesShowing(oldName))]).toEqual([]);
    for (const file of showing) expect((await text(file)).includes(newName), file).toBe(true);
    for (const file of result.reused) expect(result.after.get(file), file).toBe(result.before.get(file));
    expect(result.reused.length).toBeGreaterThan(0);
    expect(await hashes(previousRelease)).toEqual(result.before);
  });

  it("an unpublished service's pages are gone in every locale, and no page links to them", async () => {
    const services = (await (await fetch(`${cms.url}/api/services?locale=lv&pagination[pageSize]=100`, { headers: headers() })).json())
      .data as {
      documentId: string;
      slug: string;
    }[];
    const service = services.at(-1)!;
    // Its pages under the Latvian slug: the original, and the fallbacks of untranslated locales.
    const urls = LOCALES.map((locale) => paths.service(locale, service.slug));
    const pages = [...(await hashes(live(), /\.html$/)).keys()].filter((file) => urls.includes(`/${file.replace(/index\.html$/, '')}`));
    expect(pages).toContain(`${paths.service('lv', service.slug).slice(1)}index.html`);
    await step(async () => {
      const path = `${service.documentId}/actions/unpublish?locale=lv`;
      expect(await asEditor(cms.url, TEST_ADMIN, { method: 'POST', uid: 'api::service.service', path })).toBe(200);
    });
    for (const file of pages) expect(await stat(path.join(live(), file)).catch(() => undefined), file).toBeUndefined();
    for (const url of urls) expect([...(await pagesShowing(url))], url).toEqual([]);
  });

  it('gives the same pages, byte for byte, as a clean full build of the same content', async () => {
    const clean = await mkdtemp(path.join(os.tmpdir(), 'integra-clean-'));
    try {
      const build = await buildSite({
        cmsUrl: cms.url,
        siteUrl: SITE_URL,
        outDir: path.join(clean, 'out'),
        cacheDir: path.join(clean, 'cache'),
        env: { ...env, SITE_INCREMENTAL: 'false' },
      });
      console.log(`incremental: clean full build ${build.durationMs} ms`);
      // Every file: pages, feeds, calendars, images, the search index, uploaded files.
      const full = await hashes(path.join(clean, 'out'), /./);
      const incremental = await hashes(live(), /^(?!\.release-complete$)/);
      expect([...incremental.keys()]).toEqual([...full.keys()]);
      const differ = [...full].filter(([file, hash]) => incremental.get(file) !== hash).map(([file]) => file);
      // On a failure, say where each file first differs.
      const firstDifference = async (file: string) => {
        const [a, b] = await Promise.all([readFile(path.join(clean, 'out', file), 'utf8'), readFile(path.join(live(), file), 'utf8')]);
        let at = 0;
        while (at < a.length && a[at] === b[at]) at += 1;
        return `${file} at ${at}: full "${a.slice(at - 260, at + 80)}" ≠ incremental "${b.slice(at - 260, at + 80)}"`;
      };
      expect(await Promise.all(differ.map(firstDifference))).toEqual([]);
      const media = async (dir: string) => (await readdir(path.join(dir, 'media')).catch(() => [] as string[])).sort();
      expect(await media(live())).toEqual(await media(path.join(clean, 'out')));
      expect((await media(live())).length).toBeGreaterThan(0);
    } finally {
      await rm(clean, { recursive: true, force: true });
    }
  }, 600_000);
});
