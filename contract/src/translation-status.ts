/**
 * Which translations are missing and which are outdated. Pure (no Strapi): the CMS's admin
 * widget and `pnpm translations` feed it the CMS's draft versions, the site build feeds it the
 * published content it rendered, and all three apply the same rule:
 *   - missing: the document has no version in that locale;
 *   - outdated: the translation was last changed before the original (default-locale) version.
 */

/**
 * The outdated rule on its own: a translation last changed before its original. A translation
 * saved in the same instant as the original is not outdated. The public site labels a
 * translation page with it, so readers see the same translations as outdated as editors do.
 */
export function isOutdated(translationUpdatedAt: string, originalUpdatedAt: string): boolean {
  return Date.parse(translationUpdatedAt) < Date.parse(originalUpdatedAt);
}

/** One locale's version of a document, as far as translation status needs it. */
export interface VersionStamp {
  documentId: string;
  locale: string;
  /** ISO time of the version's last change. */
  updatedAt: string;
  /** What an editor recognises the document by (its title or name). */
  label: string;
}

export interface DocumentTranslationStatus {
  documentId: string;
  /** The original's label, or another version's when the original does not exist. */
  label: string;
  /** When the original was last changed; undefined when there is no original. */
  originalUpdatedAt?: string;
  missing: string[];
  outdated: string[];
}

export interface LocaleCounts {
  translated: number;
  missing: number;
  outdated: number;
}

export interface ContentTypeTranslationStatus {
  /** Short name of the content type, e.g. "services". */
  contentType: string;
  documents: number;
  /** Per translation locale (the default locale is the original, not a translation). */
  locales: Record<string, LocaleCounts>;
  /** Only the documents that lack something, originals' order kept. */
  incomplete: DocumentTranslationStatus[];
}

export interface LocaleSetup {
  defaultLocale: string;
  locales: readonly string[];
}

/** Translation status of one content type's documents. */
export function translationStatus(contentType: string, versions: VersionStamp[], setup: LocaleSetup): ContentTypeTranslationStatus {
  const translationLocales = setup.locales.filter((l) => l !== setup.defaultLocale);
  const byDocument = new Map<string, Map<string, VersionStamp>>();
  for (const version of versions) {
    let forDocument = byDocument.get(version.documentId);
    if (!forDocument) byDocument.set(version.documentId, (forDocument = new Map()));
    forDocument.set(version.locale, version);
  }
  const counts: Record<string, LocaleCounts> = Object.fromEntries(
    translationLocales.map((l) => [l, { translated: 0, missing: 0, outdated: 0 }]),
  );
  const incomplete: DocumentTranslationStatus[] = [];
  for (const [documentId, forDocument] of byDocument) {
    const original = forDocument.get(setup.defaultLocale);
    const missing = setup.locales.filter((l) => !forDocument.has(l));
    const outdated = original
      ? translationLocales.filter((l) => {
          const translation = forDocument.get(l);
          return translation !== undefined && isOutdated(translation.updatedAt, original.updatedAt);
        })
      : [];
    for (const locale of translationLocales) {
      const c = counts[locale]!;
      if (missing.includes(locale)) c.missing += 1;
      else if (outdated.includes(locale)) c.outdated += 1;
      else c.translated += 1;
    }
    if (missing.length > 0 || outdated.length > 0) {
      incomplete.push({
        documentId,
        label: (original ?? forDocument.values().next().value!).label,
        originalUpdatedAt: original?.updatedAt,
        missing,
        outdated,
      });
    }
  }
  return { contentType, documents: byDocument.size, locales: counts, incomplete };
}

/** A plain-text summary: one line per content type, then the incomplete documents. */
export function formatTranslationReport(report: ContentTypeTranslationStatus[], { details = true } = {}): string {
  const lines: string[] = [];
  for (const type of report) {
    const perLocale = Object.entries(type.locales)
      .map(
        ([locale, c]) =>
          `${locale} ${c.translated}/${type.documents}${c.missing ? `, ${c.missing} missing` : ''}${c.outdated ? `, ${c.outdated} outdated` : ''}`,
      )
      .join('; ');
    lines.push(`${type.contentType}: ${type.documents} documents; ${perLocale || 'no other locales'}`);
    if (!details) continue;
    for (const doc of type.incomplete) {
      const parts = [
        doc.missing.length ? `missing ${doc.missing.join(', ')}` : '',
        doc.outdated.length ? `outdated ${doc.outdated.join(', ')}` : '',
      ];
      lines.push(`  - ${doc.label} (${doc.documentId}): ${parts.filter(Boolean).join('; ')}`);
    }
  }
  return lines.join('\n');
}
