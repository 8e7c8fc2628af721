import { describe, expect, it } from 'vitest';
import { measureSize } from '../bench/lib/measure.ts';
import { table } from '../bench/lib/table.ts';

// The benchmark is not a test; this tiny run keeps it from rotting. Figures are not asserted,
// only that every measurement ran and the properties the benchmark exists to watch hold.
describe('benchmark smoke run', () => {
  it('measures every figure on a tiny site', async () => {
    const result = await measureSize('tiny', 1);
    expect(result.pages).toBeGreaterThan(100);
    expect(result.generate.created).toBe(12);
    expect(result.warmRebuild.fetched).toEqual([1]);
    expect(result.publishToLive.runs).toBe(1);
    // One Latvian edit: a handful of pages rendered, the rest copied; only the Latvian search bundle indexed again.
    expect(result.incrementalRebuild.restored[0]).toBeGreaterThan(result.pages / 2);
    expect(result.incrementalRebuild.bundles).toEqual(['1 of 4']);
    // Content pages: the service worker's registration, and on service, resource and meeting pages
    // the Save for offline button's module; nothing else.
    expect(result.pageWeight[0]!.js.gzip).toBe(result.offline.registrationScript.gzip);
    for (const weight of result.pageWeight.slice(0, 5)) expect(weight.js.gzip, weight.page).toBeLessThanOrEqual(2048);
    expect(result.pageWeight[5]!.js.raw).toBeGreaterThan(0);
    expect(result.search.map((s) => s.first.bytes > 0)).toEqual([true, true]);
    expect(result.rest.requests).toBeGreaterThan(0);
    // Content pages load one script, the service worker's registration: at most 1 kB gzip.
    expect(result.offline.registrationScript.gzip).toBeGreaterThan(0);
    expect(result.offline.registrationScript.gzip).toBeLessThanOrEqual(1024);
    expect(Object.keys(result.offline.locales)).toEqual(['lv', 'en', 'ru', 'uk']);
    // Accessibility does not depend on the machine's speed: every audited page must score 100.
    expect(result.lighthouse.map((l) => l.accessibility)).toEqual([100, 100]);
    expect(result.lighthouse.every((l) => l.performance > 0 && l.largestContentfulPaint > 0)).toBe(true);
    expect(table([result])).toContain('full pipeline');
  }, 600_000);
});
