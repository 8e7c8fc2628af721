import { fmt } from './stats.ts';
import type { SizeResult } from './measure.ts';

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
