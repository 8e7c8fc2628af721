import { startTestCms, type TestCms } from '@integra/harness/test-cms';
import { freePort } from '@integra/harness/cms-process';

export { freePort };
export type CmsServer = TestCms;

/** The real CMS on a temporary SQLite file with the demo content (see harness/src/test-cms.ts). */
export const startCms = (extraEnv: Record<string, string> = {}) => startTestCms(extraEnv);
