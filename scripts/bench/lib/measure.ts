/**
 * The benchmark's measurements for one content size (see bench.ts). Generates content into a
 * throwaway CMS (temp SQLite), then measures the full pipeline, the same build without the
 * CMS, a warm rebuild after one edit, publish-to-live through the real publisher, page weight,
 * search cost in Chromium and CMS REST latency. Temp folders only; not destructive.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { launchBrowser } from '@integra/harness/browser';
import { CMS_DIR } from '../../lib/paths.ts';
import { run } from '../../lib/run.ts';
import { freePort } from '@integra/harness/cms-process';
import { startTestCms, TEST_ADMIN, throwawaySecrets, type TestCms } from '@integra/harness/test-cms';
import { buildSite } from '@integra/harness/build-site';
import { createPublisher } from '../../lib/publisher/index.ts';
import { createStaticServer } from '@integra/harness/static-server';
import { createCmsClient } from '@integra/site/cms-client';
import { writeSnapshot } from '@integra/site/snapshot';
import { COLLECTIONS } from '@integra/site/collections';
import { LOCALES } from '@integra/contract/locales';
import { fmt, percentile, spread, type Spread } from './stats.ts';
import { pageWeight, type PageWeight } from './page-weight.ts';
import { searchCost, type SearchCost } from './search-cost.ts';
import { lighthouseScores, type LighthouseScore } from './lighthouse.ts';
import { offlineSize, type OfflineSize } from './offline-size.ts';

/** Documents per content type: S ≈ 3k pages, L ≈ 15k pages (every document in 4 locales). */
export const SIZES: Record<string, number> = { tiny: 3, S: 190, L: 940 };

const fetchedIn = (output: string) => [...output.matchAll(/fetched (\d+) changed entries/g)].reduce((n, m) => n + Number(m[1]), 0);
const pagefindMs = (output: string) => Number(/indexed \d+ pages in (\d+) ms/.exec(output)?.[1] ?? NaN);
const pageCount = (output: string) => Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? NaN);
/** Files (pages, feeds, calendars) an incremental build copied from Astro's cache instead of rendering them. */
const restoredIn = (output: string) => output.split('(restored)').length - 1;
/** "x of y" search bundles indexed again. */
const bundlesIn = (output: string) => /\((\d+ of \d+) bundles re-indexed\)/.exec(output)?.[1] ?? '?';

export interface SizeResult {
  size: string;
  perType: number;
  pages: number;
  generate: { created: number; locales: number; seconds: number; documentsPerSecond: number };
  /** Cold full builds of another checkout (--baseline), alternated with this one's in the same run. */
  baseline?: { label: string; total: Spread; ratio: number };
  pipeline: {
    fetch: Spread;
    astro: Spread;
    pagefind: Spread;
    total: Spread;
    pagesPerSecond: Spread;
    peakMemoryFetch: Spread;
    peakMemoryBuild: Spread;
  };
  withoutCms: { total: Spread; ratio: number };
  warmRebuild: { fetched: number[]; total: Spread };
  /** The same edit, rebuilt incrementally: files copied from the cache, search bundles re-indexed. */
  incrementalRebuild: { total: Spread; restored: number[]; bundles: string[] };
  publishToLive: Spread;
  pageWeight: PageWeight[];
  /** Offline reading: the registration script every content page loads, and what a reader keeps per locale. */
  offline: OfflineSize;
  search: SearchCost[];
  rest: { p50: number; p95: number; requests: number };
  lighthouse: LighthouseScore[];
}

/** Another checkout to compare cold full builds with: its site folder, the Node to run it, a label. */
export interface Baseline {
  siteDir: string;
  node: string;
  label: string;
}

