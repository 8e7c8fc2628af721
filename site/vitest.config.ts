import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Integration files each start a real CMS; on two cores they run one after another.
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    projects: [
      { extends: true, test: { name: 'site', include: ['tests/**/*.test.ts'], exclude: ['tests/components/**', 'tests/browser/**'] } },
      // One build of the site (with its CMS) for every browser test file.
      { extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], globalSetup: ['tests/browser/global-setup.ts'] } },
      // Shared components rendered from their examples, in Astro's Vite setup.
      { extends: './vitest.components.config.ts', test: { name: 'components', pool: 'forks', testTimeout: 60_000, hookTimeout: 60_000 } },
    ],
  },
});
