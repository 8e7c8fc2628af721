import { rm } from 'node:fs/promises';
import path from 'node:path';
import { buildSite } from '@integra/harness/build-site';
import { spread, type Spread } from '../stats.ts';
import { SITE_URL, type StepContext } from './context.ts';

/** Another checkout to compare cold full builds with: its site folder, the Node to run it, a label. */
export interface Baseline {
  siteDir: string;
  node: string;
  label: string;
}

/** The full pipeline's figures, cold: content sync, Astro, Pagefind, the whole, memory. */
export interface Pipeline {
  fetch: Spread;
  astro: Spread;
  pagefind: Spread;
  total: Spread;
  pagesPerSecond: Spread;
  peakMemoryFetch: Spread;
  peakMemoryBuild: Spread;
}

export interface ColdBuilds {
  pipeline: Pipeline;
  /** Cold full builds of the baseline, alternated with this checkout's. */
  baseline?: { label: string; total: Spread; ratio: number };
  pages: number;
  /** The last run's site: the later steps weigh, search and audit it. */
  dist: string;
  /** The last run's cache: the warm rebuild starts from it. */
  cacheDir: string;
}

const pagefindMs = (output: string) => Number(/indexed \d+ pages in (\d+) ms/.exec(output)?.[1] ?? NaN);
const pageCount = (output: string) => Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? NaN);

/**
 * The full pipeline, cold, each run with empty caches: the content sync alone, then the whole
 * build; with a baseline, its cold build after each of this checkout's, on the same CMS.
 */
export async function coldBuilds({ work, cms, runs, log }: StepContext, baseline?: Baseline): Promise<ColdBuilds> {
  const fetchMs: number[] = [],
    total: number[] = [],
    pagefind: number[] = [],
    pps: number[] = [],
    memFetch: number[] = [],
    memBuild: number[] = [];
  const baselineTotal: number[] = [];
  let pages = 0;
  let dist = '';
  for (let i = 0; i < runs; i += 1) {
    log(`full pipeline, run ${i + 1}/${runs}…`);
    const cache = path.join(work, `cache-${i}`);
    const sync = await buildSite({
      command: 'sync',
      cmsUrl: cms.url,
      siteUrl: SITE_URL,
      outDir: path.join(work, 'unused'),
      cacheDir: path.join(work, `sync-${i}`),
    });
    fetchMs.push(sync.durationMs);
    memFetch.push(sync.peakRssBytes);
    dist = path.join(work, `dist-${i}`);
    const build = await buildSite({ cmsUrl: cms.url, siteUrl: SITE_URL, outDir: dist, cacheDir: cache });
    total.push(build.durationMs);
    pagefind.push(pagefindMs(build.output));
    memBuild.push(build.peakRssBytes);
    pages = pageCount(build.output);
    pps.push(pages / (build.durationMs / 1000));
    if (baseline) {
      log(`full pipeline of the baseline (${baseline.label}), run ${i + 1}/${runs}…`);
      const old = await buildSite({
        cmsUrl: cms.url,
        siteUrl: SITE_URL,
        outDir: path.join(work, `baseline-dist-${i}`),
        cacheDir: path.join(work, `baseline-cache-${i}`),
        baseline,
      });
      baselineTotal.push(old.durationMs);
      await rm(path.join(work, `baseline-dist-${i}`), { recursive: true, force: true });
    }
  }
  const astro = total.map((t, i) => t - fetchMs[i]! - pagefind[i]!);
  return {
    pipeline: {
      fetch: spread(fetchMs),
      astro: spread(astro),
      pagefind: spread(pagefind),
      total: spread(total),
      pagesPerSecond: spread(pps),
      peakMemoryFetch: spread(memFetch),
      peakMemoryBuild: spread(memBuild),
    },
    ...(baseline && {
      baseline: { label: baseline.label, total: spread(baselineTotal), ratio: spread(total).median / spread(baselineTotal).median },
    }),
    pages,
    dist,
    cacheDir: path.join(work, `cache-${runs - 1}`),
  };
}