export async function measureSize(size: string, runs: number, baseline?: Baseline): Promise<SizeResult> {
  const perType = SIZES[size];
  if (perType === undefined) throw new Error(`unknown size "${size}": ${Object.keys(SIZES).join(', ')}`);
  const work = await mkdtemp(path.join(os.tmpdir(), `integra-bench-${size}-`));
  const log = (msg: string) => console.log(`[${size}] ${msg}`);
  let cms: TestCms | undefined;
  try {
    // 1. Content: the demo seed, then N synthetic documents per type, straight into SQLite.
    const db = path.join(work, 'cms.db');
    await mkdir(path.join(work, 'public', 'uploads'), { recursive: true });
    log(`generating ${perType} documents per type in ${LOCALES.length} locales…`);
    let generated = '';
    await run(process.execPath, ['scripts/generate.ts', String(perType)], {
      cwd: CMS_DIR,
      env: {
        ...throwawaySecrets(),
        DATABASE_FILENAME: db,
        PUBLIC_DIR: path.join(work, 'public'),
        PUBLISH_WEBHOOK_URL: '',
        ADMIN_EMAIL: TEST_ADMIN.email,
        ADMIN_PASSWORD: TEST_ADMIN.password,
        STRAPI_TELEMETRY_DISABLED: 'true',
      },
      onStdout: (chunk) => (generated += chunk),
    });
    const generate = JSON.parse(generated.trim().split('\n').at(-1)!);

    // The CMS's webhook points at the publisher's port; the publisher listens only from step 5,
    // so the builds before it run alone (two builds of one site project must not overlap).
    const publisherPort = await freePort();
    const cmsPort = await freePort();
    const secret = 'bench-webhook-secret-0123456789';
    cms = await startTestCms(
      {
        DATABASE_FILENAME: db,
        PUBLIC_DIR: path.join(work, 'public'),
        SEED_DEMO_CONTENT: 'false',
        PUBLISH_WEBHOOK_URL: `http://127.0.0.1:${publisherPort}/webhook`,
        PUBLISH_WEBHOOK_SECRET: secret,
      },
      cmsPort,
    );

    // 2. Full pipeline, cold: content sync alone, then the whole build.
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
        siteUrl: 'http://localhost:4321',
        outDir: path.join(work, 'unused'),
        cacheDir: path.join(work, `sync-${i}`),
      });
      fetchMs.push(sync.durationMs);
      memFetch.push(sync.peakRssBytes);
      dist = path.join(work, `dist-${i}`);
      const build = await buildSite({ cmsUrl: cms.url, siteUrl: 'http://localhost:4321', outDir: dist, cacheDir: cache });
      total.push(build.durationMs);
      pagefind.push(pagefindMs(build.output));
      memBuild.push(build.peakRssBytes);
      pages = pageCount(build.output);
      pps.push(pages / (build.durationMs / 1000));
      if (baseline) {
        log(`full pipeline of the baseline (${baseline.label}), run ${i + 1}/${runs}…`);
        const old = await buildSite({
          cmsUrl: cms.url,
          siteUrl: 'http://localhost:4321',
          outDir: path.join(work, `baseline-dist-${i}`),
          cacheDir: path.join(work, `baseline-cache-${i}`),
          baseline,
        });
        baselineTotal.push(old.durationMs);
        await rm(path.join(work, `baseline-dist-${i}`), { recursive: true, force: true });
      }
    }
    const astro = total.map((t, i) => t - fetchMs[i]! - pagefind[i]!);

    // 3. The same pages from a snapshot of the same content, no CMS.
    const snapshot = path.join(work, 'snapshot.json');
    await writeSnapshot(createCmsClient({ baseUrl: cms.url }), LOCALES, snapshot);
    const noCms: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      log(`build without the CMS, run ${i + 1}/${runs}…`);
      // Entries come from the snapshot; uploaded images are still files served by the CMS.
      const build = await buildSite({
        cmsUrl: cms.url,
        siteUrl: 'http://localhost:4321',
        outDir: path.join(work, 'dist-snapshot'),
        cacheDir: path.join(work, `snapcache-${i}`),
        env: { CMS_SNAPSHOT: snapshot },
      });
      noCms.push(build.durationMs);
    }

    // 4. Warm rebuild after one edit, with the cache of the last cold build.
    const warm: number[] = [],
      warmFetched: number[] = [];
    const someService = (
      (await createCmsClient({ baseUrl: cms.url, pageSize: 1 }).listAll('services', { locale: 'en', fields: ['title'] })) as {
        documentId: string;
      }[]
    )[0]!.documentId;
    for (let i = 0; i < runs; i += 1) {
      log(`warm rebuild after one edit, run ${i + 1}/${runs}…`);
      await fetchJson(`${cms.url}/api/services/${someService}?locale=en`, cms.token, 'PUT', {
        data: { summary: `Edited for run ${i} of the benchmark.` },
      });
      const build = await buildSite({
        cmsUrl: cms.url,
        siteUrl: 'http://localhost:4321',
        outDir: path.join(work, `dist-warm-${i}`),
        cacheDir: path.join(work, `cache-${runs - 1}`),
      });
      warm.push(build.durationMs);
      warmFetched.push(fetchedIn(build.output));
    }

    // 4b. The same edit, rebuilt incrementally (the publisher's default): first one build that
    // fills the incremental cache, then an edit and a rebuild per run.
    const incremental: number[] = [],
      restored: number[] = [],
      bundles: string[] = [];
    // One output folder for every incremental build, emptied before each, as the publisher does:
    // Astro's image code embeds the output folder, so another folder would render every page
    // with an image again.
    const incrementalOut = path.join(work, 'dist-incremental');
    const incrementalBuild = async () => {
      await rm(incrementalOut, { recursive: true, force: true });
      return buildSite({
        cmsUrl: cms!.url,
        siteUrl: 'http://localhost:4321',
        outDir: incrementalOut,
        cacheDir: path.join(work, 'cache-incremental'),
        env: { SITE_INCREMENTAL: 'true' },
      });
    };
    log('incremental rebuild: filling the cache…');
    await incrementalBuild();
    for (let i = 0; i < runs; i += 1) {
      log(`incremental rebuild after one edit, run ${i + 1}/${runs}…`);
      await fetchJson(`${cms.url}/api/services/${someService}?locale=lv`, cms.token, 'PUT', {
        data: { summary: `Edited incrementally for run ${i} of the benchmark.` },
      });
      const build = await incrementalBuild();
      incremental.push(build.durationMs);
      restored.push(restoredIn(build.output));
      bundles.push(bundlesIn(build.output));
    }

    // 5. Publish-to-live through the real publisher (incremental, as by default): from the edit
    // to the new release being live.
    const publisher = createPublisher(
      {
        port: publisherPort,
        host: '127.0.0.1',
        secret,
        cmsUrl: cms.url,
        siteUrl: 'http://localhost:4321',
        dataDir: path.join(work, 'publisher'),
        debounceMs: 500,
        keepReleases: 2,
        incremental: true,
      },
      pino({ level: 'warn' }),
    );
    await publisher.listen();
    publisher.scheduler.request('startup');
    await publisher.scheduler.idle();
    const latency: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      log(`publish-to-live, run ${i + 1}/${runs}…`);
      const before = publisher.pipeline.lastBuild()?.startedAt;
      const started = Date.now();
      await fetchJson(`${cms.url}/api/services/${someService}?locale=lv`, cms.token, 'PUT', {
        data: { summary: `Published live, run ${i}.` },
      });
      while (publisher.pipeline.lastBuild()?.startedAt === before || publisher.scheduler.state() !== 'idle')
        await new Promise((r) => setTimeout(r, 50));
      const record = publisher.pipeline.lastBuild()!;
      if (record.result !== 'success') throw new Error(`publish failed: ${record.error}`);
      // Live is the end of the switch step (pruning old releases comes after it): the wait for
      // the webhook and the debounce, then build, check and switch, as the pipeline timed them.
      const { build = 0, check = 0, switch: switchMs = 0 } = record.steps;
      const live = Date.parse(record.startedAt) - started + build + check + switchMs;
      latency.push(live);
      log(`live after ${(live / 1000).toFixed(1)} s (build ${build} ms, check ${check} ms, switch ${switchMs} ms)`);
    }
    await publisher.close();

    // 6. Page weight of the home page and one page of each type.
    const pick = (section: string) => `lv/${section}/${firstSlug(dist, section)}/`;
    const weights = await Promise.all(
      ['lv/', pick('services'), pick('events'), pick('resources'), pick('dialogue'), 'lv/search/'].map((p) => pageWeight(dist, p)),
    );
    const offline = await offlineSize(dist, LOCALES);

    // 7. Search cost in Chromium, served as a static host would.
    const server = createStaticServer({ root: dist, port: 0 });
    const origin = await server.listen();
    const browser = await launchBrowser();
    const search = [
      await searchCost(browser, origin, dist, 'lv', ['uzturēšanās atļauja', 'valodas kursi']),
      await searchCost(browser, origin, dist, 'ru', ['вид на жительство', 'курсы языка']),
    ];
    await browser.close();

    // 9. Lighthouse (mobile) on the home page and a service page, served without compression.
    log('Lighthouse…');
    const lighthouse = await lighthouseScores([`${origin}/lv/`, `${origin}/${pick('services')}`]);
    await server.close();

    // 8. CMS REST latency of the loader's listing requests.
    const timings: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      for (const { endpoint, populate } of Object.values(COLLECTIONS)) {
        for (const locale of LOCALES) {
          const timed = createCmsClient({
            baseUrl: cms.url,
            fetch: async (input, init) => {
              const t = Date.now();
              const r = await fetch(input, init);
              await r.clone().arrayBuffer();
              timings.push(Date.now() - t);
              return r;
            },
          });
          await timed.listAll(endpoint, { locale, populate });
        }
      }
    }

    const result: SizeResult = {
      size,
      perType,
      pages,
      generate,
      ...(baseline && {
        baseline: { label: baseline.label, total: spread(baselineTotal), ratio: spread(total).median / spread(baselineTotal).median },
      }),
      pipeline: {
        fetch: spread(fetchMs),
        astro: spread(astro),
        pagefind: spread(pagefind),
        total: spread(total),
        pagesPerSecond: spread(pps),
        peakMemoryFetch: spread(memFetch),
        peakMemoryBuild: spread(memBuild),
      },
      withoutCms: { total: spread(noCms), ratio: spread(total).median / spread(noCms).median },
      warmRebuild: { fetched: warmFetched, total: spread(warm) },
      incrementalRebuild: { total: spread(incremental), restored, bundles },
      publishToLive: spread(latency),
      pageWeight: weights,
      offline,
      search,
      rest: { p50: percentile(timings, 50), p95: percentile(timings, 95), requests: timings.length },
      lighthouse,
    };
    return result;
  } finally {
    await cms?.stop().catch(() => {});
    await rm(work, { recursive: true, force: true });
  }
}

