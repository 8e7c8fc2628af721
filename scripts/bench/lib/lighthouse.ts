import lighthouse from 'lighthouse';
import { launchBrowser } from '../../lib/browser.ts';
import { freePort } from '../../lib/cms-process.ts';

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
}

/**
 * Lighthouse's mobile audit (its default: Moto G Power emulation, simulated slow 4G) of each
 * URL, in Debian's Chromium. Runs one URL at a time in a fresh tab, as Lighthouse expects.
 */
export async function lighthouseScores(urls: string[]): Promise<LighthouseScore[]> {
  const port = await freePort();
  const browser = await launchBrowser([`--remote-debugging-port=${port}`]);
  try {
    const scores: LighthouseScore[] = [];
    for (const url of urls) {
      const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
      const metric = (id: string) =>
        Math.round((lhr.audits[id]?.numericValue ?? NaN) * (id === 'cumulative-layout-shift' ? 1000 : 1)) /
        (id === 'cumulative-layout-shift' ? 1000 : 1);
      scores.push({
        url,
        performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
        firstContentfulPaint: metric('first-contentful-paint'),
        largestContentfulPaint: metric('largest-contentful-paint'),
        totalBlockingTime: metric('total-blocking-time'),
        cumulativeLayoutShift: metric('cumulative-layout-shift'),
        failing: Object.values(lhr.audits)
          .filter(
            (a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable',
          )
          .map((a) => a.id),
      });
    }
    return scores;
  } finally {
    await browser.close();
  }
}
