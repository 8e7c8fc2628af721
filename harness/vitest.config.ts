import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // A build test runs child processes; files run one after another.
    fileParallelism: false,
    testTimeout: 60_000,
  },
});
