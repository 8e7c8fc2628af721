import { describe, expect, it } from 'vitest';
import { calendar } from '../../src/lib/calendar';
import { formatRange, rigaYear } from '../../src/utils/dates';
import { fileLabel } from '../../src/utils/media';
import { alternatesFromHtml } from '../../src/integrations/built-pages';
import { eventJsonLd } from '../../src/utils/jsonld';
import { toQueryString } from '../../src/lib/cms/client';

describe('iCalendar output', () => {
  const ics = calendar(
    'Pasākumi',
    [
      {
        documentId: 'abc123',
        title: 'Semināris, darba tiesības',
        summary: 'Par; līgumu',
        start: '2026-12-01T15:30:00.000Z',
        end: '2026-12-01T17:00:00.000Z',
        url: 'https://example.lv/lv/pasakumi/x/',
        location: 'Rīga',
      },
      {
        documentId: 'def456',
        title: 'Bez beigām',
        summary: '',
        start: '2026-12-02T08:00:00.000Z',
        url: 'https://example.lv/lv/pasakumi/y/',
      },
    ],
    'example.lv',
  );

  it('has one VEVENT per event with a stable UID from the documentId', () => {
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('UID:abc123@example.lv');
  });
  it('states times as UTC instants and escapes commas and semicolons', () => {
    expect(ics).toContain('DTSTART:20261201T153000Z');
    expect(ics).toContain('SUMMARY:Semināris\\, darba tiesības');
    expect(ics).toContain('DESCRIPTION:Par\\; līgumu');
  });
  it('gives an event without an end one hour', () => {
    expect(ics).toContain('DTEND:20261202T090000Z');
  });
});

describe('dates in Riga time', () => {
  it('formats a range on one day once, in the reader language', () => {
    expect(formatRange('2020-09-22T07:00:00.000Z', '2020-09-22T09:00:00.000Z', 'en')).toMatch(/22 September 2020.*10:00.*12:00/);
    expect(formatRange('2020-09-22T07:00:00.000Z', '2020-09-22T09:00:00.000Z', 'lv')).toMatch(/2020\. gada 22\. septembris/);
  });
  it('counts a meeting just after midnight in Riga in the new year', () => {
    expect(rigaYear('2025-12-31T22:30:00.000Z')).toBe(2026);
  });
});

describe('downloads', () => {
  it('shows format and size before download', () => {
    expect(fileLabel({ ext: '.pdf', mime: 'application/pdf', size: 8.66 }, 'en')).toBe('PDF, 9 kB');
    expect(fileLabel({ mime: 'application/pdf', size: 2048 }, 'en')).toBe('PDF, 2 MB');
  });
});

describe('sitemap alternates', () => {
  it('reads hreflang alternates from a page', () => {
    const html =
      '<link rel="canonical" href="https://x/lv/a/"><link rel="alternate" hreflang="lv" href="https://x/lv/a/"><link rel="alternate" hreflang="en" href="https://x/en/b/"><link rel="alternate" type="application/rss+xml" href="/lv/rss.xml">';
    expect(alternatesFromHtml(html)).toEqual([
      { lang: 'lv', url: 'https://x/lv/a/' },
      { lang: 'en', url: 'https://x/en/b/' },
    ]);
  });
});

describe('JSON-LD', () => {
  it('describes a hybrid event with both places', () => {
    const ld = eventJsonLd(
      {
        title: 'T',
        summary: 'S',
        start: '2026-01-01T10:00:00Z',
        venue: { name: 'Zāle' },
        onlineUrl: 'https://meet.example.lv',
        languages: [{ code: 'lv' }],
      },
      'https://x/',
    );
    expect(ld.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
    expect(ld.location).toHaveLength(2);
  });
});

describe('Strapi query strings', () => {
  it('writes nested params in bracket syntax', () => {
    expect(decodeURIComponent(toQueryString({ locale: 'lv', filters: { updatedAt: { $gt: 'T' } }, fields: ['a'] }))).toBe(
      'locale=lv&filters[updatedAt][$gt]=T&fields[0]=a',
    );
  });
});
