import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { calendar } from '../../src/lib/calendar';
import { feedDate, newestFirst } from '../../src/utils/feed-items';
import { groupByDocument, originalTitle, resolveVersion } from '../../src/utils/fallback';
import { originalProps } from '../../src/utils/original-props';
import { paths } from '../../src/utils/urls';
import { DICTIONARIES } from '../../src/i18n/ui';
import { LOCALES } from '../../src/i18n/locales';

describe('topic feed addresses', () => {
  it('sit beside the topic page, in the style of the site-wide feeds', () => {
    expect(paths.topicRss('ru', 'valoda')).toBe('/ru/temy/valoda/rss.xml');
    expect(paths.topicCalendar('ru', 'valoda')).toBe('/ru/temy/valoda/events.ics');
  });
  it('encode the slug so it cannot leave its folder', () => {
    expect(paths.topicRss('en', 'a/b')).toBe('/en/topics/a%2Fb/rss.xml');
  });
});

describe('feed items', () => {
  it('date an event or meeting by its start, a resource by publication, a service by its last update', () => {
    expect(feedDate({ start: '2026-03-01T10:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }).toISOString()).toBe(
      '2026-03-01T10:00:00.000Z',
    );
    expect(feedDate({ publicationDate: '2025-05-04', updatedAt: '2026-01-01T00:00:00.000Z' }).toISOString()).toBe(
      '2025-05-04T00:00:00.000Z',
    );
    expect(feedDate({ publicationDate: null, updatedAt: '2026-01-01T00:00:00.000Z' }).toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });
  it('come newest first, equal dates in the order of their links whatever order they came in, without changing the input', () => {
    const items = [
      { id: 'old', link: '/lv/a/', pubDate: new Date('2024-01-01') },
      { id: 'new', link: '/lv/b/', pubDate: new Date('2026-01-01') },
      { id: 'tie-b', link: '/lv/pakalpojumi/b/', pubDate: new Date('2025-01-01') },
      { id: 'tie-a', link: '/lv/pakalpojumi/a/', pubDate: new Date('2025-01-01') },
    ];
    expect(newestFirst(items).map((i) => i.id)).toEqual(['new', 'tie-a', 'tie-b', 'old']);
    expect(newestFirst([...items].reverse()).map((i) => i.id)).toEqual(['new', 'tie-a', 'tie-b', 'old']);
    expect(items[0]!.id).toBe('old');
  });
});

describe('the Latvian title beside a translation', () => {
  const lv = { documentId: 'd1', locale: 'lv', title: 'Uzturēšanās atļaujas pieprasīšana' };
  const en = { documentId: 'd1', locale: 'en', title: 'Applying for a residence permit' };
  const versions = groupByDocument([lv, en]).get('d1')!;

  it('is the original title on a translated page', () => {
    expect(originalTitle(versions, resolveVersion(versions, 'en', 'lv')!, 'lv')).toBe(lv.title);
  });
  it('is not shown on the Latvian page nor on a fallback page showing the original', () => {
    expect(originalTitle(versions, resolveVersion(versions, 'lv', 'lv')!, 'lv')).toBeUndefined();
    expect(originalTitle(versions, resolveVersion(versions, 'uk', 'lv')!, 'lv')).toBeUndefined();
  });
  it('is not shown without a Latvian original, or when it reads the same as the translation', () => {
    const onlyEn = groupByDocument([en]).get('d1')!;
    expect(originalTitle(onlyEn, resolveVersion(onlyEn, 'en', 'lv')!, 'lv')).toBeUndefined();
    const same = groupByDocument([
      { ...lv, title: 'Covid-19' },
      { ...en, title: 'Covid-19' },
    ]).get('d1')!;
    expect(originalTitle(same, resolveVersion(same, 'en', 'lv')!, 'lv')).toBeUndefined();
  });
  it('has its screen-reader label in every language', () => {
    for (const locale of LOCALES) expect(DICTIONARIES[locale]!['page.latvianTitle'], locale).toMatch(/\S/);
  });
});

describe('the outdated notice on a translation', () => {
  const lv = { documentId: 'd1', locale: 'lv', title: 'Uzturēšanās atļaujas pieprasīšana', updatedAt: '2026-12-03T09:00:00.000Z' };
  const en = { documentId: 'd1', locale: 'en', title: 'Applying for a residence permit', updatedAt: '2026-11-20T09:00:00.000Z' };
  /** The props a reader of `locale` gets from the document's Latvian original. */
  const propsFor = (entries: (typeof lv)[], locale: string) => {
    const versions = groupByDocument(entries).get('d1')!;
    return originalProps(versions, resolveVersion(versions, locale, 'lv')!, 'lv');
  };

  it("dates a translation last changed before its original with the original's last change", () => {
    expect(propsFor([lv, en], 'en')).toEqual({ latvianTitle: lv.title, latvianUpdatedAt: lv.updatedAt });
  });
  it('is not shown when the translation is newer, or was saved in the same instant (the CMS rule)', () => {
    expect(propsFor([lv, { ...en, updatedAt: '2026-12-04T09:00:00.000Z' }], 'en').latvianUpdatedAt).toBeUndefined();
    expect(propsFor([lv, { ...en, updatedAt: lv.updatedAt }], 'en').latvianUpdatedAt).toBeUndefined();
    // the same instant written another way
    expect(propsFor([lv, { ...en, updatedAt: '2026-12-03T11:00:00+02:00' }], 'en').latvianUpdatedAt).toBeUndefined();
  });
  it('is not shown without a Latvian original', () => {
    expect(propsFor([en], 'en')).toEqual({});
  });
  it('is not shown on the Latvian page, nor on a fallback page showing the original', () => {
    expect(propsFor([lv, en], 'lv')).toEqual({});
    expect(propsFor([lv, en], 'uk')).toEqual({});
  });
  it('sets only what applies, so a page without the notice has the props, and cache key, it had before', () => {
    const newer = propsFor([lv, { ...en, updatedAt: '2026-12-04T09:00:00.000Z' }], 'en');
    expect(Object.keys(newer)).toEqual(['latvianTitle']);
  });
  it('has its sentence, with a place for the date, and its link in every language', () => {
    for (const locale of LOCALES) {
      expect(DICTIONARIES[locale]!['outdated.notice'], locale).toContain('{date}');
      expect(DICTIONARIES[locale]!['outdated.link'], locale).toMatch(/\S/);
    }
  });
});

describe('a topic calendar', () => {
  it('parses with a real iCalendar parser: one VEVENT per event, UIDs from documentIds', () => {
    const ics = calendar(
      'Valoda: pasākumu kalendārs',
      [
        {
          documentId: 'e1',
          title: 'Latviešu valodas kursi',
          summary: 'A1',
          start: '2026-02-01T16:00:00.000Z',
          url: 'https://x/lv/pasakumi/a/',
        },
        { documentId: 'e2', title: 'Sarunu klubs', summary: '', start: '2026-02-08T16:00:00.000Z', url: 'https://x/lv/pasakumi/b/' },
      ],
      'x',
    );
    const vcalendar = new ICAL.Component(ICAL.parse(ics));
    const events = vcalendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.uid, e.summary, e.startDate.toJSDate().toISOString()])).toEqual([
      ['e1@x', 'Latviešu valodas kursi', '2026-02-01T16:00:00.000Z'],
      ['e2@x', 'Sarunu klubs', '2026-02-08T16:00:00.000Z'],
    ]);
  });
});
