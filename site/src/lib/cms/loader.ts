import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { createCmsClient, DEFAULT_MAX_FILE_BYTES, DEFAULT_TIMEOUT_MS, type CmsClient, type CmsClientOptions } from './client';
import { CmsError, parseEntry } from './errors';
import { snapshotClient } from './snapshot';
import { noteSync } from './store-lag';
import { DEFAULT_LOCALE } from '../../i18n/locales';
// The one translation-status rule, shared with the CMS's admin widget and `pnpm translations`.
import { formatTranslationReport, translationStatus } from '@integra/contract/translation-status';

/** A schema of one CMS entry: entries are stored as objects. */
export type Schema = z.ZodType<Record<string, unknown>>;

export interface StrapiCollectionOptions<S extends Schema> {
  /** REST endpoint, e.g. "services". */
  endpoint: string;
  schema: S;
  populate?: unknown;
  locales: readonly string[];
}

/** Store id of one language version: all versions of a Strapi document share its documentId. */
export const entryId = (documentId: string, locale: string) => `${documentId}:${locale}`;

/**
 * True for type generation only (`astro check`, `astro sync` with CMS_OFFLINE=true): loaders
 * keep what they have and fetch nothing. A build never sets it.
 */
const offline = () => process.env.CMS_OFFLINE === 'true';

/** A positive whole number from the environment, or the default; anything else fails the build. */
function positiveInteger(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value <= 0)
    throw new CmsError(`${name} must be a positive whole number, got "${raw}"`, { contentType: 'all' });
  return value;
}

/**
 * The client settings the environment gives besides the CMS's address: the upload origins files
 * may come from (S3_PUBLIC_URL, MEDIA_URL), the time limit of a request (CMS_TIMEOUT_MS) and
 * the size limit of a file (MEDIA_MAX_BYTES).
 */
export function clientLimitsFromEnv(
  env: Record<string, string | undefined> = process.env,
): Pick<CmsClientOptions, 'fileOrigins' | 'timeoutMs' | 'maxFileBytes'> {
  const fileOrigins = [env.S3_PUBLIC_URL, env.MEDIA_URL].filter((url): url is string => Boolean(url?.trim()));
  for (const url of fileOrigins) {
    if (!URL.canParse(url)) throw new CmsError(`not an address: "${url}" (S3_PUBLIC_URL or MEDIA_URL)`, { contentType: 'all' });
  }
  return {
    fileOrigins,
    timeoutMs: positiveInteger(env, 'CMS_TIMEOUT_MS', DEFAULT_TIMEOUT_MS),
    maxFileBytes: positiveInteger(env, 'MEDIA_MAX_BYTES', DEFAULT_MAX_FILE_BYTES),
  };
}

/**
 * Client from CMS_URL and CMS_TOKEN (or CMS_SNAPSHOT, a file from writeSnapshot, for a build
 * without a CMS); a missing CMS_URL fails the build with a clear message.
 */
export function clientFromEnv(
  env: Record<string, string | undefined> = process.env,
  /** A preview's deadline and retries (see loadPreviewVersion). */
  patience: Pick<CmsClientOptions, 'deadlineMs' | 'retries'> = {},
): CmsClient {
  if (env.CMS_SNAPSHOT) return snapshotClient(env.CMS_SNAPSHOT, env.CMS_URL, clientLimitsFromEnv(env));
  const baseUrl = env.CMS_URL;
  if (!baseUrl) throw new CmsError('CMS_URL is not set: point it at the Strapi server, e.g. http://localhost:1337', { contentType: 'all' });
  return createCmsClient({ baseUrl, token: env.CMS_TOKEN || undefined, ...clientLimitsFromEnv(env), ...patience });
}

/** What one sync did, per locale: for logs, the benchmark and tests. */
export interface SyncStats {
  fetched: number;
  removed: number;
  full: boolean;
}

type Raw = { documentId?: string; slug?: string; updatedAt?: string };

/**
 * Syncs one content type, every locale, into the content store. The first sync fetches every
 * entry; later ones fetch only entries updated since the last sync (the store is kept between
 * builds) and drop entries that were deleted or unpublished. Invalid entries fail the build
 * with a CmsError naming type, locale and entry.
 */
