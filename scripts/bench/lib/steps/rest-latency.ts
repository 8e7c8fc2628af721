import { createCmsClient } from '@integra/site/cms-client';
import { COLLECTIONS } from '@integra/site/collections';
import { LOCALES } from '@integra/contract/locales';
import { percentile } from '../stats.ts';

export interface RestLatency {
  p50: number;
  p95: number;
  requests: number;
}

/** CMS REST latency of the loader's listing requests: every collection in every locale, `runs` times. */
export async function restLatency(cmsUrl: string, runs: number): Promise<RestLatency> {
  const timings: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    for (const { endpoint, populate } of Object.values(COLLECTIONS)) {
      for (const locale of LOCALES) {
        const timed = createCmsClient({
          baseUrl: cmsUrl,
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
  return { p50: percentile(timings, 50), p95: percentile(timings, 95), requests: timings.length };
}
