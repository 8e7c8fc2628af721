import { afterEach, describe, expect, it } from 'vitest';
import { noteSync, storeLag, storeNeedsWriting } from '../../src/lib/cms/store-lag';

const LAG = Symbol.for('integra.contentStoreLag');
afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[LAG];
});

describe("the content store's lag behind its file", () => {
  it('adds up what every type fetched and removed, and asks for a write after a fresh start or a removal', () => {
    expect(storeLag()).toBeUndefined();
    noteSync({ lv: { fetched: 1, removed: 0, full: false }, en: { fetched: 0, removed: 0, full: false } });
    noteSync({ lv: { fetched: 2, removed: 0, full: false } });
    expect(storeLag()).toEqual({ entries: 3, mustWrite: false });
    noteSync({ ru: { fetched: 0, removed: 1, full: false } });
    expect(storeLag()).toEqual({ entries: 4, mustWrite: true });
    delete (globalThis as Record<symbol, unknown>)[LAG];
    noteSync({ uk: { fetched: 0, removed: 0, full: true } });
    expect(storeLag()!.mustWrite).toBe(true);
  });

  it('writes the store unless it is a few entries ahead of an existing file', () => {
    expect(storeNeedsWriting({ entries: 3, mustWrite: false }, true, 250)).toBe(false);
    expect(storeNeedsWriting({ entries: 249, mustWrite: false }, true, 250)).toBe(false);
    expect(storeNeedsWriting({ entries: 250, mustWrite: false }, true, 250)).toBe(true);
    expect(storeNeedsWriting({ entries: 0, mustWrite: true }, true, 250)).toBe(true);
    expect(storeNeedsWriting({ entries: 3, mustWrite: false }, false, 250)).toBe(true);
    // No sync noted (CMS_OFFLINE, a build without loaders): written, as Astro would.
    expect(storeNeedsWriting(undefined, true, 250)).toBe(true);
  });
});