export async function syncCollection<S extends Schema>(
  client: CmsClient,
  options: StrapiCollectionOptions<S>,
  context: Pick<LoaderContext, 'store' | 'meta' | 'logger'> & { generateDigest?: LoaderContext['generateDigest'] },
): Promise<Record<string, SyncStats>> {
  const { endpoint, schema, populate, locales } = options;
  const { store, meta, logger } = context;
  const stats: Record<string, SyncStats> = {};
  // The sync state belongs to one CMS: pointed at another, start again from scratch.
  if (meta.get('cms') !== client.baseUrl) {
    locales.forEach((locale) => meta.delete(`lastSync:${locale}`));
    meta.set('cms', client.baseUrl);
  }

  for (const locale of locales) {
    const syncKey = `lastSync:${locale}`;
    const since = meta.get(syncKey);
    let newest = since ?? '';
    /** Stores entries as the CMS sent them, and notes the newest update among them. */
    const keep = (entries: Raw[]) => {
      for (const raw of entries) {
        const data = parseEntry(schema, raw, { contentType: endpoint, locale, entry: raw?.slug ?? raw?.documentId });
        store.set({ id: entryId(raw.documentId!, locale), data, digest: context.generateDigest?.(raw as Record<string, unknown>) });
        if (raw.updatedAt && raw.updatedAt > newest) newest = raw.updatedAt;
      }
      return entries;
    };
    const everything = async () => keep((await client.listAll(endpoint, { locale, populate })) as Raw[]);

    let fetched: Raw[];
    // Which documents are still published in this locale, when some may have left.
    let live: Set<string | undefined> | undefined;
    let full = !since;
    if (!since) {
      fetched = await everything();
      live = new Set(fetched.map((raw) => raw.documentId));
    } else {
      fetched = keep((await client.listAll(endpoint, { locale, populate, filters: { updatedAt: { $gt: since } } })) as Raw[]);
      const drift = await storeDrift(client, endpoint, locale, store.keys());
      if (drift === 'missing') {
        // An entry the store never got (published between two requests, say): the whole
        // locale again, rather than a page that stays off the site until its next edit.
        fetched = await everything();
        live = new Set(fetched.map((raw) => raw.documentId));
        full = true;
      } else if (drift === 'extra') {
        live = new Set(((await client.listAll(endpoint, { locale, fields: ['updatedAt'] })) as Raw[]).map((raw) => raw.documentId));
      }
    }
    let removed = 0;
    if (live) {
      for (const id of store.keys()) {
        const [documentId, entryLocale] = id.split(':');
        if (entryLocale === locale && !live.has(documentId)) {
          store.delete(id);
          removed += 1;
        }
      }
    }
    if (newest) meta.set(syncKey, newest);
    stats[locale] = { fetched: fetched.length, removed, full };
  }
  const total = Object.values(stats).reduce((sum, s) => sum + s.fetched, 0);
  const gone = Object.values(stats).reduce((sum, s) => sum + s.removed, 0);
  logger.info(`${endpoint}: fetched ${total} changed entries, removed ${gone}`);
  return stats;
}

/**
 * How the store's entries of a locale compare with what the CMS publishes, once the entries
 * changed since the last sync are stored: by a count, rather than by listing every entry of a
 * large site on each publish. Every published entry is in the store by then, so it holds more
 * entries than the CMS counts ('extra') exactly when some left (deleted or unpublished); fewer
 * ('missing') means it lacks one; 'same' otherwise. A count the CMS does not give is 'extra':
 * the entries are listed.
 * (An entry published and another removed between the changes' request and the count leave the
 * removed one in place until the next sync, which the removal's own publish starts. The
 * nightly full sync lists every entry whatever the counts say.)
 */
async function storeDrift(client: CmsClient, endpoint: string, locale: string, ids: string[]): Promise<'same' | 'extra' | 'missing'> {
  const published = await client.count(endpoint, { locale });
  const stored = ids.filter((id) => id.endsWith(`:${locale}`)).length;
  if (published === undefined || stored > published) return 'extra';
  return stored < published ? 'missing' : 'same';
}

/** Astro content-layer loader for one Strapi collection type, in every configured locale. */
export function strapiLoader<S extends Schema>(options: StrapiCollectionOptions<S>): Loader {
  return {
    name: `strapi:${options.endpoint}`,
    schema: options.schema,
    load: async (context) => {
      if (offline()) return context.logger.warn('CMS_OFFLINE=true: content not synced');
      // CMS_FULL_SYNC=true refetches everything, e.g. after taxonomy names changed.
      if (process.env.CMS_FULL_SYNC === 'true') options.locales.forEach((l) => context.meta.delete(`lastSync:${l}`));
      noteSync(await syncCollection(clientFromEnv(), options, context));
      context.logger.info(`translations: ${translationSummary(options, context.store.values())}`);
    },
  };
}

/** The build's one-line translation summary of a collection's published content. */
export function translationSummary(
  options: Pick<StrapiCollectionOptions<Schema>, 'endpoint' | 'locales'>,
  entries: { data: Record<string, unknown> }[],
) {
  const versions = entries.map(({ data }) => ({
    documentId: String(data.documentId),
    locale: String(data.locale),
    updatedAt: String(data.updatedAt),
    label: String(data.title ?? data.name ?? data.documentId),
  }));
  return formatTranslationReport(
    [translationStatus(options.endpoint, versions, { defaultLocale: DEFAULT_LOCALE, locales: options.locales })],
    {
      details: false,
    },
  );
}

/** Loader for a single type (site settings), one entry per locale that has a published version. */
export function strapiSingleLoader<S extends Schema>(options: StrapiCollectionOptions<S>): Loader {
  return {
    name: `strapi:${options.endpoint}`,
    schema: options.schema,
    load: async ({ store, logger }) => {
      if (offline()) return logger.warn('CMS_OFFLINE=true: content not synced');
      const client = clientFromEnv();
      store.clear();
      for (const locale of options.locales) {
        const raw = await client.getSingle(options.endpoint, { locale, populate: options.populate });
        if (!raw) continue;
        store.set({ id: locale, data: parseEntry(options.schema, raw, { contentType: options.endpoint, locale }) });
      }
      logger.info(`${options.endpoint}: ${store.keys().length} locales`);
    },
  };
}
