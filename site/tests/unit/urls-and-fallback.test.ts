import { describe, expect, it } from 'vitest';
import { localizedUrl, paths } from '../../src/utils/urls';
import { groupByDocument, resolveAll, resolveVersion } from '../../src/utils/fallback';

describe('localizedUrl', () => {
  it('puts every page under its locale with a trailing slash', () => {
    expect(localizedUrl('lv')).toBe('/lv/');
    expect(localizedUrl('en', 'services', 'advice')).toBe('/en/services/advice/');
    expect(paths.category('ru', 'rabota')).toBe('/ru/uslugi/kategoriya/rabota/');
  });
  it('names sections and pages in each locale’s language', () => {
    expect(paths.service('lv', 'x')).toBe('/lv/pakalpojumi/x/');
    expect(paths.service('en', 'x')).toBe('/en/services/x/');
    expect(paths.meeting('uk', 'x')).toBe('/uk/dialoh/x/');
    expect(paths.audience('lv', 'x')).toBe('/lv/pakalpojumi/kam/x/');
    expect(paths.pastEvents('ru')).toBe('/ru/meropriyatiya/proshedshie/');
    expect(paths.search('lv')).toBe('/lv/meklet/');
    expect(paths.offline('uk')).toBe('/uk/oflain/');
    expect(paths.eventIcs('lv', 'x')).toBe('/lv/pasakumi/x.ics');
  });
  it('encodes segments so a slug cannot break out of its path', () => {
    expect(localizedUrl('lv', 'services', 'a/b?c')).toBe('/lv/services/a%2Fb%3Fc/');
  });
  it('puts files of a section beside its pages', () => {
    expect(paths.eventsCalendar('lv')).toBe('/lv/pasakumi.ics');
    expect(paths.eventIcs('en', 'a b')).toBe('/en/events/a%20b.ics');
    expect(paths.topicRss('uk', 'robota')).toBe('/uk/temy/robota/rss.xml');
  });
});

describe('fallback resolution', () => {
  const lv = { documentId: 'd1', locale: 'lv', title: 'Oriģināls' };
  const en = { documentId: 'd1', locale: 'en', title: 'Translation' };
  const onlyEn = { documentId: 'd2', locale: 'en', title: 'English only' };

  it('gives the reader their own translation when there is one', () => {
    expect(resolveVersion(groupByDocument([lv, en]).get('d1')!, 'en', 'lv')).toEqual({ entry: en, isFallback: false });
  });
  it('falls back to the Latvian original, marked as such, when a translation is missing', () => {
    expect(resolveVersion(groupByDocument([lv, en]).get('d1')!, 'uk', 'lv')).toEqual({ entry: lv, isFallback: true });
  });
  it('leaves out a document with neither a translation nor an original', () => {
    expect(resolveAll([lv, en, onlyEn], 'ru', 'lv').map((r) => r.entry.title)).toEqual(['Oriģināls']);
  });
});
