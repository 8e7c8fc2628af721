import { describe, expect, it } from 'vitest';
import { movedPaths, redirectsFile } from '@integra/contract/legacy-paths';
import { parseRedirectsFile } from '../src/static-redirects.ts';

describe('_redirects', () => {
  it('reads back the rules the site writes', () => {
    expect(parseRedirectsFile(`# moved\n\n${redirectsFile()}`)).toEqual(movedPaths());
  });

  it('refuses what a host would read differently, naming the line', () => {
    const cases: [string, RegExp][] = [
      ['/a /b 302', /line 1: only permanent redirects/],
      ['/a/* /b 301', /line 1: a folder/],
      ['/a /b/:splat 301', /line 1: a folder/],
      ['/a*b /c 301', /line 1: "\*" and ":splat" only end a folder rule/],
      ['a /b 301', /line 1: expected/],
      ['/a /b 301 force', /line 1: expected/],
      ['# ok\n/a', /line 2: expected/],
      ['/a/* //evil.example/:splat 301', /line 1: a target must be a path of this site/],
      ['/a /\\evil.example 301', /line 1: a target must be a path of this site/],
      ['/a/* /:splat 301', /line 1: a target must be a path of this site/],
    ];
    for (const [text, error] of cases) expect(() => parseRedirectsFile(text), text).toThrow(error);
  });
});
