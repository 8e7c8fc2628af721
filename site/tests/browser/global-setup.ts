/**
 * Global setup of the browser tests: the real CMS with the demo content, a draft and a
 * Latvian-only service added and a meeting's original saved again (its translations become
 * outdated), then one build of the public site, served as a static host would. Every test
 * file reads the same build (see built-site.ts); the CMS stops and the files go when all are done.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createStaticServer } from '@integra/harness/static-server';
import { buildSite } from '@integra/harness/build-site';
import { startCms, freePort, type CmsServer } from '../helpers/cms-server';
import { paths } from '../../src/utils/urls';
import { DRAFT_MARKER, LATVIAN_ONLY, OUTDATED_TITLE, type BuiltSite } from './built-site';

let cms: CmsServer;
const outdated: BuiltSite['outdated'] = { documentId: '', updatedAt: '', paths: {} };

/**
 * Saves the meeting's Latvian original again, unchanged but later than its translations (a REST
 * write publishes it), and notes its pages and the original's new updatedAt.
 */
async function saveOriginalAgain() {
  const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${cms.token}` };
  const query = `filters[title][$eq]=${encodeURIComponent(OUTDATED_TITLE)}`;
  const [original] = (
    (await (await fetch(`${cms.url}/api/dialogue-meetings?locale=lv&${query}`, { headers })).json()) as {
      data: { documentId: string; summary: string }[];
    }
  ).data;
  if (!original) throw new Error(`no meeting "${OUTDATED_TITLE}"`);
  const saved = await fetch(`${cms.url}/api/dialogue-meetings/${original.documentId}?locale=lv`, {
    method: 'PUT',
    headers,
    body: JSON.stringify({ data: { summary: original.summary } }),
  });
  if (saved.status !== 200) throw new Error(`could not save the meeting: ${saved.status}`);
  outdated.documentId = original.documentId;
  outdated.updatedAt = ((await saved.json()) as { data: { updatedAt: string } }).data.updatedAt;
  for (const locale of ['lv', 'en', 'ru']) {
    const version = await fetch(`${cms.url}/api/dialogue-meetings/${original.documentId}?locale=${locale}`, { headers });
    outdated.paths[locale] = paths.meeting(locale, ((await version.json()) as { data: { slug: string } }).data.slug);
  }
  // No Ukrainian translation: the Ukrainian page shows the original, under the original's slug.
  outdated.paths.uk = outdated.paths.lv!.replace(paths.dialogue('lv'), paths.dialogue('uk'));
}

/** The draft and the Latvian-only service the tests look for, added through the REST API. */
async function addTestContent() {
  const create = async (what: string, query: string, data: object) => {
    const response = await fetch(`${cms.url}/api/services?${query}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${cms.token}` },
      body: JSON.stringify({ data }),
    });
    if (response.status !== 201) throw new Error(`could not create the ${what}: ${response.status}`);
  };
  await create('draft', 'locale=lv&status=draft', { title: DRAFT_MARKER, slug: 'nepublicets-k9', summary: DRAFT_MARKER });
  await create('Latvian-only service', 'locale=lv', LATVIAN_ONLY);
}

export default async function setup(project: TestProject) {
  const work = await mkdtemp(path.join(os.tmpdir(), 'integra-site-build-'));
  let server: ReturnType<typeof createStaticServer> | undefined;
  const teardown = async () => {
    await server?.close();
    await cms?.stop();
    await rm(work, { recursive: true, force: true });
  };
  try {
    cms = await startCms();
    await addTestContent();
    await saveOriginalAgain();
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const { outDir: dist } = await buildSite({
      cmsUrl: cms.url,
      siteUrl: origin,
      outDir: path.join(work, 'dist'),
      cacheDir: path.join(work, 'cache'),
    });
    server = createStaticServer({ root: dist, port });
    await server.listen();
    project.provide('builtSite', { origin, dist, work, cmsUrl: cms.url, cmsPort: cms.port, outdated });
  } catch (error) {
    // A failed setup leaves no CMS running and no folder behind.
    await teardown();
    throw error;
  }
  return teardown;
}
