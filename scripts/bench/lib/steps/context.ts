import type { TestCms } from '@integra/harness/test-cms';

/** What every step of one size's measurement works with. */
export interface StepContext {
  /** The size's temporary folder: the CMS's database and uploads, every build's output and cache. */
  work: string;
  /** The throwaway CMS holding the generated content. */
  cms: TestCms;
  /** How many times each step measures. */
  runs: number;
  /** Prints a progress line tagged with the size. */
  log: (message: string) => void;
}

/** The public origin every benchmark build is made for. */
export const SITE_URL = 'http://localhost:4321';
