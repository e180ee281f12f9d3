import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Far from UTC (UTC+14, a day ahead of UTC for 14 hours of every day), so code that mixes local and UTC
    // days fails here rather than for readers east or west of UTC.
    env: { TZ: 'Pacific/Kiritimati' },
    // Vitest's default on two cores is one worker, but the slow files mostly wait on an `astro build` child
    // process: two at once keep both cores busy.
    maxWorkers: 2,
  },
});
