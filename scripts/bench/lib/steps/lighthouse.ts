import { lighthouseScores, type LighthouseScore } from '../lighthouse.ts';
import type { StepContext } from './context.ts';
import { samplePage } from './page-weights.ts';

/** Lighthouse (mobile) on the home page and a service page of the built site served at `origin`, without compression. */
export async function lighthouseAudit(origin: string, dist: string, log: StepContext['log']): Promise<LighthouseScore[]> {
  log('Lighthouse…');
  return lighthouseScores([`${origin}/lv/`, `${origin}/${samplePage(dist, 'services')}`]);
}
