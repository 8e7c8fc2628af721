import { describe, expect, it } from 'vitest';
import { movedPathOf, movedPaths, nginxRewrites, redirectsFile } from '../src/legacy-paths.ts';
import { CONTENT_TYPES } from '../src/content-types.ts';
import { LOCALES } from '../src/locales.ts';
import { PAGE_SEGMENTS } from '../src/page-segments.ts';

describe('page segments', () => {
  it('name every page in every locale in plain lowercase ASCII, clashing with no section', () => {
    for (const locale of LOCALES) {
      const topLevel = Object.values(CONTENT_TYPES).flatMap((t) => ('section' in t ? [t.section[locale].split('/')[0]] : []));
      for (const [page, segments] of Object.entries(PAGE_SEGMENTS)) {
        expect(segments[locale], `${page} ${locale}`).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        if (page !== 'pastEvents') expect(topLevel, `${page} ${locale}`).not.toContain(segments[locale]);
      }
    }
  });
});

describe('moved paths', () => {
  it('send the English paths of earlier releases to each locale’s own', () => {
    expect(movedPathOf('/lv/services/')).toBe('/lv/pakalpojumi/');
    expect(movedPathOf('/lv/services')).toBe('/lv/pakalpojumi');
    expect(movedPathOf('/lv/services/category/darbs/')).toBe('/lv/pakalpojumi/kategorija/darbs/');
    expect(movedPathOf('/ru/events/past/')).toBe('/ru/meropriyatiya/proshedshie/');
    expect(movedPathOf('/uk/events.ics')).toBe('/uk/podiyi.ics');
    expect(movedPathOf('/lv/events/kursi.ics')).toBe('/lv/pasakumi/kursi.ics');
    expect(movedPathOf('/lv/search/')).toBe('/lv/meklet/');
    expect(movedPathOf('/ru/dialogue/vstrecha/')).toBe('/ru/dialog/vstrecha/');
  });

  it('leave alone what did not move: English paths, today’s paths, look-alikes', () => {
    for (const path of [
      '/en/services/',
      '/en/events/past/',
      '/lv/pakalpojumi/',
      '/lv/servicesx/',
      '/lv/events.icsx',
      '/lv/',
      '/pagefind/lv/',
    ]) {
      expect(movedPathOf(path), path).toBeUndefined();
    }
  });

  it('lead each to a path that has not moved, so no redirect leads to another', () => {
    for (const rule of movedPaths()) {
      expect(movedPathOf(rule.to), rule.to).toBeUndefined();
      expect(movedPathOf(`${rule.to}/x/`), rule.to).toBeUndefined();
    }
  });

  it('try a longer path before a shorter one it is under', () => {
    const rules = movedPaths();
    rules.forEach((rule, index) => {
      const shadowing = rules.slice(0, index).find((earlier) => rule.from.startsWith(`${earlier.from}/`));
      expect(shadowing, rule.from).toBeUndefined();
    });
  });

  it('are written alike for hosts that read _redirects and for nginx', () => {
    expect(redirectsFile().split('\n')).toContain('/lv/services/category/* /lv/pakalpojumi/kategorija/:splat 301');
    expect(redirectsFile().split('\n')).toContain('/ru/events.ics /ru/meropriyatiya.ics 301');
    expect(nginxRewrites().split('\n')).toContain('rewrite ^/lv/services/category(/.*)?$ /lv/pakalpojumi/kategorija$1 permanent;');
    expect(nginxRewrites().split('\n')).toContain('rewrite ^/ru/events\\.ics$ /ru/meropriyatiya.ics permanent;');
    expect(redirectsFile().trim().split('\n')).toHaveLength(movedPaths().length);
    expect(nginxRewrites().trim().split('\n')).toHaveLength(movedPaths().length);
  });
});
