import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['compiler/**/*.test.ts', 'harness/**/*.test.ts', 'perf-suite/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**', '**/fixtures/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
