/**
 * The benchmark's measurements for one content size (see bench.ts). Generates content into a
 * throwaway CMS (temp SQLite), then measures the full pipeline, the same build without the
 * CMS, a warm rebuild after one edit, an incremental one, publish-to-live through the real
 * publisher, page weight, search cost in Chromium, Lighthouse and CMS REST latency: one module
 * per step in steps/. Temp folders only; not destructive.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '@integra/harness/cms-process';
import { startTestCms, type TestCms } from '@integra/harness/test-cms';
import { createStaticServer } from '@integra/harness/static-server';
import type { Spread } from './stats.ts';
import type { PageWeight } from './page-weight.ts';
import type { SearchCost } from './search-cost.ts';
import type { LighthouseScore } from './lighthouse.ts';
import type { OfflineSize } from './offline-size.ts';
import { serviceToEdit } from './cms-edit.ts';
import type { StepContext } from './steps/context.ts';
import { generateContent, type Generated } from './steps/generate-content.ts';
import { coldBuilds, type Baseline, type ColdBuilds, type Pipeline } from './steps/cold-build.ts';
import { buildWithoutCms } from './steps/build-without-cms.ts';
import { warmRebuild, type WarmRebuild } from './steps/warm-rebuild.ts';
import { incrementalRebuild, type IncrementalRebuild } from './steps/incremental-rebuild.ts';
import { publishToLive } from './steps/publish-to-live.ts';
import { pageWeights } from './steps/page-weights.ts';
import { searchCosts } from './steps/search.ts';
import { lighthouseAudit } from './steps/lighthouse.ts';
import { restLatency, type RestLatency } from './steps/rest-latency.ts';

export type { Baseline };

/** Documents per content type: S ≈ 3k pages, L ≈ 15k pages (every document in 4 locales). */
export const SIZES: Record<string, number> = { tiny: 3, S: 190, L: 940 };

export interface SizeResult {
  size: string;
  perType: number;
  pages: number;
  generate: Generated;
  /** Cold full builds of another checkout (--baseline), alternated with this one's in the same run. */
  baseline?: ColdBuilds['baseline'];
  pipeline: Pipeline;
  withoutCms: { total: Spread; ratio: number };
  warmRebuild: WarmRebuild;
  /** The same edit, rebuilt incrementally: files copied from the cache, search bundles re-indexed. */
  incrementalRebuild: IncrementalRebuild;
  publishToLive: Spread;
  pageWeight: PageWeight[];
  /** Offline reading: the registration script every content page loads, and what a reader keeps per locale. */
  offline: OfflineSize;
  search: SearchCost[];
  rest: RestLatency;
  lighthouse: LighthouseScore[];
}

/** Every figure for one size, `runs` times each, compared with `baseline`'s cold builds when given. */
export async function measureSize(size: string, runs: number, baseline?: Baseline): Promise<SizeResult> {
  const perType = SIZES[size];
  if (perType === undefined) throw new Error(`unknown size "${size}": ${Object.keys(SIZES).join(', ')}`);
  const work = await mkdtemp(path.join(os.tmpdir(), `integra-bench-${size}-`));
  const log = (msg: string) => console.log(`[${size}] ${msg}`);
  let cms: TestCms | undefined;
  try {
    const { db, generate } = await generateContent(work, perType, log);

    // The CMS's webhook points at the publisher's port; the publisher listens only from the
    // publish-to-live step, so the builds before it run alone (two builds of one site project
    // must not overlap).
    const webhook = { port: await freePort(), secret: 'bench-webhook-secret-0123456789' };
    const cmsPort = await freePort();
    cms = await startTestCms(
      {
        DATABASE_FILENAME: db,
        PUBLIC_DIR: path.join(work, 'public'),
        SEED_DEMO_CONTENT: 'false',
        PUBLISH_WEBHOOK_URL: `http://127.0.0.1:${webhook.port}/webhook`,
        PUBLISH_WEBHOOK_SECRET: webhook.secret,
      },
      cmsPort,
    );
    const step: StepContext = { work, cms, runs, log };

    const cold = await coldBuilds(step, baseline);
    const noCms = await buildWithoutCms(step);
    const service = await serviceToEdit(cms);
    const warm = await warmRebuild(step, service, cold.cacheDir);
    const incremental = await incrementalRebuild(step, service);
    const live = await publishToLive(step, service, webhook);
    const { pageWeight, offline } = await pageWeights(cold.dist);

    // Search and Lighthouse on the site served as a static host would.
    const server = createStaticServer({ root: cold.dist, port: 0 });
    const origin = await server.listen();
    const search = await searchCosts(origin, cold.dist);
    const lighthouse = await lighthouseAudit(origin, cold.dist, log);
    await server.close();

    const rest = await restLatency(cms.url, runs);

    return {
      size,
      perType,
      pages: cold.pages,
      generate,
      ...(cold.baseline && { baseline: cold.baseline }),
      pipeline: cold.pipeline,
      withoutCms: { total: noCms, ratio: cold.pipeline.total.median / noCms.median },
      warmRebuild: warm,
      incrementalRebuild: incremental,
      publishToLive: live,
      pageWeight,
      offline,
      search,
      rest,
      lighthouse,
    };
  } finally {
    await cms?.stop().catch(() => {});
    await rm(work, { recursive: true, force: true });
  }
}
