/**
 * `npm run bench`: Lighthouse (mobile preset, the same Chromium as the tests) against the built site,
 * served with its deploy headers. Prints the four category scores, LCP, CLS, total and JS bytes per page.
 * A benchmark, not a gate: budgets on built files (tests/budgets.json) are the gate.
 */
import { existsSync } from 'node:fs';
import { join, normalize } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, ensureChromium } from '../../src/integrations/chromium.mjs';
import { serve } from './serve.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4330);
const DIST = normalize(join(process.cwd(), 'dist'));
const PAGES = [
  '/en/', '/en/what-is-banned/', '/en/timeline/', '/en/check/', '/en/embed/timeline/',
  '/de/', '/de/was-ist-verboten/', '/de/timeline/', '/de/check/', '/de/embed/timeline/',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

if (!existsSync(join(DIST, 'index.html'))) {
  console.error('No build in dist/: run "npm run build" first.');
  process.exit(1);
}

const server = await serve(DIST, PORT);
const chrome = await chromeLauncher.launch({
  chromePath: await ensureChromium(),
  chromeFlags: ['--headless=new', '--no-sandbox', ...CHROMIUM_ARGS],
});
const rows = [];
try {
  for (const path of PAGES) {
    if (!existsSync(join(DIST, path, 'index.html'))) {
      rows.push({ page: path, note: 'not built' });
      continue;
    }
    const { lhr } = await lighthouse(`http://127.0.0.1:${PORT}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    const audit = (id) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const items = lhr.audits['resource-summary']?.details?.items ?? [];
    const bytesOf = (type) => items.find((item) => item.resourceType === type)?.transferSize ?? 0;
    rows.push({
      page: path,
      perf: Math.round(lhr.categories.performance.score * 100),
      a11y: Math.round(lhr.categories.accessibility.score * 100),
      bp: Math.round(lhr.categories['best-practices'].score * 100),
      seo: Math.round(lhr.categories.seo.score * 100),
      'LCP ms': Math.round(audit('largest-contentful-paint')),
      CLS: Number(audit('cumulative-layout-shift').toFixed(3)),
      'total KB': Number((bytesOf('total') / 1024).toFixed(1)),
      'JS KB': Number((bytesOf('script') / 1024).toFixed(1)),
    });
  }
} finally {
  chrome.kill();
  server.close();
}
console.table(rows);
