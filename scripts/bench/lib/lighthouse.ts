import lighthouse from 'lighthouse';
import { launchBrowser } from '@integra/harness/browser';
import { freePort } from '@integra/harness/cms-process';

export interface LighthouseScore {
  url: string;
  /** Category scores, 0–100. */
  performance: number;
  accessibility: number;
  /** Metrics under Lighthouse's simulated mobile throttling (slow 4G, 4× CPU slowdown), in ms. */
  firstContentfulPaint: number;
  largestContentfulPaint: number;
  totalBlockingTime: number;
  cumulativeLayoutShift: number;
  /** Audits that lost points, by id, for the reader of the report. */
  failing: string[];
  /** Set when Lighthouse could not audit the page (twice); the figures are then NaN. */
  error?: string;
}

/**
 * Lighthouse's mobile audit (its default: Moto G Power emulation, simulated slow 4G) of each
 * URL, in Debian's Chromium: a fresh browser per URL (a reused one sometimes records no
 * navigation, NO_NAVSTART), one retry. A URL that still cannot be audited is reported with its
 * error rather than ending the benchmark: the other figures of a long run must not be lost.
 */
export async function lighthouseScores(urls: string[]): Promise<LighthouseScore[]> {
  const scores: LighthouseScore[] = [];
  for (const url of urls)
    scores.push(
      await auditOnce(url)
        .catch(() => auditOnce(url))
        .catch((error: unknown) => failed(url, error)),
    );
  return scores;
}

const failed = (url: string, error: unknown): LighthouseScore => ({
  url,
  performance: NaN,
  accessibility: NaN,
  firstContentfulPaint: NaN,
  largestContentfulPaint: NaN,
  totalBlockingTime: NaN,
  cumulativeLayoutShift: NaN,
  failing: [],
  error: error instanceof Error ? error.message : String(error),
});

async function auditOnce(url: string): Promise<LighthouseScore> {
  const port = await freePort();
  const browser = await launchBrowser([`--remote-debugging-port=${port}`]);
  try {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
    const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      url,
      performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
      firstContentfulPaint: Math.round(metric('first-contentful-paint')),
      largestContentfulPaint: Math.round(metric('largest-contentful-paint')),
      totalBlockingTime: Math.round(metric('total-blocking-time')),
      cumulativeLayoutShift: Math.round(metric('cumulative-layout-shift') * 1000) / 1000,
      failing: Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable')
        .map((a) => a.id),
    };
  } finally {
    await browser.close();
  }
}
