import path from 'node:path';
import { buildSite } from '@integra/harness/build-site';
import { editService } from '../cms-edit.ts';
import { spread, type Spread } from '../stats.ts';
import { SITE_URL, type StepContext } from './context.ts';

export interface WarmRebuild {
  /** Entries the content sync fetched, per run: only the edited one. */
  fetched: number[];
  total: Spread;
}

const fetchedIn = (output: string) => [...output.matchAll(/fetched (\d+) changed entries/g)].reduce((n, m) => n + Number(m[1]), 0);

/** A full build after one edit, with the content cache of the last cold build: every page is rendered again. */
export async function warmRebuild({ work, cms, runs, log }: StepContext, service: string, coldCache: string): Promise<WarmRebuild> {
  const warm: number[] = [],
    warmFetched: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    log(`warm rebuild after one edit, run ${i + 1}/${runs}…`);
    await editService(cms, service, 'en', `Edited for run ${i} of the benchmark.`);
    const build = await buildSite({
      cmsUrl: cms.url,
      siteUrl: SITE_URL,
      outDir: path.join(work, `dist-warm-${i}`),
      cacheDir: coldCache,
    });
    warm.push(build.durationMs);
    warmFetched.push(fetchedIn(build.output));
  }
  return { fetched: warmFetched, total: spread(warm) };
}
