import { rm } from 'node:fs/promises';
import path from 'node:path';
import { buildSite } from '@integra/harness/build-site';
import { editService } from '../cms-edit.ts';
import { spread, type Spread } from '../stats.ts';
import { SITE_URL, type StepContext } from './context.ts';

/** The same edit, rebuilt incrementally: files copied from the cache, search bundles re-indexed. */
export interface IncrementalRebuild {
  total: Spread;
  restored: number[];
  bundles: string[];
}

/** Files (pages, feeds, calendars) an incremental build copied from Astro's cache instead of rendering them. */
const restoredIn = (output: string) => output.split('(restored)').length - 1;
/** "x of y" search bundles indexed again. */
const bundlesIn = (output: string) => /\((\d+ of \d+) bundles re-indexed\)/.exec(output)?.[1] ?? '?';

/**
 * One edit rebuilt incrementally (the publisher's default): first one build that fills the
 * incremental cache, then an edit and a rebuild per run.
 */
export async function incrementalRebuild({ work, cms, runs, log }: StepContext, service: string): Promise<IncrementalRebuild> {
  const incremental: number[] = [],
    restored: number[] = [],
    bundles: string[] = [];
  // One output folder for every incremental build, emptied before each, as the publisher does:
  // Astro's image code embeds the output folder, so another folder would render every page
  // with an image again.
  const incrementalOut = path.join(work, 'dist-incremental');
  const build = async () => {
    await rm(incrementalOut, { recursive: true, force: true });
    return buildSite({
      cmsUrl: cms.url,
      siteUrl: SITE_URL,
      outDir: incrementalOut,
      cacheDir: path.join(work, 'cache-incremental'),
      env: { SITE_INCREMENTAL: 'true' },
    });
  };
  log('incremental rebuild: filling the cache…');
  await build();
  for (let i = 0; i < runs; i += 1) {
    log(`incremental rebuild after one edit, run ${i + 1}/${runs}…`);
    await editService(cms, service, 'lv', `Edited incrementally for run ${i} of the benchmark.`);
    const rebuilt = await build();
    incremental.push(rebuilt.durationMs);
    restored.push(restoredIn(rebuilt.output));
    bundles.push(bundlesIn(rebuilt.output));
  }
  return { total: spread(incremental), restored, bundles };
}
