/**
 * Before/after screenshots for a visual check by eye (issue 13's guard): the overview in both languages, the
 * timeline, the checker and the embed, at 360 and 1280 px, in light and dark, full page.
 * Usage: node tests/support/screens.mjs <built dir> <out dir> [port]
 * e.g. a build of an older commit (git worktree) into one folder, dist/ into another, then compare them, for
 * instance with ImageMagick's `compare -metric AE before/x.png after/x.png null:`.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from '../../src/integrations/chromium.ts';
import { serve } from './serve.mjs';

const [, , dir, out, port = '4350'] = process.argv;
if (!dir || !out) {
  console.error('Usage: node tests/support/screens.mjs <built dir> <out dir> [port]');
  process.exit(1);
}
const PAGES = {
  overview: '/en/',
  'de-overview': '/de/',
  timeline: '/en/timeline/',
  checker: '/en/check/',
  embed: '/en/embed/timeline/',
};

mkdirSync(out, { recursive: true });
const server = await serve(dir, Number(port));
const browser = await chromium.launch({ executablePath: await ensureChromium(), args: CHROMIUM_ARGS });
try {
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [360, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme });
      const page = await context.newPage();
      for (const [name, path] of Object.entries(PAGES)) {
        // Loaded twice: the second load is what a returning reader sees, with any web font already cached.
        for (let load = 0; load < 2; load += 1)
          await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' });
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({ path: `${out}/${name}-${width}-${colorScheme}.png`, fullPage: true });
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
