import path from 'node:path';
import { buildSite } from '@integra/harness/build-site';
import { createCmsClient } from '@integra/site/cms-client';
import { writeSnapshot } from '@integra/site/snapshot';
import { LOCALES } from '@integra/contract/locales';
import { spread, type Spread } from '../stats.ts';
import { SITE_URL, type StepContext } from './context.ts';

/** The same pages from a snapshot of the same content, without the CMS: what the CMS costs a build. */
export async function buildWithoutCms({ work, cms, runs, log }: StepContext): Promise<Spread> {
  const snapshot = path.join(work, 'snapshot.json');
  await writeSnapshot(createCmsClient({ baseUrl: cms.url }), LOCALES, snapshot);
  const noCms: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    log(`build without the CMS, run ${i + 1}/${runs}…`);
    // Entries come from the snapshot; uploaded images are still files served by the CMS.
    const build = await buildSite({
      cmsUrl: cms.url,
      siteUrl: SITE_URL,
      outDir: path.join(work, 'dist-snapshot'),
      cacheDir: path.join(work, `snapcache-${i}`),
      env: { CMS_SNAPSHOT: snapshot },
    });
    noCms.push(build.durationMs);
  }
  return spread(noCms);
}
