import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findTestChromium } from './src/integrations/chromium.ts';

const executablePath = await findTestChromium();
// E2E_PORT lets two builds be tested side by side on one machine.
const PORT = Number(process.env.E2E_PORT ?? 4322);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  use: {
    // One browser context per worker, reset between tests (cookies, cache, storage, routes, init scripts, extra
    // pages, viewport and emulation), instead of a new context per test: starting a context and its renderer
    // cost more than most tests themselves (checker and timeline specs: 137 → 82 CPU-s, 90 → 52 s). What the
    // reset leaves (granted permissions, history) no test depends on; a test.use() with other options, such as
    // javaScriptEnabled: false, still gets a context of its own. every-page.spec keeps its own two tabs.
    reuseContext: true,
    baseURL: `http://127.0.0.1:${PORT}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      // V8's interpreter and baseline compiler only (Ignition, Sparkplug): a test's document lives for a second
      // or less, so optimising compilers (Maglev, TurboFan) spend CPU on background threads that never pays back,
      // above all on the accessibility engines' 650 KB, compiled anew in every document. Same results, about 15 %
      // less CPU (the whole suite: 706 → 631 CPU-s, 366 → 328 s, measured in a cgroup on a quiet machine).
      args: [...CHROMIUM_ARGS, '--js-flags=--max-opt=1'],
    },
  },
  projects: [
    { name: 'chromium' },
    {
      // The date-bearing tests (tagged @dates) again for a reader on Kiritimati, UTC+14, where the calendar day
      // is ahead of UTC's for 14 hours of every day: "time since", "read on" and the sources' dates.
      name: 'far-from-utc',
      grep: /@dates/,
      use: { timezoneId: 'Pacific/Kiritimati' },
    },
  ],
  webServer: {
    // Serves dist/ with the deploy headers (public/_headers), so every test runs under the real CSP.
    command: `node tests/support/serve.mjs ${PORT} dist`,
    url: `http://127.0.0.1:${PORT}/en/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
