import { describe, expect, it } from 'vitest';
import { translationSummary } from '../../src/lib/cms/loader';

describe('the build’s translation summary', () => {
  it('counts what readers get per language: translated, missing (shown in Latvian) and outdated', () => {
    const entry = (documentId: string, locale: string, updatedAt: string) => ({
      data: { documentId, locale, updatedAt, title: documentId },
    });
    const line = translationSummary({ endpoint: 'events', locales: ['lv', 'en', 'ru', 'uk'] }, [
      entry('a', 'lv', '2026-05-02T00:00:00.000Z'),
      entry('a', 'en', '2026-05-01T00:00:00.000Z'),
      entry('a', 'ru', '2026-05-03T00:00:00.000Z'),
      entry('b', 'lv', '2026-05-01T00:00:00.000Z'),
      entry('b', 'en', '2026-05-01T00:00:00.000Z'),
    ]);
    expect(line).toBe('events: 2 documents; en 1/2, 1 outdated; ru 1/2, 1 missing; uk 0/2, 2 missing');
  });
});
