import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    env: { TZ: 'UTC' },
    // Vitest's default on two cores is one worker, but the slow files mostly wait on an `astro build` child
    // process: two at once keep both cores busy.
    maxWorkers: 2,
  },
});
