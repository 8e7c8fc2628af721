import type { SyncStats } from './loader';

/**
 * How far the content store file (cacheDir/data-store.json) would lag behind the store a build
 * synced, if it were not written: the entries the build's sync fetched or removed. The sync
 * fetches what changed since the store it started from, so a build that does not write the store
 * leaves that work to the next sync, which fetches those entries again; nothing is lost.
 *
 * Kept on globalThis: the loaders run in Astro's module runner, the integration that writes the
 * store outside it, and both in the build's one process.
 */
export interface StoreLag {
  /** Entries fetched or removed, all types and locales. */
  entries: number;
  /** A sync that started again from scratch or removed entries: its store must be written. */
  mustWrite: boolean;
}

const LAG = Symbol.for('integra.contentStoreLag');

/** Entries a store may lag behind before it is written: one listing page per type and locale. */
export const STORE_LAG_LIMIT = 250;

/** Notes what one type's sync did. */
export function noteSync(stats: Record<string, SyncStats>): void {
  const global = globalThis as Record<symbol, StoreLag | undefined>;
  const lag = (global[LAG] ??= { entries: 0, mustWrite: false });
  for (const { fetched, removed, full } of Object.values(stats)) {
    lag.entries += fetched + removed;
    if (full || removed > 0) lag.mustWrite = true;
  }
}

/** What this process's syncs noted, or undefined when none ran (the store is then written). */
export function storeLag(): StoreLag | undefined {
  return (globalThis as Record<symbol, StoreLag | undefined>)[LAG];
}

/**
 * Whether a build writes the store it synced: when its sync started from scratch, removed an
 * entry, or fetched `limit` entries or more (so the file never lags more than that), when no
 * sync was noted, and when there is no file yet.
 */
export function storeNeedsWriting(lag: StoreLag | undefined, fileExists: boolean, limit = STORE_LAG_LIMIT): boolean {
  return !fileExists || !lag || lag.mustWrite || lag.entries >= limit;
}
