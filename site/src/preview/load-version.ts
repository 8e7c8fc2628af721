/**
 * What the preview server shows for a signed link: one document's versions in every locale
 * (draft or published, as the link says), read live from the CMS with a read-only token and
 * checked with the same schemas as a build, then the version a reader of `locale` would get
 * (the fallback rule included) with what it shows of the Latvian original. Nothing here is
 * cached: an editor's save shows on reload.
 */
import type { PreviewableKey } from '@integra/contract/content-types';
import type { PreviewTarget } from '@integra/contract/preview-link';
import { COLLECTIONS } from '../lib/cms/collections';
import { parseEntry } from '../lib/cms/errors';
import type { CmsClient } from '../lib/cms/client';
import { DEFAULT_LOCALE, LOCALES } from '../i18n/locales';
import { resolveVersion, type Localized, type Resolved } from '../utils/fallback';
import { originalProps, type OriginalProps } from '../utils/original-props';

export interface PreviewVersion {
  resolved: Resolved<Record<string, unknown>>;
  /** Locales the document exists in (translated), for the language switcher. */
  locales: string[];
  /** What the page shows of the Latvian original, as the public page would: title, outdated notice. */
  original: OriginalProps;
}

const isVersionOf = (entry: unknown, documentId: string, locale: string) =>
  typeof entry === 'object' &&
  entry !== null &&
  'documentId' in entry &&
  entry.documentId === documentId &&
  'locale' in entry &&
  entry.locale === locale;

/**
 * How long an editor waits at most for a preview before the page says the CMS cannot be reached,
 * and how often a failed request is tried again within that time.
 */
export const PREVIEW_PATIENCE = { deadlineMs: 20_000, retries: 1 };

/** The version to show, or undefined when the document exists in no locale the reader can get. */
export async function loadPreviewVersion(
  client: CmsClient,
  target: PreviewTarget & { type: PreviewableKey },
): Promise<PreviewVersion | undefined> {
  // A preview link's type is the registry key, which names the site's collection too.
  const { endpoint, schema, populate } = COLLECTIONS[target.type];
  // Every collection's schema has documentId and locale (documentBase in src/lib/cms/schemas.ts).
  // The locales side by side: the editor waits for the slowest, not for their sum.
  const answers = await Promise.all(
    LOCALES.map((locale) =>
      client.listAll(endpoint, { locale, status: target.status, populate, filters: { documentId: { $eq: target.documentId } } }),
    ),
  );
  const versions = new Map<string, Localized & Record<string, unknown>>();
  LOCALES.forEach((locale, i) => {
    // Only the linked document in this locale: never another entry the CMS answered with.
    const entry = answers[i]!.find((e) => isVersionOf(e, target.documentId, locale));
    if (!entry) return;
    const data = parseEntry(schema, entry, { contentType: endpoint, locale, entry: target.documentId });
    versions.set(locale, data as Localized & Record<string, unknown>);
  });
  const resolved = resolveVersion(versions, target.locale, DEFAULT_LOCALE);
  return resolved && { resolved, locales: [...versions.keys()], original: originalProps(versions, resolved, DEFAULT_LOCALE) };
}
