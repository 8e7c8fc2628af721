import { describe, expect, it } from 'vitest';
import { formatTranslationReport, translationStatus, type VersionStamp } from '../src/translation-status.ts';

const setup = { defaultLocale: 'lv', locales: ['lv', 'en', 'ru', 'uk'] };
const v = (documentId: string, locale: string, updatedAt: string, label = `${documentId}-${locale}`): VersionStamp => ({
  documentId,
  locale,
  updatedAt,
  label,
});

describe('translationStatus', () => {
  const status = translationStatus(
    'services',
    [
      // complete and current
      v('a', 'lv', '2026-01-01T10:00:00Z'),
      v('a', 'en', '2026-01-02T10:00:00Z'),
      v('a', 'ru', '2026-01-02T10:00:00Z'),
      v('a', 'uk', '2026-01-01T10:00:00Z'),
      // Latvian edited after the English and Russian were written; Ukrainian never written
      v('b', 'lv', '2026-03-01T10:00:00Z', 'Uzturēšanās atļauja'),
      v('b', 'en', '2026-02-01T10:00:00Z'),
      v('b', 'ru', '2026-02-28T23:59:59Z'),
      // created in English; no original yet
      v('c', 'en', '2026-01-01T10:00:00Z', 'Only English'),
    ],
    setup,
  );

  it('counts translated, missing and outdated per translation locale', () => {
    expect(status.documents).toBe(3);
    expect(status.locales).toEqual({
      en: { translated: 2, missing: 0, outdated: 1 },
      ru: { translated: 1, missing: 1, outdated: 1 },
      uk: { translated: 1, missing: 2, outdated: 0 },
    });
  });

  it('lists only incomplete documents, by the original title, with what each lacks', () => {
    expect(status.incomplete).toEqual([
      { documentId: 'b', label: 'Uzturēšanās atļauja', originalUpdatedAt: '2026-03-01T10:00:00Z', missing: ['uk'], outdated: ['en', 'ru'] },
      { documentId: 'c', label: 'Only English', originalUpdatedAt: undefined, missing: ['lv', 'ru', 'uk'], outdated: [] },
    ]);
  });

  it('does not call a translation made in the same instant as the original outdated', () => {
    const same = translationStatus('pages', [v('d', 'lv', '2026-01-01T10:00:00.000Z'), v('d', 'en', '2026-01-01T10:00:00.000Z')], {
      defaultLocale: 'lv',
      locales: ['lv', 'en'],
    });
    expect(same.incomplete).toEqual([]);
  });

  it('formats a report an editor can read', () => {
    const text = formatTranslationReport([status]);
    expect(text).toContain('services: 3 documents; en 2/3, 1 outdated; ru 1/3, 1 missing, 1 outdated; uk 1/3, 2 missing');
    expect(text).toContain('  - Uzturēšanās atļauja (b): missing uk; outdated en, ru');
    expect(formatTranslationReport([status], { details: false })).not.toContain('Uzturēšanās');
  });
});
