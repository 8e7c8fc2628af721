/** A language version of a CMS document. */
export interface Localized {
  documentId: string;
  locale: string;
}

/** What a reader in `locale` gets for a document: its own translation, or the original. */
export interface Resolved<T> {
  entry: T;
  /** True when the document has no translation in the reader's locale. */
  isFallback: boolean;
}

/** Groups language versions by document: documentId → locale → entry. */
export function groupByDocument<T extends Localized>(entries: Iterable<T>): Map<string, Map<string, T>> {
  const groups = new Map<string, Map<string, T>>();
  for (const entry of entries) {
    const versions = groups.get(entry.documentId) ?? new Map<string, T>();
    versions.set(entry.locale, entry);
    groups.set(entry.documentId, versions);
  }
  return groups;
}

/**
 * The fallback rule: the reader's language when translated, else the default language (the
 * original). A document without a default-language version and without a translation is
 * not shown in that locale.
 */
export function resolveVersion<T>(versions: Map<string, T>, locale: string, defaultLocale: string): Resolved<T> | undefined {
  const own = versions.get(locale);
  if (own) return { entry: own, isFallback: false };
  const original = versions.get(defaultLocale);
  return original ? { entry: original, isFallback: true } : undefined;
}

/** Every document as a reader in `locale` sees it. */
export function resolveAll<T extends Localized>(entries: Iterable<T>, locale: string, defaultLocale: string): Resolved<T>[] {
  return [...groupByDocument(entries).values()]
    .map((versions) => resolveVersion(versions, locale, defaultLocale))
    .filter((r): r is Resolved<T> => r !== undefined);
}

/**
 * The original's (default language's) title to show beside a translation, so readers learn the
 * Latvian term and search finds the page by it. None on the original itself, on a fallback page
 * (which already shows the original), without an original, or when both titles are the same.
 */
export function originalTitle(versions: Map<string, object>, resolved: Resolved<Localized>, defaultLocale: string): string | undefined {
  if (resolved.isFallback || resolved.entry.locale === defaultLocale) return undefined;
  const titleOf = (entry: object | undefined) => (entry && 'title' in entry && typeof entry.title === 'string' ? entry.title : undefined);
  const title = titleOf(versions.get(defaultLocale));
  return title && title !== titleOf(resolved.entry) ? title : undefined;
}
