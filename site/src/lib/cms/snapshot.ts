import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createCmsClient, type CmsClient, type CmsClientOptions, type ListParams } from './client';
import { CmsError } from './errors';
import { COLLECTIONS, GLOBAL } from './collections';

/** Raw CMS answers per endpoint and locale, as the loaders would have fetched them. */
export type Snapshot = Record<string, Record<string, unknown[]>>;

/**
 * Fetches everything the site reads, in every locale, into one JSON file: for builds without
 * a CMS (benchmarks measure the CMS's share this way; fixtures for offline work).
 */
export async function writeSnapshot(client: CmsClient, locales: readonly string[], file: string): Promise<Snapshot> {
  const snapshot: Snapshot = {};
  for (const { endpoint, populate } of Object.values(COLLECTIONS)) {
    snapshot[endpoint] = {};
    for (const locale of locales) snapshot[endpoint]![locale] = await client.listAll(endpoint, { locale, populate });
  }
  snapshot[GLOBAL.endpoint] = {};
  for (const locale of locales) {
    const single = await client.getSingle(GLOBAL.endpoint, { locale, populate: GLOBAL.populate });
    snapshot[GLOBAL.endpoint]![locale] = single ? [single] : [];
  }
  await writeFile(file, JSON.stringify(snapshot));
  return snapshot;
}

/**
 * A client that answers from a snapshot file instead of the network, honouring the loaders'
 * "updated since" filter, so the same sync code runs against it.
 */
const parsed = new Map<string, Snapshot>();

export function snapshotClient(file: string, filesFrom = process.env.CMS_URL, limits: Omit<CmsClientOptions, 'baseUrl'> = {}): CmsClient {
  // Every collection's loader asks for a client; the file is read once per build.
  if (!parsed.has(file)) parsed.set(file, JSON.parse(readFileSync(file, 'utf8')) as Snapshot);
  const snapshot = parsed.get(file)!;
  let requests = 0;
  const entries = (endpoint: string, locale = '') => (snapshot[endpoint]?.[locale] ?? []) as { updatedAt?: string }[];
  return {
    baseUrl: `snapshot:${file}`,
    requestCount: () => requests,
    async listAll(endpoint: string, params: ListParams = {}) {
      requests += 1;
      const since = (params.filters as { updatedAt?: { $gt?: string } } | undefined)?.updatedAt?.$gt;
      return entries(endpoint, params.locale).filter((e) => !since || (e.updatedAt ?? '') > since);
    },
    async count(endpoint: string, params: Pick<ListParams, 'locale'> = {}) {
      requests += 1;
      return entries(endpoint, params.locale).length;
    },
    async getSingle(endpoint: string, params: ListParams = {}) {
      requests += 1;
      return entries(endpoint, params.locale)[0];
    },
    // A snapshot holds no files: uploads still come from the CMS, when one is given, with the
    // same origin, time and size limits as a build against the CMS.
    async getFile(url, context) {
      if (!filesFrom) throw new CmsError(`file ${JSON.stringify(url)}: a snapshot build without CMS_URL has no uploads`, context);
      return createCmsClient({ ...limits, baseUrl: filesFrom }).getFile(url, context);
    },
  };
}