function firstSlug(dist: string, section: string): string {
  // The first document link of a section's index page.
  const html = readFileSync(path.join(dist, 'lv', section, 'index.html'), 'utf8');
  return (
    new RegExp(`href="/lv/${section}/([^/"]+)/"`).exec(html.replace(/href="\/lv\/[a-z]+\/(category|audience|past)\/[^"]*"/g, ''))?.[1] ?? ''
  );
}

async function fetchJson(url: string, token: string, method: string, body: unknown) {
  const response = await fetch(url, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status}`);
  return response.json();
}

/** The results as a Markdown table, one column per size. */
export function table(results: SizeResult[]): string {
  const rows: string[][] = [['figure', ...results.map((r) => `${r.size} (${r.pages} pages)`)]];
  const row = (label: string, value: (r: SizeResult) => string) => rows.push([label, ...results.map(value)]);
  row('documents created per second (4 locales each)', (r) => r.generate.documentsPerSecond.toFixed(1));
  row('CMS fetch (content sync)', (r) => fmt(r.pipeline.fetch, 's'));
  row('Astro build', (r) => fmt(r.pipeline.astro, 's'));
  row('Pagefind', (r) => fmt(r.pipeline.pagefind, 's'));
  row('full pipeline', (r) => fmt(r.pipeline.total, 's'));
  if (results.some((r) => r.baseline)) {
    row(`full pipeline of the baseline (${results.find((r) => r.baseline)!.baseline!.label})`, (r) =>
      r.baseline ? `${fmt(r.baseline.total, 's')}; this ÷ baseline ${r.baseline.ratio.toFixed(2)}` : '–',
    );
  }
  row('pages per second', (r) => fmt(r.pipeline.pagesPerSecond, '', 0));
  row('peak memory: fetch / build', (r) => `${fmt(r.pipeline.peakMemoryFetch, 'MB', 0)} / ${fmt(r.pipeline.peakMemoryBuild, 'MB', 0)}`);
  row('same pages without the CMS', (r) => fmt(r.withoutCms.total, 's'));
  row('pipeline ÷ no-CMS build', (r) => r.withoutCms.ratio.toFixed(2));
  row('warm rebuild after one edit, every page', (r) => `${fmt(r.warmRebuild.total, 's')}, fetched ${r.warmRebuild.fetched.join('/')}`);
  row(
    'incremental rebuild after one edit',
    (r) =>
      `${fmt(r.incrementalRebuild.total, 's')}, ${r.incrementalRebuild.restored.join('/')} files copied from the cache, search bundles ${r.incrementalRebuild.bundles.join(', ')}`,
  );
  row('publish-to-live (incremental)', (r) => fmt(r.publishToLive, 's'));
  for (const i of [0, 1, 2, 3, 4, 5]) {
    row(`page weight: ${['home', 'service', 'event', 'resource', 'meeting', 'search'][i]} (HTML / CSS / JS, gzip)`, (r) => {
      const w = r.pageWeight[i]!;
      return `${(w.html.gzip / 1024).toFixed(1)} / ${(w.css.gzip / 1024).toFixed(1)} / ${(w.js.gzip / 1024).toFixed(1)} kB`;
    });
  }
  for (const i of [0, 1]) {
    row(`search ${results[0]?.search[i]?.locale}: page, 1st query, 2nd query (gzip)`, (r) => {
      const s = r.search[i]!;
      return `${(s.pageBytes / 1024).toFixed(0)} + ${(s.first.bytes / 1024).toFixed(0)} + ${(s.second.bytes / 1024).toFixed(0)} kB`;
    });
    row(
      `search ${results[0]?.search[i]?.locale}: time to first results, 1st / 2nd`,
      (r) => `${r.search[i]!.first.msToFirstResult} / ${r.search[i]!.second.msToFirstResult} ms`,
    );
  }
  row('offline: registration script (raw / gzip)', (r) => `${r.offline.registrationScript.raw} / ${r.offline.registrationScript.gzip} B`);
  row('offline: precache + search bundle, per locale', (r) =>
    Object.entries(r.offline.locales)
      .map(([locale, size]) => `${locale} ${(size.precache / 1024).toFixed(0)} + ${(size.search / 2 ** 20).toFixed(1)} MB`)
      .join(', '),
  );
  row('CMS REST listing p50 / p95', (r) => `${r.rest.p50} / ${r.rest.p95} ms (${r.rest.requests} requests)`);
  for (const i of [0, 1]) {
    row(`Lighthouse mobile, ${['home', 'service'][i]}: performance / accessibility (LCP, TBT)`, (r) => {
      const l = r.lighthouse[i]!;
      if (l.error) return `not measured: ${l.error}`;
      return `${l.performance} / ${l.accessibility} (${l.largestContentfulPaint} ms, ${l.totalBlockingTime} ms)`;
    });
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows
    .map(
      (r, i) =>
        `| ${r.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |${i === 0 ? `\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|` : ''}`,
    )
    .join('\n');
}
