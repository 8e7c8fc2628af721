import { describe, expect, it } from 'vitest';
import { DICTIONARIES, useTranslations } from '../../src/i18n/ui';
import { DEFAULT_LOCALE, LOCALES } from '../../src/i18n/locales';
import { RESOURCE_KINDS } from '@integra/contract/resource-kinds';

const defaultKeys = Object.keys(DICTIONARIES[DEFAULT_LOCALE]!).sort();

describe('UI dictionaries', () => {
  it('exist for every configured locale', () => {
    expect(Object.keys(DICTIONARIES).sort()).toEqual([...LOCALES].sort());
  });

  for (const locale of LOCALES) {
    it(`${locale} has exactly the keys of the default dictionary, none empty`, () => {
      const dictionary = DICTIONARIES[locale]!;
      expect(Object.keys(dictionary).sort()).toEqual(defaultKeys);
      expect(Object.entries(dictionary).filter(([, v]) => !v?.trim())).toEqual([]);
    });
  }

  it('names every resource kind of the contract', () => {
    const missing = RESOURCE_KINDS.filter((kind) => !(`resources.kind.${kind}` in DICTIONARIES[DEFAULT_LOCALE]!));
    expect(missing).toEqual([]);
  });

  it('keeps Pagefind placeholders in every translation of the result counts', () => {
    for (const locale of LOCALES) {
      expect(DICTIONARIES[locale]!['search.manyResults'], locale).toContain('[COUNT]');
      expect(DICTIONARIES[locale]!['search.zeroResults'], locale).toContain('[SEARCH_TERM]');
    }
  });

  it('falls back to the default language for a key a dictionary lacks', () => {
    const original = DICTIONARIES.en!['nav.home'];
    delete DICTIONARIES.en!['nav.home'];
    try {
      expect(useTranslations('en')('nav.home')).toBe(DICTIONARIES[DEFAULT_LOCALE]!['nav.home']);
    } finally {
      DICTIONARIES.en!['nav.home'] = original;
    }
  });
});
