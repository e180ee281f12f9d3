import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Far from UTC (UTC+14, a day ahead of UTC for 14 hours of every day), so code that mixes local and UTC
    // days fails here rather than for readers east or west of UTC.
    env: { TZ: 'Pacific/Kiritimati' },
    // Vitest's default on two cores is one worker, but the content tests mostly wait on an `astro` child
    // process: two at once keep both cores busy.
    maxWorkers: 2,
    projects: [
      // Logic, schemas and data, without an Astro run: `npm run test:unit`, seconds.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // Real `astro build` and `astro sync` runs on copies of the site with planted content, each a build's
      // worth of time: `npm run test:content`, its own step of `npm test`.
      { extends: true, test: { name: 'content', include: ['tests/build/**/*.test.ts'] } },
    ],
  },
});
