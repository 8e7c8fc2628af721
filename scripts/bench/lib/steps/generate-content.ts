import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { throwawaySecrets, TEST_ADMIN } from '@integra/harness/test-cms';
import { LOCALES } from '@integra/contract/locales';
import { CMS_DIR } from '../../../lib/paths.ts';
import { run } from '../../../lib/run.ts';
import type { StepContext } from './context.ts';

/** What cms/scripts/generate.ts reports: documents created and how fast. */
export interface Generated {
  created: number;
  locales: number;
  seconds: number;
  documentsPerSecond: number;
}

/**
 * The content: the demo seed, then `perType` synthetic documents per type, straight into a
 * SQLite file in the work folder (with its uploads folder), before any CMS server runs.
 */
export async function generateContent(
  work: string,
  perType: number,
  log: StepContext['log'],
): Promise<{ db: string; generate: Generated }> {
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
  return { db, generate: JSON.parse(generated.trim().split('\n').at(-1)!) };
}
