import path from 'node:path';
import pino from 'pino';
import { createPublisher } from '../../../lib/publisher/index.ts';
import { editService } from '../cms-edit.ts';
import { spread, type Spread } from '../stats.ts';
import { SITE_URL, type StepContext } from './context.ts';

/**
 * Publish-to-live through the real publisher (incremental, as by default): from an edit to the
 * new release being live. The publisher listens on the port the CMS's webhook points at, with
 * the webhook's secret; only from here on, so that the builds before ran alone.
 */
export async function publishToLive(
  { work, cms, runs, log }: StepContext,
  service: string,
  webhook: { port: number; secret: string },
): Promise<Spread> {
  const publisher = createPublisher(
    {
      port: webhook.port,
      host: '127.0.0.1',
      secret: webhook.secret,
      cmsUrl: cms.url,
      siteUrl: SITE_URL,
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
    await editService(cms, service, 'lv', `Published live, run ${i}.`);
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
  return spread(latency);
}
