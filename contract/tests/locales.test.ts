import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALES, localeInfo } from '../src/locales.ts';
import { localeOfPath } from '../src/locale-of-path.ts';

describe('locales', () => {
  it('list the default locale first', () => {
    expect(LOCALES[0]).toBe(DEFAULT_LOCALE);
  });

  it('refuse a code that is not configured, naming the known ones', () => {
    expect(localeInfo('ru').intlLocale).toBe('ru-RU');
    expect(() => localeInfo('de')).toThrow(/Unknown locale "de". Known: lv, en, ru, uk/);
  });
});

describe('localeOfPath', () => {
  it('finds the locale of a site path from its first segment', () => {
    expect(localeOfPath('/uk/podiyi/x/')).toBe('uk');
    expect(localeOfPath('/lv')).toBe('lv');
  });

  it('finds none outside the locales', () => {
    for (const path of ['/', '', '/pagefind/x.js', '/de/events/', '/lvx/', '/events/lv/']) expect(localeOfPath(path), path).toBeUndefined();
  });
});
