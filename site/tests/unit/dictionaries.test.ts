import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DICTIONARIES, useTranslations } from '../../src/i18n/ui';
import { DEFAULT_LOCALE, LOCALES } from '../../src/i18n/locales';
import { RESOURCE_KINDS } from '@integra/contract/resource-kinds';

const defaultKeys = Object.keys(DICTIONARIES[DEFAULT_LOCALE]!).sort();

/** The site's code and the contract (the registry names each type's string), dictionaries left out. */
const sources = [
  path.resolve(import.meta.dirname, '../../src'),
  path.dirname(fileURLToPath(import.meta.resolve('@integra/contract/locales'))),
]
  .flatMap((root) => readdirSync(root, { recursive: true, encoding: 'utf8' }).map((file) => path.join(root, file)))
  .filter((file) => /\.(ts|astro)$/.test(file) && !file.includes(`${path.sep}i18n${path.sep}ui${path.sep}`))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

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

  it('names every resource kind of the contract, and no other', () => {
    const kinds = defaultKeys.filter((key) => key.startsWith('resources.kind.')).map((key) => key.slice('resources.kind.'.length));
    expect(kinds.sort()).toEqual([...RESOURCE_KINDS].sort());
  });

  it('has no key that no source file uses', () => {
    // A key is used when written out in quotes, or when code builds it from a written prefix:
    // t(`resources.kind.${kind}`) uses every resources.kind.* key.
    const prefixes = [...sources.matchAll(/`([a-z][\w.-]*\.)\$\{/gi)].map((match) => match[1]!);
    const unused = defaultKeys.filter(
      (key) =>
        !["'", '"', '`'].some((quote) => sources.includes(`${quote}${key}${quote}`)) && !prefixes.some((prefix) => key.startsWith(prefix)),
    );
    expect(unused).toEqual([]);
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
