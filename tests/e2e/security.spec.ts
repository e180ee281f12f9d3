import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { assetsOf, DIST, readBuilt } from './builtFiles';

const HOST = 'http://host.test';

test('the deploy headers are served with every page', async ({ request }) => {
  const response = await request.get('/en/');
  const headers = response.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
});

test('HTTPS is pinned for two years on every response, including subdomains', async ({ request }) => {
  for (const path of ['/en/', '/de/embed/timeline/', '/embed.js']) {
    const hsts = (await request.get(path)).headers()['strict-transport-security'] ?? '';
    expect(hsts, path).toContain('includeSubDomains');
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1]), path).toBeGreaterThanOrEqual(365 * 24 * 3600);
  }
});

test('hashed assets are cached for a year; pages, the embed script and the PDFs are revalidated after minutes', async ({
  request,
}) => {
  // Stylesheets are inlined into the pages and there are no web fonts: the timeline's scripts are the hashed
  // files a reader fetches.
  const { js, css } = assetsOf(readBuilt('/en/timeline/'));
  const hashed = [...js, ...css].filter((path) => path.startsWith('/_astro/'));
  expect(hashed.length).toBeGreaterThan(0);
  for (const path of hashed) {
    expect((await request.get(path)).headers()['cache-control'], path).toBe('public, max-age=31536000, immutable');
  }
  const pdfs = ['/summary-en.pdf', '/summary-de.pdf'].filter((path) => existsSync(join(DIST, path)));
  for (const path of ['/en/', '/de/quellen/', '/en/embed/timeline/', '/embed.js', ...pdfs]) {
    expect((await request.get(path)).headers()['cache-control'], path).toBe('public, max-age=300, must-revalidate');
  }
});

test('every page carries a hash-based script policy without unsafe-inline', async ({ page }) => {
  await page.goto('/en/');
  const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(policy).toMatch(/script-src 'self'/);
  expect(policy).not.toContain('unsafe-inline');
});

test('a page other than the embed refuses to render inside a frame on another site', async ({ page, baseURL }) => {
  await page.route(`${HOST}/`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>host</title><iframe src="${baseURL}/en/"></iframe>`,
    }),
  );
  await page.goto(`${HOST}/`);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  // Chromium replaces a refused frame with its own error page.
  await expect.poll(() => frame?.url()).toMatch(/^chrome-error:/);
  await expect(frame!.getByText('Kaspersky')).toHaveCount(0);
});
